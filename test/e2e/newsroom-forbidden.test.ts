/**
 * A contributor's limits, in Chromium and on the Admin API: the editor offers them no Publish
 * button, a form forced to publish anyway gets the 403 page naming the roles that may, and
 * their personal access token gets a 403 from the API for the same step.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { userActor } from '../../src/domain/user.js';
import { createPersonalToken } from '../../src/services/create-personal-token.js';
import { createStory } from '../../src/services/create-story.js';
import { chromiumAvailable, launchChromium } from '../support/browser.js';
import { signIn, startNewsroomServer, storyIdOf, type NewsroomServer } from './newsroom-server.js';

describe('a contributor’s forbidden actions', { skip: !chromiumAvailable() }, () => {
  let server: NewsroomServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let storyId: string;

  before(async () => {
    server = await startNewsroomServer();
    browser = await launchChromium();
    context = await browser.newContext();
    page = await signIn(context, server, 'contributor');
    await page.goto(`${server.origin}/admin/stories/new`);
    await page.getByLabel('Headline').fill('Market prices steady');
    await page.getByLabel('Body', { exact: true }).fill('Prices held for a third week.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/done=created/);
    storyId = storyIdOf(page);
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('offers no Publish, Schedule or Unpublish button to a contributor', async () => {
    const buttons = await page.locator('button[name="intent"]').allInnerTexts();
    assert.deepEqual(buttons, ['Save', 'Submit for review']);
    assert.equal(await page.getByLabel('Embargo until').isEditable(), false, 'only editors set embargoes');
  });

  it('answers a form forced to publish with the 403 page naming who may', async () => {
    // What someone could do with the developer tools: add the missing button and press it.
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.type = 'submit';
      button.name = 'intent';
      button.value = 'publish';
      button.textContent = 'Forced publish';
      document.querySelector('form[data-editor]')!.append(button);
    });
    const [response] = await Promise.all([page.waitForEvent('response', (r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Forced publish' }).click()]);
    assert.equal(response.status(), 403);
    await page.waitForLoadState();
    assert.equal(await page.locator('h1').innerText(), 'You may not do that');
    assert.match(await page.getByRole('alert').innerText(), /Only editor or admin may publish a story; you are contributor\./);
  });

  it('refuses another writer’s story and the admin pages', async () => {
    const ctx = server.tdb.runtime.contextFor(userActor(server.people.editor));
    const theirs = await createStory(ctx, { lang: 'en', headline: 'The editor’s own story', body: 'Text.' });
    await page.goto(`${server.origin}/admin/stories/${theirs.id}`);
    assert.deepEqual(await page.locator('button[name="intent"]').allInnerTexts(), []);
    assert.equal(await page.getByLabel('Headline').isEditable(), false);
    for (const path of ['/admin/users', '/admin/audit']) {
      const response = await page.goto(`${server.origin}${path}`);
      assert.equal(response?.status(), 403, path);
      assert.match(await page.getByRole('alert').innerText(), /Only admin may/);
    }
  });

  it('gets 403 from the Admin API with the contributor’s personal token', async () => {
    const { token } = await createPersonalToken(server.tdb.runtime.contextFor(), { userId: server.people.contributor.id });
    const api = (method: string, path: string, body?: unknown) =>
      fetch(`${server.origin}/api/admin/v1${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const publish = await api('POST', `/stories/${storyId}/publish`);
    assert.equal(publish.status, 403);
    const refusal = (await publish.json()) as { error: { code: string; message: string } };
    assert.equal(refusal.error.code, 'forbidden');
    assert.match(refusal.error.message, /only editor or admin may publish a story; you are contributor/);
    assert.equal((await api('POST', `/stories/${storyId}/schedule`, { at: new Date(Date.now() + 3_600_000).toISOString() })).status, 403);
    // What a contributor may do, the token may do too: their own draft goes to review.
    assert.equal((await api('POST', `/stories/${storyId}/submit`)).status, 200);
  });
});
