/** The JSON-LD of a story page: one NewsArticle, as Google's article guidelines ask. */
import type { NewsArticle, Thing, WithContext } from 'schema-dts';
import { imageObject, publisherOrganization, type PublisherInput, type SizedImage } from './publisher.js';

/** What the article's structured data says. */
export interface NewsArticleInput {
  /** The story's canonical URL. */
  url: string;
  headline: string;
  description: string;
  datePublished: Date;
  /** Last change, corrections included. */
  dateModified: Date;
  authors: Array<{ name: string; url: string }>;
  publisher: PublisherInput;
  /** The story's picture, or the publication's card when it has none. */
  images: SizedImage[];
  lang: string;
  /** Names of the story's topics. */
  sections: string[];
  keywords: string[];
  datelinePlace: string | null;
  corrections: ReadonlyArray<{ at: Date; text: string }>;
  /** The people, organisations and places the story is mainly about (its most central). */
  about?: readonly ThingRef[];
  /** The others it names. */
  mentions?: readonly ThingRef[];
}

/** A person, organisation or place, with the URL of its page on the site. */
export interface ThingRef {
  type: 'Person' | 'Organization' | 'Place';
  name: string;
  url: string;
}

/** The NewsArticle of a story. */
export function newsArticle(input: NewsArticleInput): WithContext<NewsArticle> {
  const article: WithContext<NewsArticle> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${input.url}#article`,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    headline: input.headline,
    description: input.description,
    datePublished: input.datePublished.toISOString(),
    dateModified: input.dateModified.toISOString(),
    author: input.authors.map((a) => ({ '@type': 'Person', name: a.name, url: a.url })),
    publisher: publisherOrganization(input.publisher),
    image: input.images.map(imageObject),
    inLanguage: input.lang,
    isAccessibleForFree: true,
  };
  // A story without a byline is the publication's own.
  if (input.authors.length === 0) article.author = publisherOrganization(input.publisher);
  if (input.sections.length > 0) article.articleSection = input.sections;
  if (input.keywords.length > 0) article.keywords = input.keywords.join(', ');
  if (input.datelinePlace) article.dateline = input.datelinePlace;
  if (input.about && input.about.length > 0) article.about = input.about.map(thing);
  if (input.mentions && input.mentions.length > 0) article.mentions = input.mentions.map(thing);
  if (input.corrections.length > 0) {
    article.correction = input.corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.at.toISOString() }));
  }
  return article;
}

function thing(ref: ThingRef): Thing {
  return { '@type': ref.type, name: ref.name, url: ref.url } as Thing;
}
