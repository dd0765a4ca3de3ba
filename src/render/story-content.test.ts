import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { absoluteLinks, countWords, htmlToPlaintext, readingMinutes, storyHtml } from './story-content.js';

describe('story content outside the page', () => {
  it('makes root-relative links absolute and leaves the others alone', () => {
    const html = '<a href="/en/topic/climate">a</a> <a href="//cdn.example.com/x">b</a> <a href="https://other.example/y">c</a>';
    assert.equal(
      absoluteLinks(html, 'https://news.example.org/'),
      '<a href="https://news.example.org/en/topic/climate">a</a> <a href="//cdn.example.com/x">b</a> <a href="https://other.example/y">c</a>',
    );
  });

  it('appends dated corrections in the story language', () => {
    const html = storyHtml(
      { lang: 'en', body: 'Rain fell.', datelinePlace: 'NIAMEY', corrections: [{ at: new Date('2026-03-19T10:00:00Z'), text: 'It fell for two days, not three.' }] },
      'https://news.example.org',
    );
    assert.match(html, /^<p><span class="dateline">NIAMEY<\/span> — Rain fell\.<\/p>/);
    assert.match(html, /<li><strong>Correction \(March 19, 2026\):<\/strong> It fell for two days, not three\.<\/li>/);
  });

  it('turns HTML into plain text with paragraphs and decoded entities', () => {
    assert.equal(htmlToPlaintext('<p>Fish &amp; chips &lt;3</p>\n<ul><li>one</li><li>two&#39;s</li></ul>'), "Fish & chips <3\n\none\ntwo's");
  });

  it('counts words per language and rounds reading time like Ghost', () => {
    assert.equal(countWords('Rains return to the Sahel.', 'en'), 5);
    assert.ok(countWords('萨赫勒地区面临十年来最严峻的青黄不接期', 'zh') > 5, 'Chinese is split into words, not counted as one');
    assert.equal(readingMinutes('word '.repeat(275 * 3), 'en'), 3);
    assert.equal(readingMinutes('a few words', 'en'), 1);
    assert.equal(readingMinutes('', 'en'), 0);
  });
});
