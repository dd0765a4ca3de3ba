import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { arabicNotFoundPageFixture, notFoundPageFixture } from '../../../test/support/render-fixtures.js';
import { renderNotFoundPage } from './not-found-page.js';

describe('renderNotFoundPage', () => {
  it('names the requested path and links home', () => {
    const html = renderNotFoundPage(notFoundPageFixture());
    assert.match(html, /<h1 class="not-found__title">Page not found<\/h1>/);
    assert.match(html, /We could not find anything at <code class="not-found__path">\/en\/stroy\/2026\/03\/early-rains<\/code>\./);
    assert.match(html, /<a class="button" href="\/en\/">Go to the front page<\/a>/);
    assert.match(html, /Latest stories<\/h2><ul class="story-list/);
  });

  it('keeps itself out of search engines and names no canonical address', () => {
    const html = renderNotFoundPage(notFoundPageFixture());
    assert.match(html, /<meta name="robots" content="noindex"\/>/);
    assert.doesNotMatch(html, /rel="canonical"/);
  });

  it('escapes the requested path', () => {
    const model = notFoundPageFixture();
    model.requestedPath = '/en/"><script>alert(1)</script>';
    const html = renderNotFoundPage(model);
    assert.doesNotMatch(html, /<script/);
    assert.match(html, /\/en\/&quot;>&lt;script>alert\(1\)&lt;\/script>/);
  });

  it('is written in the page language and direction', () => {
    const html = renderNotFoundPage(arabicNotFoundPageFixture());
    assert.match(html, /^<!DOCTYPE html><html lang="ar" dir="rtl">/);
    assert.match(html, /<a class="button" href="\/ar\/">/);
    assert.doesNotMatch(html, /Latest stories/);
  });
});
