/** One pass through the web app on each database: write through the Admin API, read on the site. */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { buildTestApp, pathOf, type TestApp } from '../support/build-test-app.js';
import { forEachDialect } from '../support/for-each-dialect.js';

forEachDialect('web app smoke', (dialect) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(dialect);
  });
  after(() => t.close());

  it('publishes through the API, shows the story on the site, and takes it down again', async () => {
    assert.deepEqual((await t.get('/healthz')).json(), { status: 'ok' });
    const draft = await t.createStory({ headline: 'Смена времён года', lang: 'ru', topics: ['climate'], regions: ['europe'] });
    const story = await t.publish(draft.id);
    const path = pathOf(story);
    const page = await t.get(path);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes('Смена времён года'));
    for (const section of ['/ru/', '/ru/topic/climate', '/ru/region/europe', '/ru/type/news', path.replace(/\/story\/(\d{4})\/(\d{2})\/.*$/, '/archive/$1/$2')]) {
      const res = await t.get(section);
      assert.equal(res.statusCode, 200, section);
      assert.ok(res.body.includes('Смена времён года'), section);
    }
    const list = (await t.admin('GET', '/stories?status=published')).json();
    assert.equal(list.meta.pagination.total, 1);
    assert.equal((await t.admin('POST', `/stories/${story.id}/unpublish`)).statusCode, 200);
    assert.equal((await t.get(path)).statusCode, 404);
  });
});
