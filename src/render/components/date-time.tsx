/** A moment shown as a date in the page's language, with the exact time for machines. */
import { formatDate } from '../i18n/format.js';

/** `<time datetime="ISO">18 March 2026</time>`, the date in `lang`, in UTC. */
export function DateTime({ lang, date }: { lang: string; date: Date }) {
  return <time datetime={date.toISOString()}>{formatDate(lang, date)}</time>;
}
