/**
 * The JSON-LD of a home page: the WebSite and who publishes it. A SearchAction (the sitelinks
 * search box) belongs here once the site has search.
 */
import type { WebSite, WithContext } from 'schema-dts';
import { publisherOrganization, type PublisherInput } from './publisher.js';

/** The WebSite of a language's home page. */
export function webSite(input: { url: string; name: string; description: string; lang: string; publisher: PublisherInput }): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${input.url}#website`,
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: input.lang,
    publisher: publisherOrganization(input.publisher),
  };
}
