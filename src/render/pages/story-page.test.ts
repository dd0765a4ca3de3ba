import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { arabicStoryPageFixture, bareStoryPageFixture, storyPageFixture } from '../../../test/support/render-fixtures.js';
import { renderStoryPage } from './story-page.js';

/** The HTML between the opening tag carrying `marker` and the end of that section. */
function section(html: string, marker: string): string {
  const start = html.indexOf(marker);
  assert.notEqual(start, -1, `no ${marker} in the page`);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('renderStoryPage', () => {
  it('is a complete HTML5 document in the model language and direction', () => {
    const html = renderStoryPage(storyPageFixture());
    assert.match(html, /^<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"\/>/);
    assert.match(html, /<\/body><\/html>$/);
    const arabic = renderStoryPage(arabicStoryPageFixture());
    assert.match(arabic, /^<!DOCTYPE html><html lang="ar" dir="rtl">/);
  });

  it('escapes what editors typed in the headline and standfirst', () => {
    const model = storyPageFixture();
    model.headline = 'Talks <script>alert("x")</script> resume';
    model.standfirst = 'A "quoted" <img src=x onerror=alert(1)> line';
    const html = renderStoryPage(model);
    assert.doesNotMatch(html, /<script|<img/);
    assert.match(html, /<h1 class="story__headline">Talks &lt;script>alert\(&quot;x&quot;\)&lt;\/script> resume<\/h1>/);
    assert.match(html, /<title>Talks &lt;script>/);
    assert.match(html, /<meta name="description" content="A &quot;quoted&quot; &lt;img src=x onerror=alert\(1\)> line"\/>/);
  });

  it('does not render raw HTML or script links from the body', () => {
    const model = storyPageFixture();
    model.body = 'Text <script>alert(1)</script> and [click](javascript:alert(1)).';
    const html = renderStoryPage(model);
    assert.doesNotMatch(html, /<script|href="javascript/i);
  });

  it('has a title, description, canonical address and stylesheet', () => {
    const model = storyPageFixture();
    model.chrome.siteUrl = 'https://news.example.org/';
    const html = renderStoryPage(model);
    assert.match(html, /<title>Early rains give Sahel farmers a second planting season — Dateline World<\/title>/);
    assert.match(html, /<meta name="description" content="Millet growers in southern Niger/);
    assert.match(html, /<link rel="canonical" href="https:\/\/news.example.org\/en\/story\/2026\/03\/early-rains-sahel-farmers"\/>/);
    assert.match(html, /<link rel="stylesheet" href="\/assets\/site.3f9a1c.css"\/>/);
  });

  it('has one h1, landmarks and a skip link to the main content', () => {
    const html = renderStoryPage(storyPageFixture());
    assert.equal(html.match(/<h1[ >]/g)?.length, 1);
    assert.match(html, /<a class="skip-link" href="#main">Skip to content<\/a>/);
    assert.match(html, /<main id="main"/);
    assert.match(html, /<header class="site-header">/);
    assert.match(html, /<nav class="topic-nav" aria-label="Topics">/);
    assert.match(html, /<footer class="site-footer">/);
    assert.match(html, /<a class="masthead__link" href="\/en\/">Dateline World<\/a>/);
  });

  it('shows the byline with links, the publication and update times', () => {
    const html = renderStoryPage(storyPageFixture());
    assert.match(
      html,
      /<p class="byline">By <a href="\/en\/people\/amadou-issaka" rel="author">Amadou Issaka<\/a> and <a href="\/en\/people\/claire-mensah" rel="author">Claire Mensah<\/a><\/p>/,
    );
    assert.match(html, /Published <time datetime="2026-03-14T07:00:00.000Z">March 14, 2026<\/time>/);
    assert.match(html, /Updated <time datetime="2026-03-15T12:40:00.000Z">March 15, 2026<\/time>/);
  });

  it('starts the body with the dateline and renders its Markdown', () => {
    const html = renderStoryPage(storyPageFixture());
    assert.match(html, /<div class="story__body"><p><span class="dateline">Niamey<\/span> — The rains came three weeks early/);
    assert.doesNotMatch(html, /<strong>NIAMEY<\/strong>/);
    assert.match(html, /<h2>Seed banks under strain<\/h2>/);
    assert.match(html, /<a href="https:\/\/agriculture.example.gov\/outlook-2026" rel="noopener">seasonal outlook<\/a>/);
  });

  it('shows each correction with its date', () => {
    const html = renderStoryPage(storyPageFixture());
    const box = section(html, '<section class="corrections"');
    assert.match(box, /<strong>Correction \(<time datetime="2026-03-15T12:40:00.000Z">March 15, 2026<\/time>\):<\/strong> An earlier version/);
  });

  it('links the topics, regions and tags', () => {
    const terms = section(renderStoryPage(storyPageFixture()), '<section class="story-terms"');
    assert.match(terms, /<dt>Topics<\/dt><dd><ul class="chips"><li><a href="\/en\/topic\/climate">Climate<\/a><\/li><li><a href="\/en\/topic\/food">Food security<\/a>/);
    assert.match(terms, /<dt>Regions<\/dt><dd><ul class="chips"><li><a href="\/en\/region\/africa">Africa<\/a>/);
    assert.match(terms, /<dt>Tags<\/dt><dd><ul class="chips"><li><a href="\/en\/tag\/agriculture">agriculture<\/a>/);
  });

  it('lists the related stories', () => {
    const related = section(renderStoryPage(storyPageFixture()), '<section class="related"');
    assert.match(related, /<h2 class="section-heading" id="related-heading">Related stories<\/h2>/);
    assert.equal(related.match(/<li>/g)?.length, 3);
    assert.match(related, /<h3 class="teaser__headline"><a href="\/en\/story\/2026\/03\/solar-fridges-vaccine-clinics">Solar fridges keep vaccines cold/);
    assert.match(related, /<span class="kicker__type">Feature<\/span>/);
  });

  it('leaves out the parts a story does not have', () => {
    const html = renderStoryPage(bareStoryPageFixture());
    for (const absent of ['class="byline"', 'Updated', 'class="corrections"', 'class="story-terms"', 'class="related"', 'class="dateline"', 'story__standfirst', 'kicker__topic']) {
      assert.ok(!html.includes(absent), `unexpected ${absent}`);
    }
    assert.match(html, /<p class="kicker"><span class="kicker__type">In brief<\/span><\/p>/);
    assert.doesNotMatch(html, /<a [^>]*>\s*<\/a>/);
  });
});
