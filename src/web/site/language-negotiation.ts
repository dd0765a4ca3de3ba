/**
 * Which language a reader gets at `/`: the one they picked before (a cookie set by the
 * language switcher), else the best match of their browser's Accept-Language (RFC 9110
 * §12.5.4, q-values honoured), else the site's default.
 */

/** The cookie that remembers the language a reader picked. */
export const LANGUAGE_COOKIE = 'dateline_lang';

interface LanguageRange {
  tag: string;
  q: number;
  /** Position in the header: ties in q keep the reader's order. */
  order: number;
}

/** The language ranges of an Accept-Language value, best first; `q=0` ranges are dropped. */
export function parseAcceptLanguage(header: string | undefined): string[] {
  if (!header) return [];
  const ranges: LanguageRange[] = [];
  header.split(',').forEach((part, order) => {
    const [rawTag, ...params] = part.trim().split(';');
    const tag = rawTag?.trim().toLowerCase();
    if (!tag || !/^(\*|[a-z]{1,8}(-[a-z0-9]{1,8})*)$/.test(tag)) return;
    let q = 1;
    for (const param of params) {
      const m = /^\s*q\s*=\s*([01](\.\d{0,3})?)\s*$/i.exec(param);
      if (m) q = Number(m[1]);
    }
    if (q > 0) ranges.push({ tag, q, order });
  });
  return ranges.sort((a, b) => b.q - a.q || a.order - b.order).map((r) => r.tag);
}

/**
 * The site language that best serves an Accept-Language value, or null when none fits.
 * A range matches a language with the same tag, or one that shares its primary subtag
 * (`fr-CA` → `fr`, `zh-Hant` → `zh`, `pt` → `pt-BR`); earlier, higher-q ranges win.
 */
export function negotiateLanguage(header: string | undefined, languages: readonly string[]): string | null {
  const available = languages.map((lang) => ({ lang, tag: lang.toLowerCase(), primary: lang.toLowerCase().split('-')[0]! }));
  for (const range of parseAcceptLanguage(header)) {
    if (range === '*') return null;
    const exact = available.find((a) => a.tag === range);
    if (exact) return exact.lang;
    const primary = range.split('-')[0]!;
    const related = available.find((a) => a.primary === primary);
    if (related) return related.lang;
  }
  return null;
}

/** The language remembered in the Cookie header, when it is one of the site's. */
export function rememberedLanguage(cookieHeader: string | undefined, languages: readonly string[]): string | null {
  if (!cookieHeader) return null;
  for (const pair of cookieHeader.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() !== LANGUAGE_COOKIE) continue;
    const value = decodeURIComponent(pair.slice(eq + 1).trim());
    return languages.includes(value) ? value : null;
  }
  return null;
}
