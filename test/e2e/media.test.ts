/**
 * A story's hero image in Chromium at a phone width (360 px) and a desktop width (1280 px): the
 * browser picks a variant that fits the width it is shown at (checked on `currentSrc`), the box
 * has its final size before the image arrives (no layout shift), and axe-core finds nothing
 * serious. Screenshots go to test-output/screenshots for people to look at.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, Route } from 'playwright-core';
import { storyPath } from '../../src/domain/story.js';
import { buildWebApp } from '../../src/main.js';
import { drawIllustration } from '../../src/media/draw-illustration.js';
import { createStory } from '../../src/services/create-story.js';
import { publishStory } from '../../src/services/publish-story.js';
import { uploadMedia } from '../../src/services/upload-media.js';
import { chromiumAvailable, launchChromium, seriousAxeViolations } from '../support/browser.js';
import { createTestDatabase, type TestDatabase } from '../support/for-each-dialect.js';

const SCREENSHOTS = 'test-output/screenshots';
const ORIGINAL = { width: 2400, height: 1500 };

/** Widths the page offers (the variants made from a 2400 px original). */
const OFFERED = [320, 480, 640, 960, 1280, 1600];

describe('hero images in Chromium', { skip: !chromiumAvailable() }, () => {
  let tdb: TestDatabase;
  let app: FastifyInstance;
  let browser: Browser;
  let origin: string;
  let path: string;

  before(async () => {
    tdb = await createTestDatabase('sqlite');
    const ctx = tdb.runtime.contextFor();
    const bytes = await drawIllustration({ motif: 'sea', sky: ['#2e6f9e', '#a7d3f2'], ground: '#1d4e89', label: 'Kayar', seed: 7, ...ORIGINAL });
    const { media } = await uploadMedia(ctx, {
      filename: 'harbour-dawn.jpg',
      bytes,
      metadata: {
        alt: { en: 'Illustration: a small sailing boat on rows of blue waves under a pale sun' },
        caption: { en: 'Fishing boats return to the harbour at first light.' },
        credit: 'Dateline/Illustration',
      },
    });
    await tdb.runtime.jobs.runDueJobs();
    const draft = await createStory(ctx, {
      lang: 'en',
      headline: 'Harbour reopens after the storm',
      standfirst: 'Boats went out again on Tuesday for the first time in a week.',
      body: 'The harbour master lifted the ban at dawn.\n\nBy noon most of the fleet had left.\n\n' + 'More text follows. '.repeat(120),
      heroMediaId: media.id,
    });
    const story = await publishStory(ctx, { id: draft.id });
    path = storyPath(story);
    app = await buildWebApp(tdb.runtime, { logger: false });
    origin = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await tdb?.dispose();
  });

  for (const width of [360, 1280]) {
    it(`at ${width} px picks a variant that fits, keeps its box while loading, and is axe clean`, async () => {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 780 : 900 }, deviceScaleFactor: 1, bypassCSP: true });
      try {
        const page = await context.newPage();
        // Hold every picture back until the layout has been measured.
        const held: Route[] = [];
        await page.route('**/media/**', (route) => {
          held.push(route);
        });
        await page.addInitScript(() => {
          const w = window as unknown as { shifts: number };
          w.shifts = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>) w.shifts += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(origin + path, { waitUntil: 'domcontentloaded' });
        const hero = page.locator('figure.hero img');
        const before = await hero.boundingBox();
        assert.ok(before, 'the hero has a box before its image arrives');
        assert.equal(await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), false, 'the image has not arrived yet');
        const expectedHeight = (before.width * ORIGINAL.height) / ORIGINAL.width;
        assert.ok(Math.abs(before.height - expectedHeight) < 1.5, `box ${before.width}×${before.height} has the picture's shape before load`);

        for (const route of held.splice(0)) await route.continue();
        await page.unroute('**/media/**');
        await page.waitForFunction(() => {
          const img = document.querySelector<HTMLImageElement>('figure.hero img');
          return img !== null && img.complete && img.naturalWidth > 0;
        });
        const after = await hero.boundingBox();
        assert.deepEqual(after, before, 'the box did not move or resize when the image arrived');
        const shifts = await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
        assert.equal(shifts, 0, 'no layout shift');

        const { currentSrc, shown } = await hero.evaluate((img: HTMLImageElement) => ({ currentSrc: img.currentSrc, shown: img.getBoundingClientRect().width }));
        const match = /\/w(\d+)\.(avif|webp|jpg)$/.exec(currentSrc);
        assert.ok(match, `a variant, not the original: ${currentSrc}`);
        const chosen = Number(match[1]);
        assert.equal(match[2], 'avif', 'Chromium takes the AVIF source');
        // The narrowest offered width that covers the box at this device pixel ratio.
        const fitting = OFFERED.find((w) => w >= shown) ?? OFFERED[OFFERED.length - 1]!;
        assert.equal(chosen, fitting, `shown ${shown} px wide, chose w${chosen}`);
        assert.ok(chosen < ORIGINAL.width);

        await page.screenshot({ path: `${SCREENSHOTS}/media-story-${width}.png` });
        const violations = await seriousAxeViolations(page);
        assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
      } finally {
        await context.close();
      }
    });
  }
});
