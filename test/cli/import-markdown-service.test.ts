import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { ServiceContext } from '../../src/services/context.js';
import { importMarkdownStory, type StoryImportResult } from '../../src/services/import-markdown.js';
import { listRevisions } from '../../src/services/list-revisions.js';
import { createTermRepository } from '../../src/store/term-repository.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from '../support/for-each-dialect.js';

function file(front: string, body = 'The body of the story.'): string {
  return `---\n${front.trim()}\n---\n${body}\n`;
}

function ok(result: StoryImportResult) {
  if (!result.ok) assert.fail(`line ${result.problem.line}: ${result.problem.reason}`);
  return result;
}

forEachDialect('importMarkdownStory', (dialect) => {
  let tdb: TestDatabase;
  let ctx: ServiceContext;
  before(async () => {
    tdb = await createTestDatabase(dialect, {}, () => new Date('2026-03-01T12:00:00Z'));
    ctx = tdb.runtime.contextFor();
    await createTermRepository(ctx.db).upsert({ id: 'health0', kind: 'topic', slug: 'health', names: { en: 'Health', fr: 'Santé' } });
  });
  after(async () => {
    await tdb.dispose();
  });

  it('matches an existing topic by its name in any language, without making a new one', async () => {
    const r = ok(await importMarkdownStory(ctx, file('headline: Des vaccins par bateau\nlang: fr\ntopics: [santé]')));
    assert.deepEqual(r.story.topics.map((t) => t.slug), ['health']);
    assert.equal((await createTermRepository(ctx.db).listByKind('topic')).length, 1);
  });

  it('takes a published story off the site when its file says draft, and back at its first date', async () => {
    const published = 'headline: Wells dug by hand\ndate: 2026-01-05T10:00:00Z\nstatus: published';
    const first = ok(await importMarkdownStory(ctx, file(published)));
    assert.equal(first.story.status, 'published');
    const draft = ok(await importMarkdownStory(ctx, file(published.replace('status: published', 'status: draft'))));
    assert.equal(draft.outcome, 'updated');
    assert.equal(draft.story.status, 'unpublished');
    assert.equal(ok(await importMarkdownStory(ctx, file(published.replace('published', 'draft')))).outcome, 'unchanged');
    const again = ok(await importMarkdownStory(ctx, file(published.replace('2026-01-05', '2026-02-20'))));
    assert.equal(again.story.status, 'published');
    assert.equal(again.story.publishedAt?.toISOString(), '2026-01-05T10:00:00.000Z', 'the URL of the story stays');
    assert.deepEqual((await listRevisions(ctx, again.story.id)).map((r) => r.note), [
      'Published', 'Unpublished', 'Published', 'Imported from Markdown',
    ]);
  });

  it('publishes a story without a date at the time of import', async () => {
    const r = ok(await importMarkdownStory(ctx, file('headline: No date given\nstatus: published')));
    assert.equal(r.story.publishedAt?.toISOString(), '2026-03-01T12:00:00.000Z');
  });

  it('creates an author named in full once, and refuses an unknown author slug at its line', async () => {
    const a = ok(await importMarkdownStory(ctx, file('headline: First byline\nauthors: [Léa Fontaine]')));
    const b = ok(await importMarkdownStory(ctx, file('headline: Second byline\nauthors: [léa fontaine, lea-fontaine]')));
    assert.equal(a.story.authors[0]?.id, b.story.authors[0]?.id);
    assert.deepEqual(b.story.authors.map((x) => x.name), ['Léa Fontaine']);
    const bad = await importMarkdownStory(ctx, file('headline: Third byline\nlang: en\nauthors: [nobody-we-know]'));
    assert.deepEqual(bad, {
      ok: false,
      problem: { line: 4, reason: 'authors: unknown author "nobody-we-know"; name a new author in full ("Ines Duarte") to add them' },
    });
  });

  it('points at the key a service refuses', async () => {
    const long = await importMarkdownStory(ctx, file(`lang: en\nheadline: ${'Long '.repeat(80)}`));
    assert.deepEqual(long.ok ? undefined : long.problem, { line: 3, reason: 'headline: must be at most 300 characters' });
    const symbols = await importMarkdownStory(ctx, file('headline: "!!!"'));
    assert.deepEqual(symbols.ok ? undefined : symbols.problem, {
      line: 2,
      reason: 'headline: needs at least one letter or digit to make a slug from',
    });
    const tag = await importMarkdownStory(ctx, file('headline: Tagged\ntags: [fine, "???"]'));
    assert.deepEqual(tag.ok ? undefined : tag.problem, { line: 3, reason: 'tags: "???" has no letter or digit to make a slug from' });
  });
});
