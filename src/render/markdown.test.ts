import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('shows raw HTML as text instead of rendering it', () => {
    const html = renderMarkdown('Before <script>alert(1)</script> and <b onclick="x()">bold</b>\n\n<iframe src="https://evil.example"></iframe>');
    assert.doesNotMatch(html, /<script|<b |<iframe/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /&lt;iframe/);
  });

  it('refuses links that are not http(s), mailto or relative', () => {
    for (const body of [
      '[x](javascript:alert(1))',
      '[x](JavaScript:alert(1))',
      '[x](vbscript:msgbox(1))',
      '[x](data:text/html;base64,PHNjcmlwdD4=)',
      '[x](file:///etc/passwd)',
      '<javascript:alert(1)>',
      '[x][r]\n\n[r]: javascript:alert(1)',
    ]) {
      const html = renderMarkdown(body);
      assert.doesNotMatch(html, /<a /, body);
    }
  });

  it('keeps web, mail and relative links, marking external ones noopener', () => {
    const html = renderMarkdown('[report](https://example.org/r), [desk](mailto:desk@example.org), [earlier](/en/story/2026/01/x), see www.example.org');
    assert.match(html, /<a href="https:\/\/example.org\/r" rel="noopener">report<\/a>/);
    assert.match(html, /<a href="mailto:desk@example.org">desk<\/a>/);
    assert.match(html, /<a href="\/en\/story\/2026\/01\/x">earlier<\/a>/);
    assert.match(html, /<a href="http:\/\/www.example.org" rel="noopener">www.example.org<\/a>/);
  });

  it('does not render images', () => {
    assert.doesNotMatch(renderMarkdown('![a tracker](https://evil.example/pixel.png)'), /<img/);
  });

  it('renumbers headings from h2 so the page keeps one h1 and skips no level', () => {
    const html = renderMarkdown('# Top\n\ntext\n\n## Second\n\n###### Deep\n\n## Third\n\n# Next');
    assert.doesNotMatch(html, /<h1/);
    assert.equal(
      html.replace(/<p>text<\/p>\n/, ''),
      '<h2>Top</h2>\n<h3>Second</h3>\n<h4>Deep</h4>\n<h3>Third</h3>\n<h2>Next</h2>\n',
    );
    assert.equal(renderMarkdown('## Section\n\n#### Part\n\n### Also'), '<h2>Section</h2>\n<h3>Part</h3>\n<h3>Also</h3>\n');
  });

  it('renders lists, block quotes and typographic quotes', () => {
    const html = renderMarkdown('- one\n- two\n\n> quoted\n\n"Yes," she said -- twice.');
    assert.match(html, /<ul>\n<li>one<\/li>\n<li>two<\/li>\n<\/ul>/);
    assert.match(html, /<blockquote>\n<p>quoted<\/p>\n<\/blockquote>/);
    assert.match(html, /“Yes,” she said – twice\./);
  });
});

describe('renderMarkdown dateline', () => {
  it('puts the place before the first paragraph text', () => {
    const html = renderMarkdown('Farmers planted twice.\n\nSecond paragraph.', { datelinePlace: 'Niamey' });
    assert.match(html, /^<p><span class="dateline">Niamey<\/span> — Farmers planted twice\.<\/p>/);
    assert.equal(html.match(/class="dateline"/g)?.length, 1);
  });

  it('replaces a place the writer already typed in bold, instead of repeating it', () => {
    const html = renderMarkdown('**NIAMEY** — Farmers planted twice.', { datelinePlace: 'Niamey' });
    assert.equal(html, '<p><span class="dateline">Niamey</span> — Farmers planted twice.</p>\n');
  });

  it('replaces a place typed without bold', () => {
    const html = renderMarkdown('NIAMEY - Farmers planted twice.', { datelinePlace: 'Niamey' });
    assert.equal(html, '<p><span class="dateline">Niamey</span> — Farmers planted twice.</p>\n');
  });

  it('leaves a first word that only starts like the place alone', () => {
    const html = renderMarkdown('**Niamey’s** markets reopened.', { datelinePlace: 'Niamey' });
    assert.match(html, /<span class="dateline">Niamey<\/span> — <strong>Niamey’s<\/strong> markets/);
  });

  it('skips headings and block quotes to reach the first paragraph', () => {
    const html = renderMarkdown('## Overview\n\n> A quote first.\n\nThe story.', { datelinePlace: 'Suva' });
    assert.match(html, /<blockquote>\n<p>A quote first\.<\/p>/);
    assert.match(html, /<p><span class="dateline">Suva<\/span> — The story\.<\/p>/);
  });

  it('escapes the place', () => {
    const html = renderMarkdown('Text.', { datelinePlace: '<b>Town</b>' });
    assert.match(html, /<span class="dateline">&lt;b&gt;Town&lt;\/b&gt;<\/span>/);
  });

  it('adds nothing without a place', () => {
    assert.equal(renderMarkdown('Text.', { datelinePlace: null }), '<p>Text.</p>\n');
    assert.equal(renderMarkdown('Text.', { datelinePlace: '  ' }), '<p>Text.</p>\n');
  });
});
