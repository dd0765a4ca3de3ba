import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emptyHomePageFixture, homePageFixture } from '../../../test/support/render-fixtures.js';
import { renderHomePage } from './home-page.js';

describe('renderHomePage', () => {
  it('makes the masthead the only h1 and marks it as the current page', () => {
    const html = renderHomePage(homePageFixture());
    assert.equal(html.match(/<h1[ >]/g)?.length, 1);
    assert.match(html, /<h1 class="masthead"><a class="masthead__link" href="\/en\/" aria-current="page">Dateline World<\/a><\/h1>/);
    assert.match(html, /<title>Dateline World: news from around the world<\/title>/);
    assert.match(html, /<link rel="canonical" href="https:\/\/news.example.org\/en\/"\/>/);
  });

  it('shows the lead large, then top stories and the latest as lists', () => {
    const html = renderHomePage(homePageFixture());
    assert.match(html, /<section class="home__lead" aria-label="Lead story"><article class="teaser teaser--lead">/);
    assert.match(html, /<h2 class="teaser__headline"><a href="\/en\/story\/2026\/03\/early-rains-sahel-farmers">/);
    const top = html.slice(html.indexOf('id="top-heading"'), html.indexOf('</section>', html.indexOf('id="top-heading"')));
    assert.match(top, /Top stories<\/h2><ul class="story-list story-list--grid">/);
    assert.equal(top.match(/<li>/g)?.length, 4);
    assert.match(html, /Latest<\/h2><ul class="story-list story-list--list story-list--compact">/);
  });

  it('has a block per topic with stories, linking to the topic', () => {
    const html = renderHomePage(homePageFixture());
    assert.match(html, /<a href="\/en\/topic\/oceans">More in Oceans<\/a>/);
    assert.match(html, /<a href="\/en\/topic\/health">More in Health<\/a>/);
    assert.doesNotMatch(html, /More in Education/);
  });

  it('says so when nothing is published', () => {
    const html = renderHomePage(emptyHomePageFixture());
    assert.match(html, /<p class="empty">No stories have been published yet\./);
    assert.doesNotMatch(html, /story-list|class="topic-nav/);
  });
});
