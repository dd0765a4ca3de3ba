/**
 * The admin in other languages, in Chromium. An editor who chose Arabic gets every admin page
 * in Arabic, laid out right to left (the navigation starts on the right, labels sit over the
 * right edge of their fields), with axe-core finding no serious or critical problems and
 * nothing wider than the screen. An editor working in English starts an Arabic translation
 * from the editor's Translations panel and writes it right to left. Screenshots of the Arabic
 * dashboard, translation board and editor go to test-output/screenshots.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Story } from '../../src/domain/story.js';
import { userActor, type User } from '../../src/domain/user.js';
import { buildWebApp } from '../../src/main.js';
import { createStory } from '../../src/services/create-story.js';
import { createUser } from '../../src/services/create-user.js';
import { publishStory } from '../../src/services/publish-story.js';
import { setUserLocale } from '../../src/services/set-user-locale.js';
import { startTranslation } from '../../src/services/start-translation.js';
import { updateStory } from '../../src/services/update-story.js';
import { seedNewsroom } from '../services/newsroom.js';
import { chromiumAvailable, launchChromium, seriousAxeViolations } from '../support/browser.js';
import { createTestDatabase, type TestDatabase } from '../support/for-each-dialect.js';

const SCREENSHOTS = 'test-output/screenshots';
const PASSWORD = 'correct horse battery staple';
const WIDTHS = [360, 1280];

describe('the admin in Arabic and other languages, in Chromium', { skip: !chromiumAvailable() }, () => {
  let tdb: TestDatabase;
  let app: FastifyInstance;
  let browser: Browser;
  let origin: string;
  let arabicEditor: User;
  let englishEditor: User;
  let english: Story;
  let arabic: Story;
  const pages: Record<string, string> = {};

  before(async () => {
    tdb = await createTestDatabase('sqlite', { DATELINE_LANGUAGES: 'en,fr,es,ar,zh,ru' });
    await seedNewsroom(tdb.runtime.database.db);
    const system = tdb.runtime.contextFor();
    arabicEditor = await createUser(system, { email: 'layla@newsroom.example', name: 'ليلى حداد', role: 'admin', password: PASSWORD });
    await setUserLocale(system, { userId: arabicEditor.id, locale: 'ar' });
    englishEditor = await createUser(system, { email: 'eli@newsroom.example', name: 'Eli Editor', role: 'editor', password: PASSWORD });
    const ctx = tdb.runtime.contextFor(userActor(englishEditor));
    english = await createStory(ctx, {
      lang: 'en',
      headline: 'Water desks open in three river towns',
      standfirst: 'Farmers can now ask for irrigation advice in person.',
      body: 'The first desk opened on **Monday** in the market hall.\n\n> We no longer wait for the radio bulletin, said one farmer.\n\n- Advice on pumps\n- Weather for the week',
      datelinePlace: 'KHARTOUM',
      topics: ['climate'],
      regions: ['africa'],
      authors: ['amara-okafor'],
    });
    await publishStory(ctx, { id: english.id });
    arabic = await startTranslation(ctx, { storyId: english.id, lang: 'ar' });
    arabic = await updateStory(ctx, {
      id: arabic.id,
      revision: arabic.revision,
      fields: {
        headline: 'مكاتب للمياه تفتح أبوابها في ثلاث بلدات نهرية',
        standfirst: 'صار بإمكان المزارعين طلب المشورة في الري وجهًا لوجه.',
        body: 'افتُتح المكتب الأول يوم **الاثنين** في قاعة السوق.\n\n> لم نعد ننتظر نشرة الإذاعة، قال أحد المزارعين.\n\n- نصائح عن المضخات\n- طقس الأسبوع',
        datelinePlace: 'الخرطوم',
      },
    });
    // The English is rewritten after the Arabic: the board shows the Arabic as outdated.
    await updateStory(ctx, { id: english.id, revision: english.revision + 1, fields: { body: `${english.body}\n\nA fourth desk opens next month.` } });
    await createStory(ctx, { lang: 'en', headline: 'Draft: seed fairs across the valley', body: 'Notes.' });
    Object.assign(pages, {
      dashboard: '/admin',
      list: '/admin/stories',
      'editor-new': '/admin/stories/new',
      'editor-ar': `/admin/stories/${arabic.id}`,
      'editor-en': `/admin/stories/${english.id}`,
      revisions: `/admin/stories/${arabic.id}/revisions`,
      translations: '/admin/translations',
      users: '/admin/users',
      account: '/admin/account',
      audit: '/admin/audit',
    });
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

  /** Signs a person in through the sign-in page (in the site's default language) and waits for the dashboard. */
  async function signIn(context: BrowserContext, user: User): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${origin}/admin/sign-in`);
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${origin}/admin`);
    return page;
  }

  for (const width of WIDTHS) {
    it(`every admin page in Arabic at ${width} px: right to left, axe clean, nothing wider than the screen`, async () => {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 780 : 900 }, bypassCSP: true });
      try {
        const page = await signIn(context, arabicEditor);
        assert.equal(await page.locator('h1').innerText(), 'لوحة التحكم');
        for (const [name, path] of Object.entries(pages)) {
          const response = await page.goto(origin + path);
          assert.equal(response?.status(), 200, `${path} status`);
          if (name.startsWith('editor-') && name !== 'editor-new') await page.locator('[data-md-toolbar]:not([hidden])').waitFor();
          const root = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir, css: getComputedStyle(document.body).direction }));
          assert.deepEqual(root, { lang: 'ar', dir: 'rtl', css: 'rtl' }, name);
          assert.equal(await page.locator('h1').count(), 1, `${name} has one h1`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 0, `${name} is ${overflow}px wider than a ${width}px screen`);
          const violations = await seriousAxeViolations(page);
          assert.deepEqual(violations, [], `${name} at ${width}px: ${JSON.stringify(violations, null, 1)}`);
          if (name === 'dashboard' || name === 'translations' || name === 'editor-ar') {
            await page.screenshot({ path: `${SCREENSHOTS}/admin-ar-${name}-${width}.png`, fullPage: true });
          }
        }
      } finally {
        await context.close();
      }
    });
  }

  it('mirrors the Arabic layout: navigation from the right, labels over the right edge of their fields', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await signIn(context, arabicEditor);
      const links = page.locator('.admin-nav a');
      const first = (await links.nth(0).boundingBox())!;
      const second = (await links.nth(1).boundingBox())!;
      assert.ok(first.x > second.x, `the first navigation link (${first.x}) is right of the second (${second.x})`);

      await page.goto(`${origin}/admin/stories/${arabic.id}`);
      const label = (await page.locator('label[for="headline"]').boundingBox())!;
      const field = (await page.locator('#headline').boundingBox())!;
      assert.ok(Math.abs(label.x + label.width - (field.x + field.width)) < 2, 'the label ends where the field ends, on the right');
      assert.equal(await page.getByLabel('العنوان', { exact: true }).evaluate((el) => getComputedStyle(el).direction), 'rtl');
      // The English version keeps left-to-right fields inside the Arabic admin.
      await page.goto(`${origin}/admin/stories/${english.id}`);
      assert.equal(await page.locator('#headline').evaluate((el) => getComputedStyle(el).direction), 'ltr');
      assert.equal(await page.locator('#preview').evaluate((el) => getComputedStyle(el).direction), 'ltr');
    } finally {
      await context.close();
    }
  });

  it('lets an English-speaking editor start an Arabic translation and write it right to left', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await signIn(context, englishEditor);
      const source = await createStory(tdb.runtime.contextFor(userActor(englishEditor)), {
        lang: 'en',
        headline: 'Clinic boats reach island villages',
        body: 'The boats carry a nurse and a midwife.',
        topics: ['health'],
      });
      await page.goto(`${origin}/admin/stories/${source.id}`);
      await page.getByLabel('Translate into').selectOption('ar');
      await page.getByRole('button', { name: 'Start translation' }).click();
      await page.waitForURL(/done=translation-started/);
      assert.match(await page.getByRole('status').first().innerText(), /Translation started/);

      const headline = page.getByLabel('Headline', { exact: true });
      assert.equal(await headline.getAttribute('dir'), 'rtl');
      assert.equal(await headline.getAttribute('lang'), 'ar');
      assert.equal(await headline.evaluate((el) => getComputedStyle(el).direction), 'rtl');
      assert.equal(await page.getByLabel('Body', { exact: true }).evaluate((el) => getComputedStyle(el).direction), 'rtl');
      assert.equal(await page.locator('#preview').evaluate((el) => getComputedStyle(el).direction), 'rtl');
      // The page itself stays English, left to right.
      assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');

      await headline.fill('قوارب العيادات تصل إلى قرى الجزر');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.waitForURL(/done=saved/);
      assert.equal(await page.getByLabel('Headline', { exact: true }).inputValue(), 'قوارب العيادات تصل إلى قرى الجزر');
      // The panel lists both versions, English as the source.
      const panel = page.locator('section.translations');
      assert.match(await panel.innerText(), /English \(en\)/);
      assert.match(await panel.innerText(), /Arabic \(ar\)/);
      await page.screenshot({ path: `${SCREENSHOTS}/admin-en-editor-arabic-story-1280.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });
});
