/**
 * One story in six languages on the reader site: every version links all the others and
 * `x-default` (reciprocally) with the right lang and dir, the language switcher leads to the
 * translation or, where there is none, to that language's home, and non-Latin slugs work.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { storyPath, type Story } from '../../src/domain/story.js';
import { createStory } from '../../src/services/create-story.js';
import { publishStory } from '../../src/services/publish-story.js';
import { buildTestApp, type TestApp } from '../support/build-test-app.js';

const ORIGIN = 'https://news.example.org';

const VERSIONS: Record<string, { headline: string; dir: 'ltr' | 'rtl' }> = {
  en: { headline: 'Rains return to the Sahel', dir: 'ltr' },
  fr: { headline: 'Les pluies reviennent au Sahel', dir: 'ltr' },
  es: { headline: 'Las lluvias vuelven al Sahel', dir: 'ltr' },
  ar: { headline: 'عودة الأمطار إلى الساحل', dir: 'rtl' },
  zh: { headline: '萨赫勒地区迎来降雨', dir: 'ltr' },
  ru: { headline: 'В Сахель вернулись дожди', dir: 'ltr' },
};

/** The `<link rel="alternate" hreflang>` links of a page, by hreflang. */
function alternatesOf(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)) out[m[1]!] = m[2]!;
  return out;
}

/** The language switcher's links, by language. */
function switcherOf(html: string): Record<string, string> {
  const nav = /<nav class="language-nav"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
  const out: Record<string, string> = {};
  for (const m of nav.matchAll(/<a href="([^"]+)" lang="([^"]+)"/g)) out[m[2]!] = m[1]!.replace(/&amp;/g, '&');
  return out;
}

describe('a story in six languages', () => {
  let t: TestApp;
  const paths: Record<string, string> = {};
  let lonely: Story;

  before(async () => {
    t = await buildTestApp('sqlite', { DATELINE_LANGUAGES: 'en,fr,es,ar,zh,ru' });
    const ctx = t.database.runtime.contextFor();
    let group: string | undefined;
    for (const [lang, v] of Object.entries(VERSIONS)) {
      const draft = await createStory(ctx, {
        lang,
        headline: v.headline,
        body: `${v.headline}.`,
        topics: ['climate'],
        ...(group ? { translationGroupId: group } : {}),
      });
      group ??= draft.translationGroupId;
      const published = await publishStory(ctx, { id: draft.id });
      paths[lang] = storyPath(published);
    }
    lonely = await publishStory(ctx, {
      id: (await createStory(ctx, { lang: 'en', headline: 'Only in English', body: 'Text.', topics: ['climate'] })).id,
    });
  });
  after(() => t.close());

  it('serves every version at its address, non-Latin slugs included, with the right lang and dir', async () => {
    assert.match(paths.ar!, /^\/ar\/story\/\d{4}\/\d{2}\/%D8%B9/, 'the Arabic slug is percent-encoded in the path');
    assert.match(paths.zh!, /%E8%90%A8/);
    for (const [lang, v] of Object.entries(VERSIONS)) {
      const res = await t.get(paths[lang]!);
      assert.equal(res.statusCode, 200, paths[lang]);
      assert.ok(res.body.includes(`<html lang="${lang}" dir="${v.dir}">`), `${lang} lang/dir`);
      assert.ok(res.body.includes(v.headline));
    }
  });

  it('links all six versions and x-default from every version, reciprocally', async () => {
    const expected = Object.fromEntries(Object.entries(paths).map(([lang, path]) => [lang, ORIGIN + path]));
    for (const lang of Object.keys(VERSIONS)) {
      const alternates = alternatesOf((await t.get(paths[lang]!)).body);
      assert.deepEqual({ ...alternates, 'x-default': undefined }, { ...expected, 'x-default': undefined }, `${lang} alternates`);
      assert.equal(alternates['x-default'], ORIGIN + paths.en, 'x-default is the default language version');
    }
  });

  it('switches to the same story in each other language', async () => {
    const switcher = switcherOf((await t.get(paths.fr!)).body);
    assert.deepEqual(Object.keys(switcher).sort(), ['ar', 'en', 'es', 'ru', 'zh']);
    for (const [lang, href] of Object.entries(switcher)) {
      assert.equal(href, `/language/${lang}?next=${encodeURIComponent(paths[lang]!)}`);
      const pick = await t.get(href);
      assert.equal(pick.statusCode, 303);
      assert.equal(pick.headers.location, paths[lang], 'the router accepts the link it made');
      assert.equal((await t.get(String(pick.headers.location))).statusCode, 200);
    }
  });

  it("falls back to a language's home when the story has no translation there", async () => {
    const html = (await t.get(storyPath(lonely))).body;
    assert.deepEqual(alternatesOf(html), {}, 'a story in one language has no alternates');
    const switcher = switcherOf(html);
    assert.equal(switcher.fr, `/language/fr?next=${encodeURIComponent('/fr/')}`);
    assert.equal(switcher.ar, `/language/ar?next=${encodeURIComponent('/ar/')}`);
  });

  it('links every language home from every home, with x-default on the negotiating front door', async () => {
    const alternates = alternatesOf((await t.get('/ru/')).body);
    assert.equal(alternates.en, `${ORIGIN}/en/`);
    assert.equal(alternates.zh, `${ORIGIN}/zh/`);
    assert.equal(alternates['x-default'], `${ORIGIN}/`);
  });

  it('refreshes the switcher of cached versions when a translation is withdrawn', async () => {
    const before = switcherOf((await t.get(paths.en!)).body);
    assert.equal(before.es, `/language/es?next=${encodeURIComponent(paths.es!)}`);
    const ctx = t.database.runtime.contextFor();
    const { unpublishStory } = await import('../../src/services/unpublish-story.js');
    const { listStories } = await import('../../src/services/list-stories.js');
    const spanish = (await listStories(ctx, { lang: 'es', page: 1, limit: 5 })).items[0]!;
    await unpublishStory(ctx, { id: spanish.id });
    const afterHtml = (await t.get(paths.en!)).body;
    assert.equal(switcherOf(afterHtml).es, `/language/es?next=${encodeURIComponent('/es/')}`);
    assert.equal(alternatesOf(afterHtml).es, undefined);
  });
});
