/**
 * The newsroom's workflow in Chromium, end to end: a contributor writes and submits a story, an
 * editor (in another browser context) sends it back with a comment the writer then sees, the
 * writer resubmits, the editor schedules it a few seconds ahead, the job runner publishes it at
 * that time, and a reader finds it on the home page and on its topic page.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { chromiumAvailable, launchChromium } from '../support/browser.js';
import { signIn, startNewsroomServer, storyIdOf, type NewsroomServer } from './newsroom-server.js';

const HEADLINE = 'Fishing cooperative wins fight over river access';

/** A `datetime-local` value for `date` as a clock in a zone `offsetMinutes` ahead of UTC shows it. */
function wallTime(date: Date, offsetMinutes: number): string {
  return new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
}

describe('newsroom workflow in Chromium', { skip: !chromiumAvailable() }, () => {
  let server: NewsroomServer;
  let browser: Browser;

  before(async () => {
    server = await startNewsroomServer();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('takes a story from a contributor through review and a schedule to readers', async () => {
    const writerContext = await browser.newContext();
    // The editor works in India (UTC+05:30): the time they type is their own, not the server's.
    const editorContext = await browser.newContext({ timezoneId: 'Asia/Kolkata' });
    const readerContext = await browser.newContext();
    try {
      // A contributor writes and submits.
      const writer = await signIn(writerContext, server, 'contributor');
      await writer.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'New story' }).click();
      await writer.getByLabel('Headline').fill(HEADLINE);
      await writer.getByLabel('Standfirst').fill('A court says the village may keep fishing the lower river.');
      await writer.getByLabel('Body', { exact: true }).fill('The cooperative has fished the river for decades.\n\nThe ruling came on Tuesday.');
      await writer.getByLabel('Topics').fill('climate');
      await writer.getByRole('button', { name: 'Save' }).click();
      await writer.waitForURL(/\/admin\/stories\/[0-9a-f]{24}\?done=created$/);
      const id = storyIdOf(writer);
      assert.equal(await writer.getByRole('button', { name: 'Publish' }).count(), 0, 'a contributor has no Publish button');
      await writer.getByRole('button', { name: 'Submit for review' }).click();
      await writer.waitForURL(/done=submitted/);
      assert.match(await writer.getByRole('status').first().innerText(), /Submitted for review/);

      // An editor sends it back with a comment.
      const editor = await signIn(editorContext, server, 'editor');
      const review = await editor.getByRole('link', { name: HEADLINE }).first();
      await review.click();
      await editor.waitForURL(new RegExp(`/admin/stories/${id}$`));
      await editor.getByLabel('Comment').fill('Please add what the court said about the dam.');
      await editor.getByRole('button', { name: 'Send back' }).click();
      await editor.waitForURL(/done=sent-back/);

      // The writer sees the comment, adds the paragraph and submits again.
      await writer.goto(`${server.origin}/admin/stories/${id}`);
      const comment = writer.getByRole('complementary', { name: 'Changes requested' });
      assert.match(await comment.innerText(), /Please add what the court said about the dam\./);
      assert.match(await comment.innerText(), /Eli Editor/);
      const body = writer.getByLabel('Body', { exact: true });
      await body.fill(`${await body.inputValue()}\n\nThe court said the dam may not cut the river's flow below its summer level.`);
      await writer.getByRole('button', { name: 'Submit for review' }).click();
      await writer.waitForURL(/done=submitted/);

      // The editor schedules it a few seconds ahead, in their own time zone.
      await editor.goto(`${server.origin}/admin/stories/${id}`);
      // A whole second: the form keeps no milliseconds, so the story is due exactly at `at`.
      const at = new Date(Math.ceil((Date.now() + 6000) / 1000) * 1000);
      await editor.getByLabel('Schedule for').fill(wallTime(at, 330));
      await editor.getByRole('button', { name: 'Schedule', exact: true }).click();
      await editor.waitForURL(/done=scheduled/);
      assert.match(await editor.locator('.workflow__status').innerText(), /Scheduled/);
      const hint = await editor.locator('#scheduleFor-hint').innerText();
      assert.match(hint, /Asia\/(Kolkata|Calcutta)/, 'the hint names the editor’s time zone');

      // Before its time, readers cannot see it.
      const reader = await readerContext.newPage();
      await reader.goto(`${server.origin}/en/`);
      assert.equal(await reader.getByText(HEADLINE).count(), 0, 'not public before its time');

      // The scheduled time passes; the job runner publishes it; readers find it.
      const deadline = Date.now() + 20_000;
      for (;;) {
        await reader.goto(`${server.origin}/en/`);
        if ((await reader.getByRole('link', { name: HEADLINE }).count()) > 0) break;
        assert.ok(Date.now() < deadline, 'the story was published within a few seconds of its time');
        await reader.waitForTimeout(250);
      }
      assert.ok(Date.now() >= at.getTime() - 500, 'not published before its time');
      await reader.goto(`${server.origin}/en/topic/climate`);
      await reader.getByRole('link', { name: HEADLINE }).first().click();
      assert.equal(await reader.locator('h1').innerText(), HEADLINE);
      assert.match(await reader.locator('main').innerText(), /the dam may not cut the river’s flow/);

      // The editor's page now says it is published.
      await editor.goto(`${server.origin}/admin/stories/${id}`);
      assert.match(await editor.locator('.workflow__status').innerText(), /Published/);
    } finally {
      await writerContext.close();
      await editorContext.close();
      await readerContext.close();
    }
  });
});
