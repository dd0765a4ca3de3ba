/** robots.txt: crawl the public site, not the admin or the APIs, and find the sitemaps here. */

/** The robots.txt of a site at `siteUrl` (no trailing slash). */
export function renderRobotsTxt(siteUrl: string): string {
  return [
    'User-agent: *',
    'Disallow: /admin/',
    'Disallow: /api/',
    'Disallow: /ghost/',
    '',
    `Sitemap: ${siteUrl}/sitemap.xml`,
    `Sitemap: ${siteUrl}/sitemap-news.xml`,
    '',
  ].join('\n');
}
