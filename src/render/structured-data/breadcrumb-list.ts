/** The JSON-LD trail from the home page to a page (Home › Climate › the story). */
import type { BreadcrumbList, WithContext } from 'schema-dts';

/** The BreadcrumbList of a page; the last crumb is the page itself. */
export function breadcrumbList(crumbs: ReadonlyArray<{ name: string; url: string }>): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
  };
}
