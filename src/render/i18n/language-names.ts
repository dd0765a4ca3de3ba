/** Names of languages in themselves, as a language switcher shows them. */

const AUTONYMS: Readonly<Record<string, string>> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
  zh: '中文',
  ru: 'Русский',
  pt: 'Português',
  sw: 'Kiswahili',
  hi: 'हिन्दी',
  ur: 'اردو',
};

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** The name of `lang` written in `lang` itself ("Français" for fr), for any BCP 47 tag. */
export function languageAutonym(lang: string): string {
  const known = AUTONYMS[lang] ?? AUTONYMS[lang.split('-')[0]!.toLowerCase()];
  if (known && !lang.includes('-')) return known;
  if (!displayNames.has(lang)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([lang], { type: 'language' });
    } catch {
      names = null;
    }
    displayNames.set(lang, names);
  }
  const name = displayNames.get(lang)?.of(lang);
  if (!name) return known ?? lang;
  // Intl writes some autonyms in lower case ("français"); a switcher shows them as names.
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
