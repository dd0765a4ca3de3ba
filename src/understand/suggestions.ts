/**
 * Suggested topics and regions, each with its reason. Topics come from keyword lists per topic
 * slug (matched on whole lower-case words and phrases); regions come from the countries of the
 * places the story names (and its dateline).
 */
import type { EntityDraft } from './entities.js';
import type { PlaceEntry } from './place-gazetteer.js';
import { regionOfCountry, type RegionSlug } from './region-of-country.js';
import type { Suggestion } from './types.js';

const TOPIC_KEYWORDS: Record<string, string> = {
  climate:
    'climate|climate change|global warming|greenhouse|emissions|carbon|paris agreement|cop26|cop27|cop28|cop29|fossil fuels|renewable|renewables|drought|droughts|heatwave|sea level|sea-level|deforestation|biodiversity|el niño|la niña|unfccc|ipcc|net zero|adaptation|extreme weather',
  health:
    'health|disease|diseases|vaccine|vaccines|vaccination|pandemic|epidemic|outbreak|cholera|malaria|hiv|aids|tuberculosis|polio|measles|ebola|covid-19|covid|hospital|hospitals|medical|doctors|nurses|who|mental health|maternal|malnutrition|unaids|patients',
  'peace-and-security':
    'peace|peacekeeping|peacekeepers|security council|conflict|conflicts|ceasefire|cease-fire|war|military|troops|terrorism|counter-terrorism|terror|violence|attack|attacks|rocket|rockets|disarmament|non-proliferation|nuclear|weapons|armed|militants|offensive|negotiations|peace talks|settlements|mediation|insurgents|hostilities|sanctions',
  'human-rights':
    'human rights|rights|torture|detention|detained|discrimination|freedom of expression|journalists|rapporteur|ohchr|human rights council|refugee rights|execution|executions|death penalty|gender equality|women’s rights|women\'s rights|child labour|trafficking|impunity|accountability|genocide|war crimes',
  'humanitarian-aid':
    'humanitarian|aid|relief|refugees|refugee|displaced|displacement|famine|hunger|food insecurity|food assistance|shelter|emergency|evacuation|unhcr|wfp|ocha|unicef|unrwa|aid workers|civilians|earthquake|floods|flooding|cyclone|disaster|appeal',
  'economic-development':
    'economy|economic|development|poverty|growth|gdp|trade|investment|jobs|employment|unemployment|inflation|debt|finance|financing|sustainable development|sdgs|sdg|infrastructure|industry|agriculture|world bank|imf|unctad|undp|ilo|tourism|markets|exports|imports',
};

// Built once: first word → [phrase words, topic].
const INDEX = new Map<string, Array<{ words: string[]; phrase: string; topic: string }>>();
for (const [topic, list] of Object.entries(TOPIC_KEYWORDS)) {
  for (const phrase of list.split('|')) {
    const words = phrase.split(' ');
    const bucket = INDEX.get(words[0]!) ?? [];
    bucket.push({ words, phrase, topic });
    INDEX.set(words[0]!, bucket);
  }
}

/** Topics whose keywords the text uses, strongest first. */
export function suggestTopics(lowerWords: string[]): Suggestion[] {
  const hits = new Map<string, Map<string, number>>();
  for (let i = 0; i < lowerWords.length; i++) {
    const bucket = INDEX.get(lowerWords[i]!);
    if (!bucket) continue;
    for (const k of bucket) {
      if (k.words.every((w, j) => lowerWords[i + j] === w)) {
        const topic = hits.get(k.topic) ?? new Map<string, number>();
        topic.set(k.phrase, (topic.get(k.phrase) ?? 0) + 1);
        hits.set(k.topic, topic);
      }
    }
  }
  const out: Suggestion[] = [];
  for (const [slug, phrases] of hits) {
    const total = [...phrases.values()].reduce((a, b) => a + b, 0);
    const distinct = phrases.size;
    if (total < 2 && distinct < 2) continue;
    const score = Math.min(1, Math.round((1 - Math.exp(-(total + distinct) / 6)) * 100) / 100);
    const top = [...phrases.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);
    out.push({ slug, score, reason: `keywords: ${top.map(([p, n]) => (n > 1 ? `${p} (${n})` : p)).join(', ')}` });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** Regions of the places named (weighted by mentions) and of the dateline, strongest first. */
export function suggestRegions(places: EntityDraft[], dateline?: PlaceEntry): Suggestion[] {
  const weight = new Map<RegionSlug, number>();
  const evidence = new Map<RegionSlug, string[]>();
  let total = 0;
  const datelineRegion = dateline ? (dateline.region ?? (dateline.countryCode ? regionOfCountry(dateline.countryCode) : null)) : null;
  if (dateline && datelineRegion) {
    total += 1;
    weight.set(datelineRegion, 1);
    evidence.set(datelineRegion, [`dateline ${dateline.name}`]);
  }
  for (const p of places) {
    const region = p.region ?? (p.countryCode ? regionOfCountry(p.countryCode) : null);
    if (!region) continue;
    const n = Math.max(1, p.mentions.length);
    total += n;
    weight.set(region, (weight.get(region) ?? 0) + n);
    const list = evidence.get(region) ?? [];
    list.push(p.countryCode && p.countryCode !== p.name ? `${p.name} (${p.countryCode})` : p.name);
    evidence.set(region, list);
  }
  return [...weight.entries()]
    .map(([slug, w]) => ({ slug, score: Math.round((w / total) * 100) / 100, reason: `places: ${evidence.get(slug)!.slice(0, 6).join(', ')}` }))
    .sort((a, b) => b.score - a.score);
}
