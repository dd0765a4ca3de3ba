/**
 * `dateline analyze` run as a user runs it: a Markdown story with front matter in, the
 * Analysis as JSON out, with the front matter's date, lang and dateline unless flags override them.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from '../cli/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-analyze-'));
const story = join(dir, 'story.md');
writeFileSync(
  story,
  [
    '---',
    'headline: Relief Chief Visits Flooded Delta As Waters Recede',
    'date: 2024-09-12',
    'lang: en',
    'dateline: DHAKA',
    '---',
    '',
    'The head of the Delta Relief Agency, Nadia Rahman, toured flooded villages near Khulna on Wednesday.',
    '',
    '"The water is going down, but the fields will not be ready this season," Ms. Rahman said. She said tents would arrive next week.',
    '',
  ].join('\n'),
);
after(() => rmSync(dir, { recursive: true, force: true }));

describe('dateline analyze', () => {
  it('prints the analysis of a Markdown story as JSON, dated by its front matter', async () => {
    const run = await runCli(['analyze', story]);
    assert.equal(run.code, 0, run.stderr);
    const analysis = JSON.parse(run.stdout) as {
      lang: string;
      entities: Array<{ type: string; name: string; role?: string; aliases: string[]; mentions: Array<{ start: number; end: number; field?: string }> }>;
      quotes: Array<{ text: string; speaker: string | null; start: number; end: number }>;
      dates: Array<{ text: string; start: string; end: string }>;
      suggestedTopics: unknown[];
      suggestedRegions: Array<{ slug: string; reason: string }>;
    };
    assert.equal(analysis.lang, 'en');
    const rahman = analysis.entities.find((e) => e.name === 'Nadia Rahman');
    assert.equal(rahman?.type, 'person');
    assert.equal(rahman?.role, 'head of the Delta Relief Agency');
    assert.ok(rahman?.aliases.includes('Ms. Rahman'));
    assert.ok(analysis.entities.some((e) => e.type === 'organisation' && e.name === 'Delta Relief Agency'));
    assert.ok(analysis.entities.some((e) => e.type === 'place' && e.name === 'Khulna'));
    assert.ok(!analysis.entities.some((e) => e.name === 'Dhaka'), 'the dateline alone is not an entity');
    assert.deepEqual(analysis.quotes.map((q) => q.speaker), ['Nadia Rahman']);
    assert.deepEqual(
      analysis.dates.map((d) => [d.text, d.start, d.end]),
      [
        ['on Wednesday', '2024-09-11', '2024-09-11'],
        ['next week', '2024-09-16', '2024-09-22'],
      ],
    );
    assert.match(analysis.suggestedRegions[0]?.reason ?? '', /dateline Dhaka/);
  });

  it('lets --date override the front matter, and refuses a date it cannot read', async () => {
    const run = await runCli(['analyze', story, '--date', '2024-09-20']);
    assert.equal(run.code, 0, run.stderr);
    const dates = (JSON.parse(run.stdout) as { dates: Array<{ text: string; start: string }> }).dates;
    assert.equal(dates.find((d) => d.text === 'on Wednesday')?.start, '2024-09-18');
    const bad = await runCli(['analyze', story, '--date', 'yesterday']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--date must look like 2010-03-18, not "yesterday"/);
    const missing = await runCli(['analyze', join(dir, 'nope.md')]);
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /nope\.md: cannot read the file: no such file/);
  });
});
