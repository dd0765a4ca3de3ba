import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { arabicChrome, englishChrome, TEASERS } from '../../../test/support/render-fixtures.js';
import type { EntityPageModel } from '../view-models.js';
import { renderEntityPage } from './entity-page.js';

function person(overrides: Partial<EntityPageModel> = {}): EntityPageModel {
  return {
    chrome: englishChrome('/en/people/amina-diallo'),
    type: 'person',
    name: 'Amina Diallo',
    role: 'spokesperson for the World Food Programme',
    stories: TEASERS.slice(0, 2),
    quotes: [
      { text: 'The rains have failed for the fourth season in a row,', story: { href: '/en/story/2026/03/drought', label: 'Drought pushes herders across the border' }, publishedAt: new Date('2026-03-17T08:00:00Z') },
    ],
    pagination: { page: 1, pages: 1, total: 2, prevHref: null, nextHref: null },
    ...overrides,
  };
}

describe('renderEntityPage', () => {
  it('names the entity, its kind and its role, the only h1', () => {
    const html = renderEntityPage(person());
    assert.match(html, /<p class="kicker">Person<\/p><h1 class="section__title">Amina Diallo<\/h1><p class="section__intro">spokesperson for the World Food Programme<\/p>/);
    assert.equal(html.match(/<h1[ >]/g)?.length, 1);
    assert.match(html, /<title>Amina Diallo — Dateline World<\/title>/);
    assert.match(html, /<meta name="description" content="Stories from Dateline World that name Amina Diallo\."\/>/);
  });

  it('shows each quote with a link to its story and its date, then the stories', () => {
    const html = renderEntityPage(person());
    assert.match(html, /<h2 class="section-heading" id="entity-quotes-heading">Quotes<\/h2>/);
    assert.match(
      html,
      /<blockquote class="entity-quote__text"><p>The rains have failed for the fourth season in a row,<\/p><\/blockquote><figcaption class="entity-quote__source">From <a href="\/en\/story\/2026\/03\/drought">Drought pushes herders across the border<\/a>, <time datetime="2026-03-17T08:00:00.000Z">/,
    );
    assert.ok(html.indexOf('entity-quotes-heading') < html.indexOf('entity-stories-heading'));
    assert.match(html, new RegExp(`<h3 class="teaser__headline"><a href="${TEASERS[0]!.href}">`));
  });

  it('leaves out the quotes of an entity that said nothing, and the role of a place', () => {
    const html = renderEntityPage(person({ type: 'place', name: 'Kenya', role: null, quotes: [] }));
    assert.match(html, /<p class="kicker">Place<\/p><h1 class="section__title">Kenya<\/h1><\/header>/);
    assert.doesNotMatch(html, /entity-quotes/);
  });

  it('speaks the page’s language', () => {
    const html = renderEntityPage(person({ chrome: arabicChrome('/ar/organisations/wfp'), type: 'organisation', name: 'برنامج الأغذية العالمي', role: null }));
    assert.match(html, /<html lang="ar" dir="rtl">/);
    assert.match(html, /<p class="kicker">منظمة<\/p>/);
    assert.match(html, /اقتباسات/);
  });
});
