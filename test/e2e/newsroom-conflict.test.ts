/**
 * Two people editing one story in Chromium: the second save is a conflict that shows what
 * changed and keeps the second writer's text; autosave stops at a conflict and says so; text
 * that was never saved comes back after the tab is closed; autosave saves a revision on its own.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { userActor } from '../../src/domain/user.js';
import { createStory } from '../../src/services/create-story.js';
import { getStory } from '../../src/services/get-story.js';
import { chromiumAvailable, launchChromium } from '../support/browser.js';
import { signIn, startNewsroomServer, type NewsroomServer } from './newsroom-server.js';

describe('two people editing one story, in Chromium', { skip: !chromiumAvailable() }, () => {
  let server: NewsroomServer;
  let browser: Browser;
  let first: BrowserContext;
  let second: BrowserContext;
  let editorPage: Page;
  let adminPage: Page;

  /** A new story by the editor; returns its editor path. */
  async function newStory(headline: string): Promise<string> {
    const ctx = server.tdb.runtime.contextFor(userActor(server.people.editor));
    const story = await createStory(ctx, { lang: 'en', headline, body: 'The first paragraph, as filed.' });
    return `${server.origin}/admin/stories/${story.id}`;
  }

  async function storedBody(path: string): Promise<string> {
    return (await getStory(server.tdb.runtime.contextFor(), path.split('/').pop()!)).body;
  }

  before(async () => {
    server = await startNewsroomServer();
    browser = await launchChromium();
    first = await browser.newContext();
    second = await browser.newContext();
    editorPage = await signIn(first, server, 'editor');
    adminPage = await signIn(second, server, 'admin');
  });

  after(async () => {
    await first?.close();
    await second?.close();
    await browser?.close();
    await server?.close();
  });

  it('shows the second save as a conflict with what changed, and loses none of its text', async () => {
    const path = await newStory('Ferry strike ends after talks');
    await editorPage.goto(path);
    await adminPage.goto(path);

    await editorPage.getByLabel('Body', { exact: true }).fill('The strike ended at dawn after the union accepted the offer.');
    await editorPage.getByRole('button', { name: 'Save', exact: true }).click();
    await editorPage.waitForURL(/done=saved/);

    const mine = 'The strike ended late on Sunday, the union said.';
    await adminPage.getByLabel('Body', { exact: true }).fill(mine);
    await adminPage.getByLabel('Dateline place').fill('PIRAEUS');
    await adminPage.getByRole('button', { name: 'Save', exact: true }).click();
    const alert = adminPage.getByRole('alert').filter({ hasText: 'Somebody else saved this story' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /Eli Editor saved revision 2/);
    assert.match(await alert.locator('ins').allInnerTexts().then((t) => t.join(' ')), /dawn/);
    assert.equal(await adminPage.getByLabel('Body', { exact: true }).inputValue(), mine, 'the second writer’s text is still in the field');
    assert.equal(await adminPage.getByLabel('Dateline place').inputValue(), 'PIRAEUS');
    assert.equal(await storedBody(path), 'The strike ended at dawn after the union accepted the offer.', 'nothing was overwritten');

    // Saving again, having seen the changes, is a deliberate choice and goes through.
    await adminPage.getByRole('button', { name: 'Save', exact: true }).click();
    await adminPage.waitForURL(/done=saved/);
    assert.equal(await storedBody(path), mine);
  });

  it('autosaves a few seconds after typing stops', async () => {
    const path = await newStory('Harvest figures revised');
    await editorPage.goto(path);
    await editorPage.getByLabel('Body', { exact: true }).fill('Farmers brought in more grain than forecast.');
    await editorPage.getByRole('status').filter({ hasText: /^Saved at/ }).waitFor({ timeout: 10_000 });
    assert.equal(await storedBody(path), 'Farmers brought in more grain than forecast.');
    assert.equal(await editorPage.locator('#editor input[name="revision"]').inputValue(), '2');
    // A normal save after the autosave uses the new revision: no conflict with itself.
    await editorPage.getByLabel('Standfirst').fill('The ministry raised its estimate.');
    await editorPage.getByRole('button', { name: 'Save', exact: true }).click();
    await editorPage.waitForURL(/done=saved/);
  });

  it('stops autosaving at a conflict, keeps the text in the browser and brings it back after the tab is closed', async () => {
    const path = await newStory('Glacier survey published');
    await editorPage.goto(path);
    const page = await second.newPage();
    await page.goto(path);

    await editorPage.getByLabel('Body', { exact: true }).fill('The glacier lost a tenth of its mass.');
    await editorPage.getByRole('button', { name: 'Save', exact: true }).click();
    await editorPage.waitForURL(/done=saved/);

    const mine = 'Surveyors measured the glacier from the air and on foot.';
    await page.getByLabel('Body', { exact: true }).fill(mine);
    const stopped = page.getByRole('alert').filter({ hasText: 'Automatic saving has stopped' });
    await stopped.waitFor({ timeout: 10_000 });
    assert.equal(await storedBody(path), 'The glacier lost a tenth of its mass.', 'autosave overwrote nothing');

    // The tab is closed without saving; the text is still in this browser.
    await page.close();
    const again = await second.newPage();
    await again.goto(path);
    await again.getByRole('status').filter({ hasText: 'We brought back text you had not saved' }).waitFor();
    assert.equal(await again.getByLabel('Body', { exact: true }).inputValue(), mine);
    // It was typed against revision 1: saving it is a conflict, not an overwrite.
    await again.getByRole('button', { name: 'Save', exact: true }).click();
    await again.getByRole('alert').filter({ hasText: 'Somebody else saved this story' }).waitFor();
    assert.equal(await again.getByLabel('Body', { exact: true }).inputValue(), mine);
    await again.close();
  });

  it('keeps a new story that was never saved, and lets the writer discard it', async () => {
    const page = await second.newPage();
    await page.goto(`${server.origin}/admin/stories/new`);
    await page.getByLabel('Headline').fill('Unsaved headline');
    await page.getByLabel('Body', { exact: true }).fill('Typed, never saved.');
    await page.close();
    const again = await second.newPage();
    await again.goto(`${server.origin}/admin/stories/new`);
    const notice = again.getByRole('status').filter({ hasText: 'We brought back text you had not saved' });
    await notice.waitFor();
    assert.equal(await again.getByLabel('Headline').inputValue(), 'Unsaved headline');
    await again.getByRole('button', { name: 'Discard it' }).click();
    assert.equal(await again.getByLabel('Headline').inputValue(), '');
    await again.reload();
    assert.equal(await again.getByLabel('Headline').inputValue(), '', 'discarded for good');
    await again.close();
  });
});
