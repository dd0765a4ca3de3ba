import type { Kysely } from 'kysely';
import type { Author } from '../domain/story.js';
import type { Tables } from './schema.js';

/** People credited in bylines. */
export function createAuthorRepository(db: Kysely<Tables>) {
  return {
    /** Authors with these slugs, in the order given; unknown slugs are left out. */
    async findBySlugs(slugs: readonly string[]): Promise<Author[]> {
      if (slugs.length === 0) return [];
      const rows = await db.selectFrom('authors').selectAll().where('slug', 'in', slugs).execute();
      const bySlug = new Map(rows.map((r) => [r.slug, r]));
      return slugs.flatMap((s) => bySlug.get(s) ?? []);
    },

    /** One author by slug. */
    async findBySlug(slug: string): Promise<Author | undefined> {
      return db.selectFrom('authors').selectAll().where('slug', '=', slug).executeTakeFirst();
    },

    /** Every author, by name. */
    async listAll(): Promise<Author[]> {
      return db.selectFrom('authors').selectAll().orderBy('name').execute();
    },

    /** Inserts an author, or updates name and bio of the author with that slug. */
    async upsert(author: Author): Promise<Author> {
      const existing = await this.findBySlug(author.slug);
      if (existing) {
        await db.updateTable('authors').set({ name: author.name, bio: author.bio }).where('id', '=', existing.id).execute();
        return { ...author, id: existing.id };
      }
      await db.insertInto('authors').values(author).execute();
      return author;
    },
  };
}

export type AuthorRepository = ReturnType<typeof createAuthorRepository>;
