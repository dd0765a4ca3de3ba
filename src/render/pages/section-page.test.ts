import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { archivePageFixture, emptySectionPageFixture, sectionPageFixture, typePageFixture } from '../../../test/support/render-fixtures.js';
import { renderSectionPage } from './section-page.js';

describe('renderSectionPage', () => {
  it('links to the previous and next pages and says where the reader is', () => {
    const html = renderSectionPage(sectionPageFixture());
    assert.match(html, /<nav class="pagination" aria-label="Pages">/);
    assert.match(html, /<a class="pagination__link pagination__link--prev" rel="prev" href="\/en\/topic\/climate">Previous page<\/a>/);
    assert.match(html, /<p class="pagination__status">Page 2 of 3<\/p>/);
    assert.match(html, /<a class="pagination__link pagination__link--next" rel="next" href="\/en\/topic\/climate\?page=3">Next page<\/a>/);
    assert.match(html, /<link rel="prev" href="\/en\/topic\/climate"\/><link rel="next" href="\/en\/topic\/climate\?page=3"\/>/);
    assert.match(html, /<title>Climate, page 2 of 3 — Dateline World<\/title>/);
  });

  it('has no link past either end, and no pagination for one page', () => {
    const first = renderSectionPage(archivePageFixture());
    assert.doesNotMatch(first, /rel="prev"/);
    assert.match(first, /rel="next"/);
    const last = renderSectionPage(typePageFixture());
    assert.match(last, /rel="prev"/);
    assert.doesNotMatch(last, /rel="next"/);
    assert.doesNotMatch(renderSectionPage(emptySectionPageFixture()), /class="pagination"/);
  });

  it('names the kind of section above its title, the only h1', () => {
    const html = renderSectionPage(sectionPageFixture());
    assert.match(html, /<p class="kicker">Topic<\/p><h1 class="section__title">Climate<\/h1>/);
    assert.equal(html.match(/<h1[ >]/g)?.length, 1);
    assert.match(html, /<h2 class="teaser__headline"><a href="\/en\/story\/2026\/03\/early-rains-sahel-farmers">/);
    // On a topic page every story shares the topic, so teasers do not repeat it.
    assert.doesNotMatch(html, /kicker__topic/);
  });

  it('marks the month of an archive page as a time', () => {
    const html = renderSectionPage(archivePageFixture());
    assert.match(html, /<p class="kicker">Archive<\/p><h1 class="section__title"><time datetime="2026-03">March 2026<\/time><\/h1>/);
    assert.match(html, /<meta name="description" content="Every story Dateline World published in March 2026\."\/>/);
  });

  it('says so when a section has no stories', () => {
    const html = renderSectionPage(emptySectionPageFixture());
    assert.match(html, /<p class="empty">There are no stories here yet\.<\/p>/);
    assert.doesNotMatch(html, /<ul class="story-list/);
  });

  it('marks the section being shown in the navigation', () => {
    const model = sectionPageFixture();
    model.chrome.path = '/en/topic/climate';
    const html = renderSectionPage(model);
    assert.match(html, /<a href="\/en\/topic\/climate" aria-current="page">Climate<\/a>/);
    assert.equal(html.match(/aria-current="page"/g)?.length, 1);
  });
});
