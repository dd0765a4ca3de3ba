/**
 * The media library and the editor's hero image panel in Chromium: a picture dropped on the
 * library's upload box is uploaded and opens its page, where an editor describes it; a
 * contributor drops a picture on the editor's hero panel and saves it; every page is axe clean.
 * Screenshots go to test-output/screenshots.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { drawIllustration } from '../../src/media/draw-illustration.js';
import { chromiumAvailable, launchChromium, seriousAxeViolations } from '../support/browser.js';
import { signIn, startNewsroomServer, type NewsroomServer } from './newsroom-server.js';

const SCREENSHOTS = 'test-output/screenshots';

/** Drops a file with these bytes on the element matching `selector`, as a person dragging it from their desktop. */
async function dropFile(page: Page, selector: string, name: string, bytes: Buffer): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const binary = atob(base64);
      const data = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type: 'image/jpeg' }));
      return transfer;
    },
    { name, base64: bytes.toString('base64') },
  );
  await page.dispatchEvent(selector, 'dragover', { dataTransfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}

async function axeClean(page: Page, what: string): Promise<void> {
  const violations = await seriousAxeViolations(page);
  assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, null, 1)}`);
}

describe('media library and hero panel in Chromium', { skip: !chromiumAvailable() }, () => {
  let server: NewsroomServer;
  let browser: Browser;
  let picture: Buffer;

  before(async () => {
    server = await startNewsroomServer();
    browser = await launchChromium();
    picture = await drawIllustration({ motif: 'mountains', sky: ['#5b7fa6', '#dfe8f2'], ground: '#4a5b6d', label: 'Huaraz', seed: 3, width: 1200, height: 750 });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('uploads a dropped picture from the library page, and an editor describes it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    try {
      const page = await signIn(context, server, 'editor');
      await page.getByRole('link', { name: 'Media' }).click();
      await page.waitForURL(`${server.origin}/admin/media`);
      await axeClean(page, 'empty library');
      await Promise.all([page.waitForURL(/\/admin\/media\/[0-9a-f]{24}\?done=created$/), dropFile(page, 'form.drop-zone', 'glaciers.jpg', picture)]);
      assert.equal(await page.locator('h1').innerText(), 'glaciers.jpg');
      await page.getByLabel('Alt text (English (en))').fill('Illustration: a range of grey mountains with snow-capped peaks');
      await page.getByLabel('Caption (English (en))').fill('The glaciers above Huaraz feed the valley.');
      await page.getByLabel('Credit', { exact: true }).fill('Dateline/Illustration');
      await page.getByRole('button', { name: 'Save description' }).click();
      await page.getByText('Description saved.').waitFor();
      await axeClean(page, 'picture page');
      await page.screenshot({ path: `${SCREENSHOTS}/media-item-1280.png`, fullPage: true });
      await page.goto(`${server.origin}/admin/media?q=huaraz`);
      assert.equal(await page.locator('.media-card').count(), 1);
      await axeClean(page, 'library with a picture');
      await page.screenshot({ path: `${SCREENSHOTS}/media-library-1280.png` });
    } finally {
      await context.close();
    }
  });

  it("lets a contributor drop a picture on the editor's hero panel and save it", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    try {
      const page = await signIn(context, server, 'contributor');
      await page.goto(`${server.origin}/admin/stories/new`);
      await page.getByLabel('Headline').fill('Glaciers retreat above Huaraz');
      await page.getByLabel('Body').fill('The ice is thinner every year.');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.waitForURL(/\/admin\/stories\/[0-9a-f]{24}\?done=created$/);
      const bytes = await drawIllustration({ motif: 'rain', sky: ['#6c7a89', '#b8c4cf'], ground: '#4f6d3a', label: 'Huaraz', seed: 9, width: 1000, height: 625 });
      await dropFile(page, '.hero-panel .drop-zone', 'rain.jpg', bytes);
      await page.getByText('Ready to upload: rain.jpg').waitFor();
      await page.getByLabel("This story's caption").fill('Rain over the valley.');
      await page.getByRole('button', { name: 'Save picture' }).click();
      await page.waitForURL(/\/admin\/stories\/[0-9a-f]{24}\?done=saved$/);
      await page.getByText('Now: rain.jpg').waitFor();
      assert.match(await page.locator('.hero-panel').innerText(), /has no alt text in English/);
      await axeClean(page, 'editor with a hero image');
      await page.locator('.hero-panel').screenshot({ path: `${SCREENSHOTS}/media-hero-panel-1280.png` });
    } finally {
      await context.close();
    }
  });
});
