/** The JSON-LD of a section page: a CollectionPage listing the stories it shows. */
import type { CollectionPage, WithContext } from 'schema-dts';

/** What the section page's structured data says. */
export interface CollectionPageInput {
  url: string;
  name: string;
  description: string;
  lang: string;
  /** The site's home, the WebSite this page is part of. */
  siteUrl: string;
  /** The stories on this page, in order. */
  stories: ReadonlyArray<{ url: string; headline: string }>;
}

/** The CollectionPage of a section (or archive) page. */
export function collectionPage(input: CollectionPageInput): WithContext<CollectionPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': input.url,
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: input.lang,
    isPartOf: { '@type': 'WebSite', '@id': `${input.siteUrl}#website`, url: input.siteUrl },
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: input.stories.map((s, i) => ({ '@type': 'ListItem', position: i + 1, url: s.url, name: s.headline })),
    },
  };
}
