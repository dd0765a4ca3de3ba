/**
 * A story's hero image everywhere readers and other software meet it: the story page's
 * figure and picture, thumbnails in lists, the sharing card, JSON-LD, RSS and JSON Feed, and
 * Ghost's feature image; the original until variants exist, the variants after.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, pathOf, type TestApp } from '../support/build-test-app.js';
import { photo } from './test-images.js';

describe('hero images on the site, in feeds and in the Ghost API', () => {
  let t: TestApp;
  let hash: string;
  let storyPath: string;
  before(async () => {
    t = await buildTestApp('sqlite');
    const { payload, contentType } = multipart(await photo('jpeg', 2000, 1250));
    const up = await t.app.inject({
      method: 'POST',
      url: '/api/admin/v1/media',
      headers: { authorization: `Bearer ${t.adminKey}`, 'content-type': contentType },
      payload,
    });
    assert.equal(up.statusCode, 201, up.body);
    const media = up.json().media;
    hash = media.hash;
    await t.admin('PATCH', `/media/${media.id}`, {
      alt: { en: 'Fishing boats pulled up on a beach at sunrise' },
      caption: { en: 'Boats wait out the storm at Saint-Louis.' },
      credit: 'Dateline/Illustration',
    });
    const story = await t.publishStoryAt('2026-03-18T10:00:00.000Z', {
      headline: 'Fishers wait out the storm',
      topics: ['climate'],
      heroMediaId: media.id,
      heroCredit: 'Dateline/Illustration (story credit)',
    });
    storyPath = pathOf(story);
  });
  after(async () => {
    await t.close();
  });

  it('shows the original until the variants exist: never a broken image', async () => {
    const html = (await t.get(storyPath)).body;
    assert.match(html, new RegExp(`<img src="/media/${hash}/original\\.jpg"`));
    assert.doesNotMatch(html, /<source/);
  });

  it('leads the story with a figure: AVIF, WebP and JPEG srcsets with sizes, width and height, caption and credit', async () => {
    await t.database.runtime.jobs.runDueJobs();
    const html = (await t.get(storyPath)).body;
    const figure = /<figure class="hero">([\s\S]*?)<\/figure>/.exec(html)?.[1];
    assert.ok(figure, 'a hero figure');
    assert.match(figure, new RegExp(`<source type="image/avif" srcset="/media/${hash}/w320\\.avif 320w, [^"]*/w1600\\.avif 1600w" sizes="\\(min-width: 48rem\\) 46rem, calc\\(100vw - 2rem\\)"`));
    assert.match(figure, /<source type="image\/webp" srcset="[^"]*w480\.webp 480w/);
    const img = /<img [^>]*>/.exec(figure)?.[0] ?? '';
    assert.match(img, /src="\/media\/[0-9a-f]+\/w960\.jpg"/);
    assert.match(img, /srcset="[^"]*w320\.jpg 320w[^"]*w1600\.jpg 1600w"/);
    assert.match(img, /width="2000" height="1250"/);
    assert.match(img, /alt="Fishing boats pulled up on a beach at sunrise"/);
    assert.match(img, /loading="eager"/);
    assert.match(img, /fetchpriority="high"/);
    assert.match(figure, /<figcaption class="hero__caption">Boats wait out the storm at Saint-Louis\. <span class="hero__credit">Dateline\/Illustration \(story credit\)<\/span><\/figcaption>/);
  });

  it('gives the sharing card (1200 × 630) to OpenGraph, Twitter and JSON-LD', async () => {
    const html = (await t.get(storyPath)).body;
    const card = `https://news.example.org/media/${hash}/share-500-500.jpg`;
    assert.match(html, new RegExp(`<meta property="og:image" content="${card}"`));
    assert.match(html, /<meta property="og:image:width" content="1200"/);
    assert.match(html, /<meta property="og:image:height" content="630"/);
    assert.match(html, /<meta property="og:image:alt" content="Fishing boats pulled up on a beach at sunrise"/);
    assert.match(html, new RegExp(`<meta name="twitter:image" content="${card}"`));
    const ld = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    const article = ld.find((d) => d['@type'] === 'NewsArticle');
    assert.equal(article.image[0].url, card);
  });

  it('shows thumbnails from small variants on the home and section pages, lazily below the first screen', async () => {
    const home = (await t.get('/en/')).body;
    const lead = /<section class="home__lead"[\s\S]*?<\/section>/.exec(home)?.[0] ?? '';
    assert.match(lead, /<picture class="teaser__image">/);
    assert.match(lead, /<img [^>]* alt[ =]/);
    assert.doesNotMatch(lead, /alt="[^"]/, "a thumbnail repeats its headline: empty alt");
    assert.doesNotMatch(lead, /w1280|w1600/, 'thumbnails stop at 960 px');
    const section = (await t.get('/en/topic/climate')).body;
    const img = /<picture class="teaser__image">[\s\S]*?(<img [^>]*>)/.exec(section)?.[1] ?? '';
    assert.match(img, /loading="lazy"/);
    assert.match(img, /decoding="async"/);
    assert.match(section, /sizes="14rem"/);
  });

  it('puts the picture in RSS (media:content, enclosure), JSON Feed (image) and Ghost (feature_image)', async () => {
    const rss = (await t.get('/en/feed.xml')).body;
    assert.match(rss, new RegExp(`<media:content url="https://news\\.example\\.org/media/${hash}/w1280\\.jpg" medium="image" type="image/jpeg" width="1280" height="800">`));
    assert.match(rss, /<media:description type="plain">Fishing boats pulled up on a beach at sunrise<\/media:description>/);
    assert.match(rss, /<media:credit>Dateline\/Illustration \(story credit\)<\/media:credit>/);
    assert.match(rss, /<enclosure url="[^"]*w1280\.jpg" length="\d+" type="image\/jpeg"/);
    const feed = JSON.parse((await t.get('/en/feed.json')).body);
    assert.equal(feed.items[0].image, `https://news.example.org/media/${hash}/w1280.jpg`);
    const key = await contentKey(t);
    const ghost = await t.get(`/ghost/api/content/posts/?key=${key}`, { 'accept-version': 'v5.0' });
    const post = ghost.json().posts[0];
    assert.equal(post.feature_image, `https://news.example.org/media/${hash}/w1600.jpg`);
    assert.equal(post.feature_image_alt, 'Fishing boats pulled up on a beach at sunrise');
    assert.equal(post.feature_image_caption, 'Boats wait out the storm at Saint-Louis.');
  });

  it('writes valid HTML (Nu Html Checker) for pages with pictures', async (ctx) => {
    if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) {
      if (process.env.CI) assert.fail('java is required in CI to check HTML validity');
      return ctx.skip('java is not installed: HTML validity not checked');
    }
    const dir = mkdtempSync(join(tmpdir(), 'dateline-media-html-'));
    try {
      const files = [];
      for (const [name, path] of [['story.html', storyPath], ['home.html', '/en/'], ['section.html', '/en/topic/climate']] as const) {
        files.push(join(dir, name));
        writeFileSync(join(dir, name), (await t.get(path)).body);
      }
      const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
      const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', timeout: 120_000 });
      const errors = (JSON.parse(run.stderr) as { messages: Array<{ type: string; message: string; url?: string }> }).messages.filter((m) => m.type !== 'info');
      assert.deepEqual(errors.map((m) => `${m.url?.split('/').pop()}: ${m.message}`), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refreshes the published page when the picture is described anew', async () => {
    const media = (await t.admin('GET', '/media')).json().media[0];
    await t.admin('PATCH', `/media/${media.id}`, { alt: { en: 'Boats on the sand under a grey sky' } });
    const html = (await t.get(storyPath)).body;
    assert.match(html, /alt="Boats on the sand under a grey sky"/);
  });
});

function multipart(bytes: Buffer) {
  const boundary = '----datelinehero';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="boats.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
  return { payload: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function contentKey(t: TestApp): Promise<string> {
  const { createApiKey } = await import('../../src/services/api-keys.js');
  return (await createApiKey(t.database.runtime.contextFor(), { name: 'ghost', scope: 'content' })).key;
}
