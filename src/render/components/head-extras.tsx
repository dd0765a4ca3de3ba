/** The `<head>` elements for feed readers, social networks and search engines. */
import { serializeJsonLd } from '../structured-data/json-ld.js';
import type { HeadExtras, ShareMeta } from '../view-models.js';

/** Feed links, OpenGraph and Twitter meta, and JSON-LD blocks. */
export function HeadExtrasTags({ head }: { head: HeadExtras }) {
  return (
    <>
      {head.feeds.map((feed) => (
        <link rel="alternate" type={feed.type} title={feed.title} href={feed.href} />
      ))}
      {head.share && <ShareTags share={head.share} />}
      {head.structuredData.map((doc) => (
        // A data block, not script: the CSP does not apply and nothing executes; `<` is escaped.
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(doc) }} />
      ))}
    </>
  );
}

function ShareTags({ share }: { share: ShareMeta }) {
  const { image, article } = share;
  return (
    <>
      <meta property="og:type" content={share.type} />
      <meta property="og:title" content={share.title} />
      {share.description !== '' && <meta property="og:description" content={share.description} />}
      <meta property="og:url" content={share.url} />
      <meta property="og:site_name" content={share.siteName} />
      <meta property="og:locale" content={openGraphLocale(share.lang)} />
      {image && <meta property="og:image" content={image.url} />}
      {image && <meta property="og:image:width" content={String(image.width)} />}
      {image && <meta property="og:image:height" content={String(image.height)} />}
      {image && <meta property="og:image:alt" content={image.alt} />}
      {article && <meta property="article:published_time" content={article.publishedTime.toISOString()} />}
      {article && <meta property="article:modified_time" content={article.modifiedTime.toISOString()} />}
      {article?.section && <meta property="article:section" content={article.section} />}
      {article?.authors.map((href) => <meta property="article:author" content={href} />)}
      {article?.tags.map((tag) => <meta property="article:tag" content={tag} />)}
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={share.title} />
      {share.description !== '' && <meta name="twitter:description" content={share.description} />}
      {image && <meta name="twitter:image" content={image.url} />}
      {image && <meta name="twitter:image:alt" content={image.alt} />}
    </>
  );
}

/**
 * OpenGraph's locale, `language_TERRITORY`: the language's most likely territory when the tag
 * names none (`en` → `en_US`, `ar` → `ar_EG`), as Intl's likely-subtags data gives it.
 */
export function openGraphLocale(lang: string): string {
  try {
    const locale = new Intl.Locale(lang).maximize();
    return locale.region ? `${locale.language}_${locale.region}` : locale.language;
  } catch {
    return lang;
  }
}
