/**
 * The design's example story (kept outside the project, at ../shared/seed/ from the repo root)
 * analysed end to end. Only names, dates and speakers are asserted: none of its sentences are
 * copied here. Skipped, with one line, where the file is not present.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { analyze } from '../../src/understand/analyze.js';
import type { Analysis } from '../../src/understand/types.js';

// dist/test/understand/ → the repository root is three levels up.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const seed = resolve(root, '../shared/seed/story-2010-03-18.txt');

describe('the seed story (2010-03-18)', { skip: existsSync(seed) ? false : `no ${seed}: the seed story is not on this machine` }, () => {
  const analysis: Analysis = existsSync(seed) ? analyze({ text: readFileSync(seed, 'utf8'), lang: 'en', publishedAt: '2010-03-18T12:00:00Z' }) : ({} as Analysis);
  const entity = (type: string, name: string) => analysis.entities.find((e) => e.type === type && e.name === name);
  const names = (type: string) => analysis.entities.filter((e) => e.type === type).map((e) => e.name);
  const quoteStarting = (fragment: string) => {
    const q = analysis.quotes.find((x) => x.text.startsWith(fragment));
    assert.ok(q, `a quote starting "${fragment}"`);
    return q;
  };

  it('finds the people with their roles, and no one else', () => {
    assert.deepEqual(names('person').sort(), ['Ban Ki-moon', 'Dmitry Medvedev', 'Farhan Haq', 'Sergey Lavrov']);
    assert.equal(entity('person', 'Ban Ki-moon')?.role, 'Secretary-General');
    assert.match(entity('person', 'Dmitry Medvedev')?.role ?? '', /President$/);
    assert.match(entity('person', 'Sergey Lavrov')?.role ?? '', /Foreign Minister$/);
    assert.equal(entity('person', 'Farhan Haq')?.role, 'spokesperson');
  });

  it('joins "Mr. Ban", "the Secretary-General" and "the UN chief" to Ban Ki-moon', () => {
    const ban = entity('person', 'Ban Ki-moon')!;
    for (const alias of ['Mr. Ban', 'Secretary-General', 'UN chief']) assert.ok(ban.aliases.includes(alias), alias);
    assert.ok(ban.mentions.length >= 10);
    assert.equal(analysis.entities[0]?.id, ban.id, 'the most salient entity');
    assert.ok(entity('person', 'Dmitry Medvedev')!.aliases.includes('Mr. Medvedev'));
  });

  it('finds the organisations, with the acronym defined in brackets', () => {
    for (const name of ['United Nations', 'European Union', 'Middle East Quartet', 'Collective Security Treaty Organization', 'Moscow State Institute of International Relations']) {
      assert.ok(entity('organisation', name), name);
    }
    assert.ok(entity('organisation', 'Collective Security Treaty Organization')!.aliases.includes('CSTO'));
    assert.ok(entity('organisation', 'Collective Security Treaty Organization')!.mentions.length >= 2);
  });

  it('finds the places with their countries', () => {
    const expected: Record<string, string> = { Moscow: 'RU', Russia: 'RU', Israel: 'IL', 'East Jerusalem': 'PS', Gaza: 'PS', 'New York': 'US', Afghanistan: 'AF', Iran: 'IR', Somalia: 'SO', 'United States': 'US' };
    for (const [name, code] of Object.entries(expected)) assert.equal(entity('place', name)?.countryCode, code, name);
    assert.ok(entity('place', "Democratic People's Republic of Korea")?.aliases.includes('DPRK'));
    assert.ok(entity('place', 'Middle East'));
  });

  it('resolves "tomorrow" and "last week" against the publication day', () => {
    const tomorrow = analysis.dates.filter((d) => d.text.toLowerCase() === 'tomorrow');
    assert.ok(tomorrow.length >= 1);
    for (const d of tomorrow) assert.deepEqual([d.start, d.end], ['2010-03-19', '2010-03-19']);
    const lastWeek = analysis.dates.find((d) => d.text.toLowerCase() === 'last week');
    assert.deepEqual([lastWeek?.start, lastWeek?.end], ['2010-03-08', '2010-03-14']);
    for (const d of analysis.dates.filter((x) => /today/i.test(x.text))) assert.deepEqual([d.start, d.end], ['2010-03-18', '2010-03-18']);
    // Offsets point at the words: the text at each date's offset is the date's text.
    const text = readFileSync(seed, 'utf8');
    for (const d of analysis.dates) assert.equal(text.slice(d.offset.start, d.offset.end), d.text);
  });

  it('gives every quote its speaker, the spokesperson included', () => {
    assert.ok(analysis.quotes.length >= 10);
    for (const q of analysis.quotes) assert.notEqual(q.speaker, null, `quote ${analysis.quotes.indexOf(q)} has a speaker`);
    // The first quote is reported by the spokesperson named after it.
    assert.equal(analysis.quotes[0]?.speaker, 'Farhan Haq');
    // "Mr. Ban's spokesperson said": the spokesperson, not Mr. Ban.
    assert.equal(analysis.quotes.at(-1)?.speaker, 'Farhan Haq');
    assert.equal(quoteStarting('Proximity talks').speaker, 'Ban Ki-moon');
    assert.equal(quoteStarting('We need to').attribution, 'pronoun');
    assert.equal(quoteStarting('Meaningful dialogue').attribution, 'continuation');
    const bySpeaker = analysis.quotes.filter((q) => q.speaker === 'Ban Ki-moon').length;
    assert.equal(bySpeaker, analysis.quotes.length - 2);
  });

  it('suggests peace and security, and the Middle East first', () => {
    assert.equal(analysis.suggestedTopics[0]?.slug, 'peace-and-security');
    assert.match(analysis.suggestedTopics[0]!.reason, /keywords: /);
    assert.equal(analysis.suggestedRegions[0]?.slug, 'middle-east');
    assert.ok(analysis.suggestedRegions.some((r) => r.slug === 'europe'));
  });
});
