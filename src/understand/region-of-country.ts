/**
 * The five regions Dateline files stories under, and which countries (ISO 3166-1 alpha-2)
 * belong to each. Countries not listed fall in `asia-pacific`; Antarctica in none.
 */

/** Region slugs, as the taxonomy names them. */
export const REGION_SLUGS = ['africa', 'americas', 'asia-pacific', 'europe', 'middle-east'] as const;
/** One of the five regions. */
export type RegionSlug = (typeof REGION_SLUGS)[number];

const MEMBERS: Record<Exclude<RegionSlug, 'asia-pacific'>, string> = {
  africa:
    'DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU YT MA MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW',
  'middle-east': 'BH IR IQ IL JO KW LB OM PS QA SA SY AE YE',
  americas:
    'AI AG AR AW BS BB BZ BM BO BR CA KY CL CO CR CU CW DM DO EC SV FK GF GL GD GP GT GY HT HN JM MQ MX MS NI PA PY PE PR BL KN LC MF PM VC SX SR TT TC US UY VE VG VI BQ',
  europe:
    'AL AD AT BY BE BA BG HR CY CZ DK EE FO FI FR DE GI GR GG HU IS IE IM IT JE XK LV LI LT LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SE CH TR UA GB VA AX GE AM AZ SJ',
};

const REGION_BY_COUNTRY = new Map<string, RegionSlug>();
for (const [region, codes] of Object.entries(MEMBERS) as Array<[RegionSlug, string]>) {
  for (const code of codes.split(' ')) REGION_BY_COUNTRY.set(code, region);
}

/** The region of a country code; null for Antarctica and codes that are not countries. */
export function regionOfCountry(code: string): RegionSlug | null {
  if (code === 'AQ' || !/^[A-Z]{2}$/.test(code)) return null;
  return REGION_BY_COUNTRY.get(code) ?? 'asia-pacific';
}
