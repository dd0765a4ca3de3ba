/**
 * The reader site in a real browser: every page family at a phone width (360 px) and a desktop
 * width (1280 px), with axe-core finding no serious or critical problems, nothing wider than the
 * screen, and a screenshot of each kept in test-output/screenshots for people to look at.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildWebApp } from '../../src/main.js';
import { writeDemoContent } from '../../src/services/write-demo-content.js';
import { listPublishedStories } from '../../src/services/list-published-stories.js';
import { storyPath } from '../../src/domain/story.js';
import { chromiumAvailable, launchChromium, seriousAxeViolations } from '../support/browser.js';
import { createTestDatabase, type TestDatabase } from '../support/for-each-dialect.js';

const SCREENSHOTS = 'test-output/screenshots';
const WIDTHS = [360, 1280];

describe('reader site in Chromium', { skip: !chromiumAvailable() }, () => {
  let tdb: TestDatabase;
  let app: FastifyInstance;
  let browser: Browser;
  let origin: string;
  const pages: Record<string, string> = {};

  before(async () => {
    tdb = await createTestDatabase('sqlite');
    const ctx = tdb.runtime.contextFor();
    await writeDemoContent(ctx, new Date());
    app = await buildWebApp(tdb.runtime, { logger: false });
    origin = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    const { items } = await listPublishedStories(ctx, { lang: 'en', page: 1, limit: 50 });
    const story = items.find((s) => s.topics.length > 0 && s.regions.length > 0) ?? items[0]!;
    const month = story.publishedAt!.toISOString().slice(0, 7).replace('-', '/');
    pages.home = '/en/';
    pages.story = storyPath(story);
    pages.topic = `/en/topic/${story.topics[0]!.slug}`;
    pages.region = `/en/region/${story.regions[0]!.slug}`;
    pages.type = `/en/type/${story.type}`;
    pages.author = `/en/author/${story.authors[0]!.slug}`;
    pages.archive = `/en/archive/${month}`;
    pages['not-found'] = '/en/no-such-page';
    for (const lang of ['ar', 'zh', 'ru']) {
      const [translated] = (await listPublishedStories(ctx, { lang, page: 1, limit: 1 })).items;
      pages[`story-${lang}`] = storyPath(translated!);
    }
    pages['home-ar'] = '/ar/';
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await tdb?.dispose();
  });

  for (const width of WIDTHS) {
    it(`every page family at ${width} px: readable, no overflow, axe clean`, async () => {
      const context = await browser.newContext({
        viewport: { width, height: width < 600 ? 780 : 900 },
        // axe is injected as an inline script, which the site's strict CSP (rightly) forbids.
        bypassCSP: true,
        javaScriptEnabled: true,
      });
      try {
        for (const [name, path] of Object.entries(pages)) {
          const page = await context.newPage();
          const response = await page.goto(origin + path);
          assert.equal(response?.status(), name === 'not-found' ? 404 : 200, `${path} status`);
          const h1 = await page.locator('h1').count();
          assert.equal(h1, 1, `${path} has one h1`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 0, `${path} is ${overflow}px wider than a ${width}px screen`);
          await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}.png`, fullPage: name !== 'home' });
          const violations = await seriousAxeViolations(page);
          assert.deepEqual(violations, [], `${path} at ${width}px: ${JSON.stringify(violations, null, 1)}`);
          await page.close();
        }
      } finally {
        await context.close();
      }
    });
  }

  it('lays the Arabic story page out right to left', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(origin + pages['story-ar']);
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).direction), 'rtl');
      const headline = await page.locator('.story__headline').boundingBox();
      const column = await page.locator('article.story').boundingBox();
      assert.ok(headline && column);
      // Right to left, text starts at the column's right edge: the headline hugs it, not the left one.
      assert.ok(Math.abs(headline.x + headline.width - (column.x + column.width)) <= 1, 'headline right edge = column right edge');
      const paragraph = await page.locator('article.story p').first().evaluate((p) => getComputedStyle(p).textAlign);
      assert.ok(paragraph === 'start' || paragraph === 'right', `paragraphs align to the start (${paragraph})`);
      // The masthead sits at the right, the language switcher at the left: the header is mirrored.
      const masthead = await page.locator('.masthead').boundingBox();
      const switcher = await page.locator('.language-nav').boundingBox();
      assert.ok(masthead && switcher && masthead.x > switcher.x, 'the header is mirrored');
      await page.screenshot({ path: `${SCREENSHOTS}/story-ar-1280.png`, fullPage: true });
      await page.goto(origin + pages['story-zh']);
      await page.screenshot({ path: `${SCREENSHOTS}/story-zh-1280.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('reads without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
    try {
      const page = await context.newPage();
      await page.goto(origin + pages.story);
      const headline = await page.locator('h1').innerText();
      assert.ok(headline.length > 10);
      const paragraphs = await page.locator('main p').count();
      assert.ok(paragraphs >= 3, 'the story body is there');
      await page.goto(origin + pages.home);
      await page.locator('main a[href*="/story/"]').first().click();
      assert.match(new URL(page.url()).pathname, /^\/en\/story\/\d{4}\/\d{2}\//);
      assert.equal(await page.locator('h1').count(), 1);
    } finally {
      await context.close();
    }
  });
});
