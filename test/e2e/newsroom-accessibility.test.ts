/**
 * Every admin page in Chromium at a phone width (360 px) and a desktop width (1280 px):
 * axe-core finds no serious or critical problems, nothing is wider than the screen, each page
 * has one h1 and a main landmark; the keyboard alone can skip to the content, use the Markdown
 * toolbar and save. Screenshots of the dashboard and the editor go to test-output/screenshots.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { userActor } from '../../src/domain/user.js';
import { createStory } from '../../src/services/create-story.js';
import { publishStory } from '../../src/services/publish-story.js';
import { scheduleStory } from '../../src/services/schedule-story.js';
import { submitStory } from '../../src/services/submit-story.js';
import { updateStory } from '../../src/services/update-story.js';
import { chromiumAvailable, launchChromium, seriousAxeViolations } from '../support/browser.js';
import { PASSWORD, signIn, startNewsroomServer, type NewsroomServer } from './newsroom-server.js';

const SCREENSHOTS = 'test-output/screenshots';
const WIDTHS = [360, 1280];
const BODY = [
  'The **coastal clinic** opened its doors to patients on Monday, after two years of building.',
  '',
  '## What changes for patients',
  '',
  '- Night care for children',
  '- A pharmacy open on Sundays',
  '',
  '> We no longer need to take the ferry for a prescription, said one nurse.',
  '',
  'Read [the health ministry’s notice](https://example.org/notice) for the opening hours.',
].join('\n');

describe('admin pages are accessible, in Chromium', { skip: !chromiumAvailable() }, () => {
  let server: NewsroomServer;
  let browser: Browser;
  const pages: Record<string, string> = {};

  before(async () => {
    server = await startNewsroomServer();
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    // A newsroom with stories in every state, so every list and block has something to show.
    const editor = server.tdb.runtime.contextFor(userActor(server.people.editor));
    const writer = server.tdb.runtime.contextFor(userActor(server.people.admin));
    const main = await createStory(writer, { lang: 'en', headline: 'Coastal clinic opens after two years of building', standfirst: 'Islanders no longer need the ferry for night care.', body: BODY, datelinePlace: 'MOMBASA', topics: ['health'], regions: ['africa'], authors: ['amara-okafor'] });
    const second = await updateStory(writer, { id: main.id, revision: main.revision, fields: { body: BODY.replace('Monday', 'Tuesday').replace('two years', 'three years') } });
    await createStory(writer, { lang: 'en', headline: 'Draft: fishing quotas for next season', body: 'Notes.' });
    const review = await createStory(editor, { lang: 'fr', headline: 'Les pluies reviennent au Sahel', body: 'Texte.', topics: ['climate'] });
    await submitStory(editor, { id: review.id });
    const later = await createStory(editor, { lang: 'en', headline: 'Budget vote expected on Thursday', body: 'Text.' });
    await scheduleStory(editor, { id: later.id, at: new Date(Date.now() + 86_400_000) });
    const out = await createStory(editor, { lang: 'en', headline: 'Grain ships leave the port', body: 'Text.', topics: ['peace-and-security'] });
    await publishStory(editor, { id: out.id });
    const editorPath = `/admin/stories/${main.id}`;
    Object.assign(pages, {
      dashboard: '/admin',
      list: '/admin/stories',
      'list-filtered': '/admin/stories?status=draft&q=fishing',
      'editor-new': '/admin/stories/new',
      editor: editorPath,
      revisions: `${editorPath}/revisions`,
      revision: `${editorPath}/revisions/1`,
      diff: `${editorPath}/revisions/1/diff/${second.revision}`,
      users: '/admin/users',
      account: '/admin/account',
      audit: '/admin/audit',
      'not-found': '/admin/no-such-page',
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Checks what every admin page must pass. */
  async function checkPage(page: Page, name: string, width: number): Promise<void> {
    assert.equal(await page.locator('h1').count(), 1, `${name} has one h1`);
    assert.equal(await page.locator('main#main').count(), 1, `${name} has a main landmark`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name} is ${overflow}px wider than a ${width}px screen`);
    const violations = await seriousAxeViolations(page);
    assert.deepEqual(violations, [], `${name} at ${width}px: ${JSON.stringify(violations, null, 1)}`);
  }

  for (const width of WIDTHS) {
    it(`every admin page at ${width} px: axe clean, nothing wider than the screen`, async () => {
      // axe is injected as an inline script, which the admin's strict CSP (rightly) forbids.
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 780 : 900 }, bypassCSP: true });
      try {
        const signInPage = await context.newPage();
        await signInPage.goto(`${server.origin}/admin/sign-in`);
        await checkPage(signInPage, 'sign-in', width);
        // A refused sign-in shows its alert: that state must be accessible too.
        await signInPage.getByLabel('Email').fill(server.people.admin.email);
        await signInPage.getByLabel('Password').fill(`${PASSWORD} but wrong`);
        await signInPage.getByRole('button', { name: 'Sign in' }).click();
        await signInPage.getByRole('alert').waitFor();
        await checkPage(signInPage, 'sign-in-refused', width);
        await signInPage.close();

        const page = await signIn(context, server, 'admin');
        for (const [name, path] of Object.entries(pages)) {
          const response = await page.goto(server.origin + path);
          assert.equal(response?.status(), name === 'not-found' ? 404 : 200, `${path} status`);
          if (name === 'editor') await page.locator('[data-md-toolbar]:not([hidden])').waitFor();
          await checkPage(page, name, width);
          if (name === 'dashboard' || name === 'editor') {
            await page.screenshot({ path: `${SCREENSHOTS}/admin-${name}-${width}.png`, fullPage: true });
          }
        }

        // The editor showing a conflict: the alert, the diff and the kept text.
        await page.goto(server.origin + pages.editor!);
        await page.locator('#editor input[name="revision"]').evaluate((input: HTMLInputElement) => {
          input.value = '1';
        });
        await page.getByLabel('Standfirst').fill('A standfirst typed against an old revision.');
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        await page.getByRole('alert').filter({ hasText: 'Somebody else saved' }).waitFor();
        await checkPage(page, 'editor-conflict', width);
        await page.screenshot({ path: `${SCREENSHOTS}/admin-editor-conflict-${width}.png`, fullPage: true });
      } finally {
        await context.close();
      }
    });
  }

  it('works from the keyboard alone: skip link, toolbar, shortcuts and saving', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await signIn(context, server, 'admin');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');

      await page.goto(`${server.origin}/admin/stories/new`);
      await page.getByLabel('Headline').focus();
      await page.keyboard.type('Keyboard-only story');
      // Tab order: headline, standfirst, then the toolbar (one stop), then the body.
      await page.keyboard.press('Tab');
      await page.keyboard.type('Written without a mouse.');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Bold');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'body');
      await page.keyboard.type('The ferry runs again');
      await page.keyboard.down('Shift');
      for (let i = 0; i < 'again'.length; i++) await page.keyboard.press('ArrowLeft');
      await page.keyboard.up('Shift');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Italic');
      await page.keyboard.press('Enter');
      assert.equal(await page.getByLabel('Body', { exact: true }).inputValue(), 'The ferry runs *again*');
      await page.getByLabel('Body', { exact: true }).press('End');
      await page.keyboard.type('. ');
      await page.keyboard.press('Control+b');
      await page.keyboard.type('Today');
      assert.equal(await page.getByLabel('Body', { exact: true }).inputValue(), 'The ferry runs *again*. **Today**');
      // The preview follows the body.
      await page.locator('#preview strong', { hasText: 'Today' }).waitFor();
      // Enter in a one-line field submits with the first button: Save.
      await page.getByLabel('Headline').press('Enter');
      await page.waitForURL(/done=created/);
      assert.match(await page.getByRole('status').first().innerText(), /Story created/);
    } finally {
      await context.close();
    }
  });
});
