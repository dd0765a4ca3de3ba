import type { Kysely } from 'kysely';
import type { Term, TermKind } from '../domain/story.js';
import type { Tables, TermsTable } from './schema.js';

/** Topics, regions and tags. */
export function createTermRepository(db: Kysely<Tables>) {
  return {
    /** The terms of one kind with these slugs, in the order given; unknown slugs are left out. */
    async findBySlugs(kind: TermKind, slugs: readonly string[]): Promise<Term[]> {
      if (slugs.length === 0) return [];
      const rows = await db.selectFrom('terms').selectAll().where('kind', '=', kind).where('slug', 'in', slugs).execute();
      const bySlug = new Map(rows.map((r) => [r.slug, toTerm(r)]));
      return slugs.flatMap((s) => bySlug.get(s) ?? []);
    },

    /** One term by kind and slug. */
    async findBySlug(kind: TermKind, slug: string): Promise<Term | undefined> {
      const row = await db.selectFrom('terms').selectAll().where('kind', '=', kind).where('slug', '=', slug).executeTakeFirst();
      return row ? toTerm(row) : undefined;
    },

    /** Every term of a kind, by slug. */
    async listByKind(kind: TermKind): Promise<Term[]> {
      const rows = await db.selectFrom('terms').selectAll().where('kind', '=', kind).orderBy('slug').execute();
      return rows.map(toTerm);
    },

    /** Every term of a kind that at least one story visible at `at` in `lang` is filed under, by slug. */
    async listInUse(kind: TermKind, lang: string, at: Date): Promise<Term[]> {
      const iso = at.toISOString();
      const rows = await db
        .selectFrom('terms')
        .selectAll()
        .where('kind', '=', kind)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('story_terms')
              .innerJoin('stories', 'stories.id', 'story_terms.story_id')
              .select('story_terms.term_id')
              .whereRef('story_terms.term_id', '=', 'terms.id')
              .where('stories.lang', '=', lang)
              .where('stories.status', '=', 'published')
              .where('stories.published_at', '<=', iso)
              .where((e) => e.or([e('stories.embargo_until', 'is', null), e('stories.embargo_until', '<=', iso)])),
          ),
        )
        .orderBy('slug')
        .execute();
      return rows.map(toTerm);
    },

    /** Inserts a term, or updates the names of the existing term of that kind and slug. */
    async upsert(term: Term): Promise<Term> {
      const existing = await this.findBySlug(term.kind, term.slug);
      if (existing) {
        const names = { ...existing.names, ...term.names };
        await db.updateTable('terms').set({ names: JSON.stringify(names) }).where('id', '=', existing.id).execute();
        return { ...existing, names };
      }
      await db
        .insertInto('terms')
        .values({ id: term.id, kind: term.kind, slug: term.slug, names: JSON.stringify(term.names) })
        .execute();
      return term;
    },
  };
}

export type TermRepository = ReturnType<typeof createTermRepository>;

/** A terms row as a domain Term. */
export function toTerm(row: TermsTable): Term {
  return { id: row.id, kind: row.kind as TermKind, slug: row.slug, names: JSON.parse(row.names) as Record<string, string> };
}
