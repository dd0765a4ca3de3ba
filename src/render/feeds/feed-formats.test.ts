import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FeedModel } from './feed-model.js';
import { renderAtomFeed } from './atom-feed.js';
import { renderJsonFeed } from './json-feed.js';
import { renderRssFeed } from './rss-feed.js';
import { newsLanguage } from './sitemaps.js';

const FEED: FeedModel = {
  title: 'Photo — Dateline',
  description: 'Photo: the latest stories from Dateline.',
  lang: 'en',
  siteName: 'Dateline',
  homeUrl: 'https://news.example.org/en/type/photo',
  urls: {
    rss: 'https://news.example.org/en/type/photo/feed.xml',
    atom: 'https://news.example.org/en/type/photo/feed.atom',
    json: 'https://news.example.org/en/type/photo/feed.json',
  },
  updated: new Date('2026-03-18T09:00:00Z'),
  iconUrl: null,
  items: [
    {
      id: 'tag:news.example.org,2026-03-18:story:abc',
      url: 'https://news.example.org/en/story/2026/03/reef',
      title: 'Divers replant a reef',
      summary: '',
      contentHtml: '<p>Fragments of coral &amp; rope.</p>',
      publishedAt: new Date('2026-03-18T08:00:00Z'),
      updatedAt: new Date('2026-03-18T09:00:00Z'),
      authors: [],
      categories: [],
      image: { url: 'https://news.example.org/media/abc/1200.jpg', type: 'image/jpeg', width: 1200, height: 800, length: 81234, alt: 'A diver ties coral to a frame', credit: 'Photo: Ana Ruiz' },
    },
  ],
};

describe('feed renderers', () => {
  it('gives an RSS item with a picture media:content with its description and credit, and an enclosure', () => {
    const rss = renderRssFeed(FEED);
    assert.match(rss, /<media:content url="https:\/\/news\.example\.org\/media\/abc\/1200\.jpg" medium="image" type="image\/jpeg" width="1200" height="800"><media:description type="plain">A diver ties coral to a frame<\/media:description><media:credit>Photo: Ana Ruiz<\/media:credit><\/media:content>/);
    assert.match(rss, /<enclosure url="https:\/\/news\.example\.org\/media\/abc\/1200\.jpg" length="81234" type="image\/jpeg"\/>/);
    assert.ok(!rss.includes('<description></description>') && !rss.includes('<dc:creator'), 'no empty summary, no byline without authors');
    assert.match(rss, /<content:encoded>&lt;p&gt;Fragments of coral &amp;amp; rope\.&lt;\/p&gt;<\/content:encoded>/);
  });

  it('gives Atom an enclosure link and JSON Feed the image', () => {
    assert.match(renderAtomFeed(FEED), /<link rel="enclosure" type="image\/jpeg" href="https:\/\/news\.example\.org\/media\/abc\/1200\.jpg" length="81234"\/>/);
    const json = JSON.parse(renderJsonFeed(FEED));
    assert.equal(json.items[0].image, 'https://news.example.org/media/abc/1200.jpg');
    assert.equal('summary' in json.items[0], false);
  });

  it('writes Google News languages the way Google asks', () => {
    assert.equal(newsLanguage('zh'), 'zh-cn');
    assert.equal(newsLanguage('zh-Hant'), 'zh-tw');
    assert.equal(newsLanguage('pt-BR'), 'pt');
    assert.equal(newsLanguage('ar'), 'ar');
  });
});
