/**
 * Dates, months and lists in a page's language. Intl formatters are costly to build, so each
 * is made on first use per language and kept; every later page reuses it. Dates are shown in
 * UTC so that a page reads the same wherever it is rendered or cached.
 */

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const monthFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/** Builds a formatter for `lang`, or for English when `lang` is not a usable language tag. */
function cached<F>(cache: Map<string, F>, lang: string, make: (lang: string) => F): F {
  let format = cache.get(lang);
  if (!format) {
    try {
      format = make(lang);
    } catch {
      format = make('en');
    }
    cache.set(lang, format);
  }
  return format;
}

/** A date written out in `lang` ("18 March 2026", "١٨ مارس ٢٠٢٦"), in UTC. */
export function formatDate(lang: string, date: Date): string {
  return cached(dateFormats, lang, (l) => new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: 'UTC' })).format(date);
}

const MONTH = /^(\d{4})-(\d{2})$/;

/** A `yyyy-mm` month written out in `lang` ("March 2026"); anything else is returned as given. */
export function formatMonth(lang: string, month: string): string {
  const match = MONTH.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  if (Number.isNaN(date.getTime())) return month;
  return cached(monthFormats, lang, (l) => new Intl.DateTimeFormat(l, { year: 'numeric', month: 'long', timeZone: 'UTC' })).format(date);
}

/** True for a `yyyy-mm` month, the form a `<time datetime>` accepts for a month. */
export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/**
 * A list of items joined the way `lang` joins them ("A, B and C"), with each item kept as the
 * caller's value (a link element, say) and only the separators as strings.
 */
export function joinList<T>(lang: string, items: readonly T[]): Array<string | T> {
  const format = cached(listFormats, lang, (l) => new Intl.ListFormat(l, { style: 'long', type: 'conjunction' }));
  // Format stand-in names, then put each item back where its stand-in is.
  const parts = format.formatToParts(items.map((_, i) => String(i)));
  return parts.map((part) => (part.type === 'element' ? items[Number(part.value)]! : part.value));
}
