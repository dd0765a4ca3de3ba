/** A moment in the admin UI: date and time in UTC, which the script rewrites to the reader's own zone. */

const formats = new Map<string, Intl.DateTimeFormat>();

/** The date-time formatter of `lang` (English when the tag is unusable), made once and kept. */
function formatFor(lang: string): Intl.DateTimeFormat {
  let format = formats.get(lang);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' };
    try {
      format = new Intl.DateTimeFormat(lang, options);
    } catch {
      format = new Intl.DateTimeFormat('en', options);
    }
    formats.set(lang, format);
  }
  return format;
}

/** "18 Mar 2026, 09:00 UTC" in `lang`. */
export function formatAdminTime(lang: string, date: Date): string {
  return `${formatFor(lang).format(date)} UTC`;
}

/** `<time>` with the exact instant; `data-local` asks the script to show it in local time. */
export function AdminTime({ lang, date }: { lang: string; date: Date }) {
  return (
    <time datetime={date.toISOString()} data-local="">
      {formatAdminTime(lang, date)}
    </time>
  );
}
