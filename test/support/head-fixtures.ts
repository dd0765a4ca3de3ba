/**
 * Reader pages with everything the syndication work puts in `<head>`: feed links, OpenGraph
 * and Twitter meta, and JSON-LD (NewsArticle, BreadcrumbList, CollectionPage, WebSite), built
 * with the same render functions the site uses, for the HTML validity suite.
 */
import { breadcrumbList } from '../../src/render/structured-data/breadcrumb-list.js';
import { collectionPage } from '../../src/render/structured-data/collection-page.js';
import { newsArticle } from '../../src/render/structured-data/news-article.js';
import { webSite } from '../../src/render/structured-data/website.js';
import type { FeedLink, HomePageModel, SectionPageModel, StoryPageModel } from '../../src/render/view-models.js';
import { homePageFixture, sectionPageFixture, storyPageFixture } from './render-fixtures.js';

const SITE = 'https://news.example.org';
const PUBLISHER = { name: 'Dateline World', url: `${SITE}/`, logo: { url: `${SITE}/assets/logo.0a1b2c3d4e5f.png`, width: 512, height: 512 } };
const CARD = { url: `${SITE}/assets/share.0a1b2c3d4e5f.png`, width: 1200, height: 630 };

function feeds(base: string, title: string): FeedLink[] {
  return [
    { type: 'application/rss+xml', title: `${title} (RSS)`, href: `${SITE}${base}/feed.xml` },
    { type: 'application/atom+xml', title: `${title} (Atom)`, href: `${SITE}${base}/feed.atom` },
    { type: 'application/feed+json', title: `${title} (JSON Feed)`, href: `${SITE}${base}/feed.json` },
  ];
}

/** The full story page with its head: a headline with `<` tests the JSON-LD escaping in a real document. */
export function storyPageWithHeadFixture(): StoryPageModel {
  const model = storyPageFixture();
  model.headline = 'Early rains give Sahel farmers a second planting season </script><b>';
  const url = `${SITE}${model.chrome.path}`;
  model.chrome = {
    ...model.chrome,
    head: {
      feeds: feeds('/en', 'Dateline World'),
      share: {
        type: 'article',
        title: model.headline,
        description: model.standfirst,
        url,
        siteName: 'Dateline World',
        lang: 'en',
        image: { ...CARD, alt: 'Dateline World' },
        article: {
          publishedTime: model.publishedAt,
          modifiedTime: model.updatedAt ?? model.publishedAt,
          section: 'Climate',
          tags: ['agriculture', 'rainfall'],
          authors: [`${SITE}/en/author/amadou-issaka`],
        },
      },
      structuredData: [
        newsArticle({
          url,
          headline: model.headline,
          description: model.standfirst,
          datePublished: model.publishedAt,
          dateModified: model.updatedAt ?? model.publishedAt,
          authors: [{ name: 'Amadou Issaka', url: `${SITE}/en/author/amadou-issaka` }],
          publisher: PUBLISHER,
          images: [CARD],
          lang: 'en',
          sections: ['Climate', 'Food security'],
          keywords: ['Climate', 'agriculture'],
          datelinePlace: model.datelinePlace,
          corrections: model.corrections,
        }),
        breadcrumbList([
          { name: 'Dateline World', url: `${SITE}/en/` },
          { name: 'Climate', url: `${SITE}/en/topic/climate` },
          { name: model.headline, url },
        ]),
      ],
    },
  };
  return model;
}

/** A section page with its feeds, card and CollectionPage. */
export function sectionPageWithHeadFixture(): SectionPageModel {
  const model = sectionPageFixture();
  const url = `${SITE}${model.chrome.path}`;
  model.chrome = {
    ...model.chrome,
    head: {
      feeds: [...feeds('/en/topic/climate', 'Climate — Dateline World'), ...feeds('/en', 'Dateline World')],
      share: { type: 'website', title: 'Climate', description: 'Climate: the latest stories.', url, siteName: 'Dateline World', lang: 'en', image: { ...CARD, alt: 'Dateline World' } },
      structuredData: [
        collectionPage({
          url,
          name: 'Climate',
          description: 'Climate: the latest stories.',
          lang: 'en',
          siteUrl: `${SITE}/en/`,
          stories: model.stories.map((s) => ({ url: `${SITE}${s.href}`, headline: s.headline })),
        }),
        breadcrumbList([{ name: 'Dateline World', url: `${SITE}/en/` }, { name: 'Climate', url }]),
      ],
    },
  };
  return model;
}

/** The home page with its feeds, card and WebSite. */
export function homePageWithHeadFixture(): HomePageModel {
  const model = homePageFixture();
  model.chrome = {
    ...model.chrome,
    head: {
      feeds: feeds('/en', 'Dateline World'),
      share: { type: 'website', title: 'Dateline World', description: 'The latest news.', url: `${SITE}/en/`, siteName: 'Dateline World', lang: 'en', image: null },
      structuredData: [webSite({ url: `${SITE}/en/`, name: 'Dateline World', description: 'The latest news.', lang: 'en', publisher: PUBLISHER })],
    },
  };
  return model;
}
