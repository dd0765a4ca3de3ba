import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './analyze.js';

const REF = '2026-03-18T12:00:00Z';
const names = (text: string, type: string) =>
  analyze({ text, publishedAt: REF })
    .entities.filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();

describe('analyze', () => {
  it('takes an acronym defined in brackets as another name of what precedes it', () => {
    const a = analyze({ text: 'The Lake Basin Water Authority (LBWA) met in Nairobi. The LBWA said rains had failed.', publishedAt: REF });
    const org = a.entities.find((e) => e.type === 'organisation' && e.name === 'Lake Basin Water Authority');
    assert.ok(org);
    assert.ok(org.aliases.includes('LBWA'));
    assert.equal(org.mentions.length, 2);
    assert.equal(a.entities.filter((e) => e.type === 'organisation').length, 1, 'the acronym is not a second organisation');
  });

  it('does not merge a Title Case headline into one long name', () => {
    const text = 'Envoy Amina Osei Meets Farmers As Drought Grips Northern Kenya\n\nSpecial Envoy Amina Osei travelled to Kenya on Tuesday. Ms. Osei met farmers near Lodwar.';
    const people = names(text, 'person');
    assert.deepEqual(people, ['Amina Osei']);
    const a = analyze({ text, publishedAt: REF });
    assert.ok(!a.entities.some((e) => / Meets | As /.test(e.name)), 'no entity spans the headline');
    assert.ok(a.entities.find((e) => e.name === 'Amina Osei')!.mentions.some((m) => m.start < 40), 'the headline mention is found');
  });

  it('gives "X\'s spokesperson said" to the spokesperson, not to X', () => {
    const text =
      'Minister Tomas Varga opened the clinic. His spokesperson Lena Brandt told reporters the work would go on.\n\n' +
      '“We will not stop until every district has one,” Mr. Varga’s spokesperson said in a statement.';
    const [quote] = analyze({ text, publishedAt: REF }).quotes;
    assert.equal(quote?.speaker, 'Lena Brandt');
  });

  it('finds speakers after, before, inverted, by pronoun and in continuation', () => {
    const text = [
      'Director Rosa Mendes visited the camp.',
      '“The need is enormous,” Ms. Mendes said.',
      '“Families arrive every hour,” said Karim Haddad, a nurse at the clinic.',
      'Ms. Mendes added: “We cannot keep up with the demand.”',
      '“Funding is short,” she said. “We have asked donors for more.”',
      'The World Food Programme said: “Rations will be cut next month.”',
    ].join('\n\n');
    const quotes = analyze({ text, publishedAt: REF }).quotes;
    assert.deepEqual(
      quotes.map((q) => [q.speaker, q.attribution]),
      [
        ['Rosa Mendes', 'after'],
        ['Karim Haddad', 'inverted'],
        ['Rosa Mendes', 'before'],
        ['Rosa Mendes', 'pronoun'],
        ['Rosa Mendes', 'continuation'],
        ['World Food Programme', 'before'],
      ],
    );
  });

  it('finds places from the gazetteers and regions from their countries', () => {
    const a = analyze({ text: 'Aid convoys reached Darfur and the Sahel, and officials in Geneva and Addis Ababa met.', publishedAt: REF, datelinePlace: 'NAIROBI' });
    const places = a.entities.filter((e) => e.type === 'place').map((e) => e.name);
    for (const p of ['Darfur', 'Sahel', 'Geneva', 'Addis Ababa', 'Nairobi']) assert.ok(places.includes(p), p);
    assert.equal(a.suggestedRegions[0]?.slug, 'africa');
    assert.match(a.suggestedRegions[0]!.reason, /Darfur/);
  });
});
