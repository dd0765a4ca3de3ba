import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config/config.js';
import type { Story } from '../../src/domain/story.js';
import { openRuntime } from '../../src/main.js';
import type { ServiceContext } from '../../src/services/context.js';
import { listRevisions } from '../../src/services/list-revisions.js';
import { listStories } from '../../src/services/list-stories.js';
import { getStory } from '../../src/services/get-story.js';
import { createTestDatabase, postgresAvailable, POSTGRES_TEST_URL, type TestDatabase } from '../support/for-each-dialect.js';
import { IMPORT_FIXTURES, runCli, tempSqlite } from './run-cli.js';

const GOOD = ['river-clinic.md', 'seed-bank.md', 'night-school.md'];

/** Every story in the database with its number of revisions, by slug. */
async function storiesIn(ctx: ServiceContext): Promise<Map<string, { story: Story; revisions: number }>> {
  const { items } = await listStories(ctx, { page: 1, limit: 100 });
  const out = new Map<string, { story: Story; revisions: number }>();
  for (const summary of items) {
    out.set(summary.slug, { story: await getStory(ctx, summary.id), revisions: (await listRevisions(ctx, summary.id)).length });
  }
  return out;
}

async function readDatabase(url: string) {
  const runtime = await openRuntime(loadConfig({ DATELINE_DATABASE_URL: url, DATELINE_LOG_LEVEL: 'silent' }));
  try {
    return await storiesIn(runtime.contextFor());
  } finally {
    await runtime.close();
  }
}

describe('dateline import (SQLite)', () => {
  const db = tempSqlite();
  const env = { DATELINE_DATABASE_URL: db.url };
  const dir = join(db.dir, 'stories');
  const files = GOOD.map((f) => join(dir, f));
  before(() => cpSync(IMPORT_FIXTURES, dir, { recursive: true }));
  after(() => db.dispose());

  it('creates a story per file, published ones at their date, with the topics they name', async () => {
    const run = await runCli(['import', ...files], env);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '3 imported (3 created, 0 updated, 0 unchanged), 0 failed\n');
    assert.equal(run.stderr, '', 'no progress in a pipe');

    const stories = await readDatabase(db.url);
    assert.equal(stories.size, 3);
    const clinic = stories.get('a-floating-clinic-reaches-villages-the-road-forgot')!.story;
    assert.equal(clinic.status, 'published');
    assert.equal(clinic.publishedAt?.toISOString(), '2026-01-20T08:15:00.000Z');
    assert.equal(clinic.type, 'feature');
    assert.equal(clinic.featured, true);
    assert.equal(clinic.datelinePlace, 'MOPTI');
    assert.deepEqual(clinic.topics.map((t) => [t.slug, t.names.en]), [['health', 'Health'], ['climate-change', 'Climate change']]);
    assert.deepEqual(clinic.tags.map((t) => t.slug), ['river-transport', 'vaccination']);
    assert.deepEqual(clinic.authors.map((a) => [a.slug, a.name]), [['nadia-osei', 'Nadia Osei']]);
    assert.match(clinic.body, /^The ferry's horn sounds twice/);
    assert.match(clinic.body, /- enough fuel for a nine-day loop$/);

    const seeds = stories.get('une-banque-de-semences-pour-les-collines-seches')!.story;
    assert.equal(seeds.lang, 'fr');
    assert.equal(seeds.status, 'draft');
    assert.equal(seeds.publishedAt, null);
    assert.deepEqual(seeds.topics.map((t) => t.slug), ['climate-change'], 'the slug matched the topic made by the first file');

    const school = stories.get('night-school-after-harvest')!.story;
    assert.equal(school.lang, 'en', 'the default language when the file names none');
    assert.equal(school.publishedAt?.toISOString(), '2026-02-11T13:30:00.000Z');
    assert.deepEqual(school.authors.map((a) => a.slug), ['nadia-osei', 'tomas-ferreira']);
    assert.deepEqual(school.regions.map((r) => [r.slug, r.names.en]), [['asia-pacific', 'Asia Pacific']]);
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await readDatabase(db.url);
    const run = await runCli(['import', ...files], env);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '3 imported (0 created, 0 updated, 3 unchanged), 0 failed\n');
    const now = await readDatabase(db.url);
    for (const [slug, { story, revisions }] of before) {
      assert.equal(now.get(slug)?.revisions, revisions, `${slug}: no new revision`);
      assert.equal(now.get(slug)?.story.updatedAt.getTime(), story.updatedAt.getTime());
    }
  });

  it('updates a changed file as one new revision and publishes a file that became published', async () => {
    const before = await readDatabase(db.url);
    const clinicFile = join(dir, 'river-clinic.md');
    writeFileSync(clinicFile, readFileSync(clinicFile, 'utf8').replace('Twice a month', 'Every fortnight'));
    const seedFile = join(dir, 'seed-bank.md');
    writeFileSync(seedFile, readFileSync(seedFile, 'utf8').replace('status: draft', 'status: published'));

    const run = await runCli(['import', ...files], env);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '3 imported (0 created, 2 updated, 1 unchanged), 0 failed\n');
    const now = await readDatabase(db.url);
    const clinic = now.get('a-floating-clinic-reaches-villages-the-road-forgot')!;
    assert.match(clinic.story.standfirst, /^Every fortnight a converted ferry/);
    assert.equal(clinic.revisions, before.get(clinic.story.slug)!.revisions + 1);
    assert.equal(clinic.story.publishedAt?.toISOString(), '2026-01-20T08:15:00.000Z', 'the URL stays');
    const seeds = now.get('une-banque-de-semences-pour-les-collines-seches')!.story;
    assert.equal(seeds.status, 'published');
    assert.equal(seeds.publishedAt?.toISOString(), '2026-02-03T00:00:00.000Z');
  });

  it('reports each bad file as file:line: reason and imports the others, exit 1', async () => {
    const badYaml = join(dir, 'bad-yaml.md');
    writeFileSync(badYaml, '---\nheadline: Fine\ntopics: [health, climate\nlang: en\n---\nBody.\n');
    const badDate = join(dir, 'bad-date.md');
    writeFileSync(badDate, '---\nheadline: When, exactly?\nlang: en\ndate: 31/12/2025\n---\nBody.\n');
    const badLang = join(dir, 'bad-lang.md');
    writeFileSync(badLang, '---\nheadline: Ein Bericht\nlang: de\n---\nText.\n');
    const noHeadline = join(dir, 'no-headline.md');
    writeFileSync(noHeadline, '---\nlang: en\nstatus: draft\n---\nText without a headline.\n');
    const unknownType = join(dir, 'broken', 'unknown-type.md');
    const noFrontMatter = join(dir, 'broken', 'no-front-matter.md');
    const missing = join(dir, 'missing.md');

    const run = await runCli(['import', files[0]!, unknownType, badYaml, files[1]!, noFrontMatter, badDate, missing, badLang, noHeadline, files[2]!], env);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '3 imported (0 created, 0 updated, 3 unchanged), 7 failed\n');
    const lines = run.stderr.trimEnd().split('\n');
    assert.deepEqual(lines, [
      `${unknownType}:4: type: unknown story type "column"; use one of news, feature, interview, audio, photo, brief`,
      `${badYaml}:4: bad YAML in the front matter: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      `${noFrontMatter}:1: no front matter: the file must start with a line "---", then YAML, then "---"`,
      `${badDate}:4: date: "31/12/2025" is not a date; write it as 2026-03-18 or 2026-03-18T09:30:00Z`,
      `${missing}:1: cannot read the file: no such file`,
      `${badLang}:3: lang: unknown language "de"; this site publishes in en, fr, es, ar, zh, ru`,
      `${noHeadline}:1: headline: is missing; every story needs one`,
    ]);
  });

  it('imports the .md files under a directory', async () => {
    const fresh = tempSqlite();
    try {
      const run = await runCli(['import', '--format', 'md', IMPORT_FIXTURES], { DATELINE_DATABASE_URL: fresh.url });
      assert.equal(run.code, 1, 'the broken fixtures fail');
      assert.equal(run.stdout, '3 imported (3 created, 0 updated, 0 unchanged), 2 failed\n');
      assert.equal((await readDatabase(fresh.url)).size, 3);
    } finally {
      fresh.dispose();
    }
  });
});

describe('dateline import (PostgreSQL)', () => {
  let tdb: TestDatabase | undefined;
  before(async () => {
    if (await postgresAvailable()) tdb = await createTestDatabase('postgres');
    else if (process.env.CI) throw new Error(`PostgreSQL does not answer at ${POSTGRES_TEST_URL}, and CI needs it`);
    else console.log(`# skipped: PostgreSQL does not answer at ${POSTGRES_TEST_URL}`);
  });
  after(async () => {
    await tdb?.dispose();
  });

  it('creates the stories, then finds them unchanged', async () => {
    if (!tdb) return;
    const files = GOOD.map((f) => join(IMPORT_FIXTURES, f));
    const first = await runCli(['import', ...files], { DATELINE_DATABASE_URL: tdb.url });
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout, '3 imported (3 created, 0 updated, 0 unchanged), 0 failed\n');
    const stories = await storiesIn(tdb.runtime.contextFor());
    assert.equal(stories.get('night-school-after-harvest')?.story.publishedAt?.toISOString(), '2026-02-11T13:30:00.000Z');
    assert.equal(stories.get('une-banque-de-semences-pour-les-collines-seches')?.story.lang, 'fr');
    const second = await runCli(['import', ...files], { DATELINE_DATABASE_URL: tdb.url });
    assert.equal(second.stdout, '3 imported (0 created, 0 updated, 3 unchanged), 0 failed\n');
    const again = await storiesIn(tdb.runtime.contextFor());
    for (const [slug, { revisions }] of stories) assert.equal(again.get(slug)?.revisions, revisions, slug);
  });
});
