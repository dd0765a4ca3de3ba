/**
 * The analysis in the product: every save enqueues an `analyze-story` job in its own
 * transaction; the job stores entities shared across stories (and languages), quotes and
 * suggestions; editors' decisions on suggestions hold across later analyses. The job runner
 * is driven with runDueJobs on a manual clock.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Actor } from '../../src/domain/actor.js';
import { ForbiddenError, NotFoundError, RevisionConflictError, ValidationError } from '../../src/domain/errors.js';
import { ANALYZE_STORY, analyzeJobKey, type StorySuggestion } from '../../src/domain/story-analysis.js';
import type { Story } from '../../src/domain/story.js';
import { analyzeStory } from '../../src/services/analyze-story.js';
import type { ServiceContext } from '../../src/services/context.js';
import { createStory } from '../../src/services/create-story.js';
import { decideSuggestion } from '../../src/services/decide-suggestion.js';
import { enqueueUnanalysedStories } from '../../src/services/enqueue-unanalysed-stories.js';
import { getEntityPage } from '../../src/services/get-entity-page.js';
import { getStoryAnalysis } from '../../src/services/get-story-analysis.js';
import { getStory } from '../../src/services/get-story.js';
import { listEntities } from '../../src/services/list-entities.js';
import { listStorySuggestions } from '../../src/services/list-story-suggestions.js';
import { publishStory } from '../../src/services/publish-story.js';
import { updateStory } from '../../src/services/update-story.js';
import { createJobRepository } from '../../src/store/job-repository.js';
import { DROUGHT, FRENCH_BORDER, PRICES, type StoryText } from '../support/analysis-stories.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';
import { manualClock } from './manual-clock.js';
import { seedNewsroom } from './newsroom.js';

forEachDialect('story analysis', (dialect) => {
  const clock = manualClock('2026-03-18T09:00:00.000Z');
  let tdb: TestDatabase;
  let ctx: ServiceContext;

  async function published(text: StoryText, lang = 'en'): Promise<Story> {
    const draft = await createStory(ctx, { lang, ...text });
    return publishStory(ctx, { id: draft.id, revision: draft.revision });
  }

  async function runJobs(): Promise<void> {
    const summary = await tdb.runtime.jobs.runDueJobs();
    assert.equal(summary.failed + summary.retried, 0, 'no job failed');
  }

  function suggestion(list: StorySuggestion[], kind: StorySuggestion['kind'], label: string): StorySuggestion {
    const found = list.find((s) => s.kind === kind && s.label === label);
    assert.ok(found, `a ${kind} suggestion "${label}" among ${list.map((s) => `${s.kind}:${s.label}`).join(', ')}`);
    return found;
  }

  before(async () => {
    tdb = await createTestDatabase(dialect, { DATELINE_LANGUAGES: 'en,fr' }, clock.now);
    await seedNewsroom(tdb.runtime.database.db);
    ctx = tdb.runtime.contextFor();
  });
  after(async () => {
    await tdb.dispose();
  });

  it('is enqueued by every save, in the save’s transaction, one pending job per story', async () => {
    const jobs = createJobRepository(tdb.runtime.database.db);
    const draft = await createStory(ctx, { lang: 'en', ...DROUGHT });
    const [job] = await jobs.listByKey(analyzeJobKey(draft.id));
    assert.equal(job?.kind, ANALYZE_STORY);
    assert.deepEqual(job?.payload, { storyId: draft.id });
    assert.equal(job?.finishedAt, null);

    const edited = await updateStory(ctx, { id: draft.id, revision: draft.revision, fields: { standfirst: 'Herders move south.' } });
    assert.equal((await jobs.listByKey(analyzeJobKey(draft.id))).length, 1, 'the pending job is left: it reads the latest text');

    await runJobs();
    const analysis = await getStoryAnalysis(ctx, draft.id);
    assert.equal(analysis.record?.revision, edited.revision, 'the analysis describes the latest revision');
    await assert.rejects(
      updateStory(ctx, { id: draft.id, revision: draft.revision, fields: { headline: 'Stale' } }),
      RevisionConflictError,
    );
    const after = await jobs.listByKey(analyzeJobKey(draft.id));
    assert.deepEqual(after.map((j) => j.outcome), ['done'], 'a save that failed enqueued nothing');
    await updateStory(ctx, { id: draft.id, revision: edited.revision, fields: { standfirst: DROUGHT.standfirst } });
    assert.equal((await jobs.listByKey(analyzeJobKey(draft.id))).length, 2, 'a save after the job ran enqueues a new one');
  });

  it('links two stories that quote the same person to one shared entity, with her quotes', async () => {
    clock.set('2026-03-18T10:00:00.000Z');
    const first = await published(DROUGHT);
    const second = await published(PRICES);
    await runJobs();

    const a = await getStoryAnalysis(ctx, first.id);
    const b = await getStoryAnalysis(ctx, second.id);
    const personIn = (x: typeof a) => x.entities.find((e) => e.entity.type === 'person' && e.entity.name === 'Amina Diallo');
    const inA = personIn(a);
    const inB = personIn(b);
    assert.ok(inA && inB, 'both stories name her');
    assert.equal(inA.entity.id, inB.entity.id, 'one entity, shared');
    assert.equal(inA.entity.slug, 'amina-diallo');
    assert.match(inA.role ?? '', /spokesperson/);
    const wfp = a.entities.find((e) => e.entity.name === 'World Food Programme');
    assert.ok(wfp, 'the agency is an entity');
    assert.ok(wfp.entity.aliases.includes('WFP'), 'the acronym is a lasting alias');
    assert.equal(b.entities.find((e) => e.entity.name === 'World Food Programme')?.entity.id, wfp.entity.id);
    assert.ok(!inA.entity.aliases.includes('Ms. Diallo'), 'a name that only works inside one story is not kept');

    assert.deepEqual(
      a.quotes.map((q) => [q.speaker?.id, q.position]),
      [[inA.entity.id, 0], [inA.entity.id, 1]],
    );
    assert.equal(b.quotes[0]?.text.startsWith('We are running out of time'), true);
    assert.deepEqual(a.record?.dates.find((d) => d.text === 'on Tuesday'), { text: 'on Tuesday', start: '2026-03-17', end: '2026-03-17' });

    const page = await getEntityPage(ctx, { type: 'person', slug: 'amina-diallo', lang: 'en', page: 1, limit: 20 });
    assert.deepEqual(new Set(page.stories.items.map((s) => s.id)), new Set([first.id, second.id]));
    assert.equal(page.quotes.length, 3);
    assert.match(page.role ?? '', /spokesperson/);

    // Analysing again replaces the story's analysis rather than adding to it.
    await analyzeStory(ctx, first.id);
    const again = await getStoryAnalysis(ctx, first.id);
    assert.equal(again.entities.length, a.entities.length);
    assert.equal(again.quotes.length, a.quotes.length);
    assert.equal(again.suggestions.length, a.suggestions.length);
  });

  it('shares places across languages and keeps the name each language uses', async () => {
    clock.set('2026-03-18T11:00:00.000Z');
    const french = await published(FRENCH_BORDER, 'fr');
    await runJobs();
    const ethiopia = (await listEntities(ctx, { storyId: french.id })).find((e) => e.entity.name === 'Ethiopia');
    assert.ok(ethiopia, 'the French story names Ethiopia');
    assert.equal(ethiopia.entity.names.fr, 'Éthiopie');
    const english = await getEntityPage(ctx, { type: 'place', slug: 'ethiopia', lang: 'en', page: 1, limit: 20 });
    assert.equal(english.entity.id, ethiopia.entity.id, 'the English stories’ Ethiopia');
    const inFrench = await getEntityPage(ctx, { type: 'place', slug: 'ethiopia', lang: 'fr', page: 1, limit: 20 });
    assert.deepEqual(inFrench.stories.items.map((s) => s.id), [french.id], 'each language lists its own stories');
  });

  it('has no reader page for an unknown entity or one named only in drafts', async () => {
    await assert.rejects(getEntityPage(ctx, { type: 'person', slug: 'nobody-at-all', lang: 'en', page: 1, limit: 20 }), NotFoundError);
    await createStory(ctx, { lang: 'en', headline: 'Draft', body: '“It is early days,” said Tomasz Kowalczyk, a spokesperson for the Danube Commission.' });
    await runJobs();
    await assert.rejects(getEntityPage(ctx, { type: 'person', slug: 'tomasz-kowalczyk', lang: 'en', page: 1, limit: 20 }), NotFoundError);
  });

  it('remembers a rejection when the story is analysed again', async () => {
    clock.set('2026-03-18T12:00:00.000Z');
    const story = await published(DROUGHT);
    const other = await published(PRICES);
    await runJobs();
    const person = suggestion(await listStorySuggestions(ctx, story.id), 'person', 'Amina Diallo');
    assert.equal(person.reason, 'spokesperson for the World Food Programme; named 2 times; quoted 2 times');

    const decided = await decideSuggestion(ctx, { storyId: story.id, suggestionId: person.id, decision: 'rejected' });
    assert.equal(decided.suggestion.decision, 'rejected');
    assert.equal(decided.suggestion.decidedBy, 'Dateline');
    const now = await getStoryAnalysis(ctx, story.id);
    assert.ok(!now.entities.some((e) => e.entity.id === person.key), 'unlinked at once');
    assert.ok(now.quotes.every((q) => q.speaker === null), 'her quotes are no longer attributed to her here');

    const edited = await getStory(ctx, story.id);
    await updateStory(ctx, { id: story.id, revision: edited.revision, fields: { body: `${DROUGHT.body}\n\n“We will keep counting,” Ms. Diallo added.` } });
    await runJobs();
    const later = await getStoryAnalysis(ctx, story.id);
    assert.equal(later.record?.revision, edited.revision + 1);
    assert.ok(!later.entities.some((e) => e.entity.id === person.key), 'not linked again');
    assert.deepEqual(
      later.suggestions.filter((s) => s.key === person.key).map((s) => s.decision),
      ['rejected'],
      'still rejected, not offered again',
    );
    assert.ok((await listEntities(ctx, { storyId: other.id })).some((e) => e.entity.id === person.key), 'other stories keep her');

    // Changing one's mind: accepting links her again at the next analysis.
    await decideSuggestion(ctx, { storyId: story.id, suggestionId: person.id, decision: 'accepted' });
    await runJobs();
    assert.ok((await listEntities(ctx, { storyId: story.id })).some((e) => e.entity.id === person.key));
  });

  it('files the story under an accepted topic or region and keeps the decisions', async () => {
    clock.set('2026-03-18T13:00:00.000Z');
    const story = await published(DROUGHT);
    await runJobs();
    const list = await listStorySuggestions(ctx, story.id);
    const climate = suggestion(list, 'topic', 'Topic climate');
    assert.match(climate.reason, /drought/);
    const africa = suggestion(list, 'region', 'Region africa');

    const accepted = await decideSuggestion(ctx, { storyId: story.id, suggestionId: climate.id, decision: 'accepted' });
    assert.deepEqual(accepted.story.topics.map((t) => t.slug), ['climate']);
    assert.equal(accepted.story.revision, story.revision + 1, 'through the ordinary update: a new revision');
    await decideSuggestion(ctx, { storyId: story.id, suggestionId: africa.id, decision: 'rejected' });
    assert.deepEqual((await getStory(ctx, story.id)).regions, [], 'a rejected region is not filed');

    await runJobs();
    const after = await listStorySuggestions(ctx, story.id);
    assert.deepEqual(
      after.filter((s) => s.kind === 'topic' || s.kind === 'region').map((s) => [s.key, s.decision]),
      [['climate', 'accepted'], ['africa', 'rejected']],
    );
  });

  it('backfills stories that were never analysed, once', async () => {
    const jobs = createJobRepository(tdb.runtime.database.db);
    await runJobs();
    const old = await createStory(ctx, { lang: 'en', ...PRICES, headline: 'Written before the analysis existed' });
    // As if it had been written before this version: no analysis, nothing pending.
    await jobs.cancelUnfinished(analyzeJobKey(old.id), clock.now());
    assert.equal(await enqueueUnanalysedStories(ctx), 1, 'only the story without an analysis');
    assert.equal(await enqueueUnanalysedStories(ctx), 0, 'its job is pending now');
    await runJobs();
    assert.equal((await getStoryAnalysis(ctx, old.id)).record?.revision, old.revision);
  });

  it('lets only those who may edit the story decide, and names what is wrong', async () => {
    const story = await published(PRICES);
    await runJobs();
    const [first] = await listStorySuggestions(ctx, story.id);
    assert.ok(first);
    const contributor: Actor = { kind: 'user', id: 'u-contributor', label: 'A contributor', role: 'contributor' };
    await assert.rejects(
      decideSuggestion(tdb.runtime.contextFor(contributor), { storyId: story.id, suggestionId: first.id, decision: 'rejected' }),
      ForbiddenError,
    );
    await assert.rejects(decideSuggestion(ctx, { storyId: story.id, suggestionId: first.id, decision: 'maybe' }), (err: unknown) => {
      assert.ok(err instanceof ValidationError);
      assert.match(err.message, /^decision: must be "accepted" or "rejected"/);
      return true;
    });
    await assert.rejects(decideSuggestion(ctx, { storyId: story.id, suggestionId: 'nope', decision: 'accepted' }), NotFoundError);
    assert.equal((await listStorySuggestions(ctx, story.id)).find((s) => s.id === first.id)?.decision, null, 'nothing was recorded');
  });
});
