import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './analyze.js';
import type { Analysis } from './types.js';

const REF = '2026-03-18T12:00:00Z';
const run = (text: string, extra: { headline?: string; datelinePlace?: string } = {}): Analysis => analyze({ text, lang: 'en', publishedAt: REF, ...extra });
const names = (a: Analysis, type: string) =>
  a.entities
    .filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();
const speakers = (a: Analysis) => a.quotes.map((q) => q.speaker);

describe('analyze', () => {
  it('gives the shapes of the issue: entities, quotes and dates with ISO days', () => {
    const a = run('Envoy Amina Osei said on Monday: "We will return next week."');
    const osei = a.entities.find((e) => e.name === 'Amina Osei')!;
    assert.equal(osei.type, 'person');
    assert.equal(osei.role, 'Envoy');
    assert.deepEqual(osei.mentions.map((m) => [m.start, m.end]), [[6, 16]]);
    assert.deepEqual(a.quotes.map((q) => [q.text, q.speaker, q.speakerRole]), [['We will return next week.', 'Amina Osei', 'Envoy']]);
    assert.deepEqual(
      a.dates.map((d) => [d.text, d.start, d.end]),
      [
        ['on Monday', '2026-03-16', '2026-03-16'],
        ['next week', '2026-03-23', '2026-03-29'],
      ],
    );
    assert.throws(() => analyze({ text: 'x', lang: 'en', publishedAt: 'soon' }), /publishedAt "soon" is not a date/);
  });

  it('takes an acronym defined in brackets, or "known by its initials", as another name', () => {
    const a = run('The Lake Basin Water Authority (LBWA) met in Nairobi. The LBWA said rains had failed. The Coastal Relief Network, known by its French initials RCS, agreed.');
    const lbwa = a.entities.find((e) => e.name === 'Lake Basin Water Authority')!;
    assert.ok(lbwa.aliases.includes('LBWA'));
    assert.equal(lbwa.mentions.length, 2);
    assert.ok(a.entities.find((e) => e.name === 'Coastal Relief Network')?.aliases.includes('RCS'));
    assert.deepEqual(names(a, 'organisation'), ['Coastal Relief Network', 'Lake Basin Water Authority']);
  });

  it('reads the headline too, without merging a Title Case headline into one long name', () => {
    const a = run('Special Envoy Amina Osei travelled to Kenya on Tuesday. Ms. Osei met farmers near Lodwar.', { headline: 'Envoy Amina Osei Meets Farmers As Drought Grips Northern Kenya' });
    assert.deepEqual(names(a, 'person'), ['Amina Osei']);
    assert.ok(!a.entities.some((e) => / Meets | As /.test(e.name)), 'no entity spans the headline');
    const headlineMention = a.entities.find((e) => e.name === 'Amina Osei')!.mentions.find((m) => m.field === 'headline');
    assert.deepEqual([headlineMention?.start, headlineMention?.end], [6, 16], 'headline offsets index the headline');
    assert.ok(a.entities.find((e) => e.name === 'Amina Osei')!.mentions.some((m) => m.field === undefined && m.start === 14), 'body offsets index the text');
  });

  it('finds organisations by descriptor and apposition, and places by the words around them', () => {
    const a = run(
      'The charity Blue Harbour Rescue said its ship docked in Portovesme, while Tarsila, the regional water regulator, warned of shortages. ' +
        'Trucks reached the towns of Bekoji and Dodola, and the roads to Gomole were cut near the Sembo dam in the Kaffa valley.',
    );
    assert.deepEqual(names(a, 'organisation'), ['Blue Harbour Rescue', 'Tarsila']);
    for (const place of ['Portovesme', 'Bekoji', 'Dodola', 'Gomole', 'Sembo dam', 'Kaffa valley']) assert.ok(names(a, 'place').includes(place), place);
    assert.deepEqual(names(a, 'person'), []);
  });

  it('states roles as written, from titles, role nouns and appositions', () => {
    const a = run(
      'Kenya\'s Cabinet Secretary for Water, Jane Wairimu, opened the plant. Peter Odhiambo, a herder from Wajir, watched. ' +
        'Its lead engineer, Grace Mutua, said the pumps worked. Foreign Minister Tomas Varga was not there.',
    );
    const role = (name: string) => a.entities.find((e) => e.name === name)?.role;
    assert.equal(role('Jane Wairimu'), 'Cabinet Secretary for Water');
    assert.equal(role('Peter Odhiambo'), 'herder from Wajir');
    assert.equal(role('Grace Mutua'), 'lead engineer');
    assert.equal(role('Tomas Varga'), 'Foreign Minister');
  });

  it('gives "X\'s spokesperson said" to the spokesperson, not to X, and unnamed speakers null', () => {
    const text =
      'Minister Tomas Varga opened the clinic. His spokesperson Lena Brandt told reporters the work would go on.\n\n' +
      '“We will not stop until every district has one,” Mr. Varga’s spokesperson said in a statement.\n\n' +
      'A senior diplomat, speaking on condition of anonymity, said the plan was "dead on arrival".';
    const a = run(text);
    assert.deepEqual(speakers(a), ['Lena Brandt', null]);
    assert.equal(a.quotes[1]?.speakerRole, 'A senior diplomat');
  });

  it('finds speakers after, before, inverted, by pronoun, in continuation, and organisations speaking', () => {
    const text = [
      'Director Rosa Mendes visited the camp.',
      '“The need is enormous,” Ms. Mendes said.',
      '“Families arrive every hour,” said Karim Haddad, a nurse at the clinic.',
      'Ms. Mendes added: “We cannot keep up with the demand.”',
      '“Funding is short,” she said. “We have asked donors for more.”',
      'The World Food Programme said: “Rations will be cut next month.”',
      'Oxfam called the cuts "a disaster" and urged donors to "act before the rains".',
      'Mr. Haddad, who has worked there for a decade, said the clinic was "full every night".',
    ].join('\n\n');
    const a = run(text);
    assert.deepEqual(
      a.quotes.map((q) => [q.speaker, q.attribution]),
      [
        ['Rosa Mendes', 'after'],
        ['Karim Haddad', 'inverted'],
        ['Rosa Mendes', 'before'],
        ['Rosa Mendes', 'pronoun'],
        ['Rosa Mendes', 'continuation'],
        ['World Food Programme', 'before'],
        ['Oxfam', 'before'],
        ['Oxfam', 'before'],
        ['Karim Haddad', 'before'],
      ],
    );
  });

  it('leaves titles and labels in quotation marks out of the quotes', () => {
    const a = run('The report, titled "Walls Without Windows", describes what guards called the "quiet hour". "It was hell," one man said.');
    assert.deepEqual(a.quotes.map((q) => q.text), ['It was hell,']);
    assert.deepEqual(names(a, 'person'), []);
  });

  it('finds places from the gazetteers, and regions from their countries and the dateline', () => {
    const a = run('Aid convoys reached Darfur and the Sahel, and officials in Geneva and Addis Ababa met.', { datelinePlace: 'NAIROBI' });
    const places = names(a, 'place');
    for (const p of ['Darfur', 'Sahel', 'Geneva', 'Addis Ababa']) assert.ok(places.includes(p), p);
    assert.ok(!places.includes('Nairobi'), 'the dateline is an entity only where the text names it');
    assert.equal(a.suggestedRegions[0]?.slug, 'africa');
    assert.match(a.suggestedRegions[0]!.reason, /Darfur/);
    assert.match(a.suggestedRegions[0]!.reason, /dateline Nairobi/);
  });

  it('finds places and dates in the other five languages, and leaves their speakers alone', () => {
    const stories: Record<string, [string, string[], string[]]> = {
      fr: ["L'envoyée est arrivée hier en Russie, puis au Mali le 12 mars 2009.", ['Mali', 'Russia'], ['2010-03-17', '2009-03-12']],
      es: ['La misión llegó ayer a Colombia y el 5 de marzo de 2009 a Venezuela.', ['Colombia', 'Venezuela'], ['2010-03-17', '2009-03-05']],
      ru: ['Посланница вчера прибыла в Россию, а 12 марта 2009 года посетила Казахстан.', ['Kazakhstan', 'Russia'], ['2010-03-17', '2009-03-12']],
      ar: ['وصلت المبعوثة أمس إلى روسيا ثم زارت مصر يوم 12 مارس 2009.', ['Egypt', 'Russia'], ['2010-03-17', '2009-03-12']],
      zh: ['特使昨天抵达俄罗斯，2009年3月12日访问了埃及。', ['Egypt', 'Russia'], ['2010-03-17', '2009-03-12']],
    };
    for (const [lang, [text, places, days]] of Object.entries(stories)) {
      const a = analyze({ text, lang, publishedAt: '2010-03-18T12:00:00Z' });
      assert.deepEqual(names(a, 'place'), places, lang);
      assert.deepEqual(a.entities.filter((e) => e.type !== 'place'), [], lang);
      assert.deepEqual(a.dates.map((d) => d.start), days, lang);
      for (const e of a.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text, lang);
    }
  });
});
