/**
 * Ghost's `tags` (topics and tags as public tags; regions and story types as internal `#`
 * tags) and `authors`, with `include=count.posts`, `filter` (id, slug, name, visibility),
 * `order`, `limit` and `page`; read by id or `slug/{slug}`. Names are in the site's default
 * language; tags of a post (in `posts?include=tags`) are named in the post's language.
 */
import type { FastifyInstance } from 'fastify';
import { NotFoundError } from '../../../domain/errors.js';
import { presentGhostAuthor, type GhostAuthorJson } from '../../../render/json/ghost-author.js';
import { presentGhostTag, type GhostTagJson } from '../../../render/json/ghost-tag.js';
import { listContentAuthors } from '../../../services/list-content-authors.js';
import { listContentTerms } from '../../../services/list-content-terms.js';
import type { AppDeps } from '../../build-app.js';
import { browseCollection } from './ghost-collection.js';
import { keepFields, readGhostOptions, type GhostOptions } from './ghost-query.js';
import { ghostGet } from './ghost-route.js';

/** Routes of `tags` and `authors`. */
export function ghostTaxonomyRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { siteUrl, languages } = deps.config;
  const lang = languages[0]!;

  const loadTags = async (): Promise<GhostTagJson[]> => {
    const bySlug = new Map<string, GhostTagJson>();
    for (const term of await listContentTerms(deps.contextFor())) {
      const tag = presentGhostTag(term, lang, siteUrl, term.stories);
      // A topic and a tag with the same slug are one Ghost tag (slugs are unique in Ghost); topics come first.
      if (!bySlug.has(tag.slug)) bySlug.set(tag.slug, tag);
    }
    return [...bySlug.values()];
  };
  const loadAuthors = async (): Promise<GhostAuthorJson[]> =>
    (await listContentAuthors(deps.contextFor())).map(({ author, stories }) => presentGhostAuthor(author, lang, siteUrl, stories));

  /** Counts only on request (`include=count.posts`), then `fields`. */
  const shape = <T extends { count?: { posts: number } }>(item: T, options: GhostOptions): Partial<T> => {
    const copy = { ...item };
    if (!options.include.has('count.posts')) delete copy.count;
    return keepFields(copy, options.fields, options.include.has('count.posts') ? ['count'] : []);
  };

  const collection = <T extends { id: string; slug: string; name: string; count?: { posts: number } }>(
    name: 'tags' | 'authors',
    load: () => Promise<T[]>,
    what: string,
  ) => {
    ghostGet(app, `/${name}`, async (request) => {
      const options = readGhostOptions(request.query);
      const { page, pagination } = browseCollection(await load(), options, deps.contextFor().clock(), 'name asc');
      return { [name]: page.map((item) => shape(item, options)), meta: { pagination } };
    });
    const read = async (test: (item: T) => boolean, query: unknown, described: string) => {
      const options = readGhostOptions(query);
      const found = (await load()).find(test);
      if (!found) throw new NotFoundError(`no ${what} ${described} with published stories`);
      return { [name]: [shape(found, options)] };
    };
    ghostGet<{ slug: string }>(app, `/${name}/slug/:slug`, async (request) =>
      read((item) => item.slug === request.params.slug, request.query, `"${request.params.slug}"`),
    );
    ghostGet<{ id: string }>(app, `/${name}/:id`, async (request) =>
      read((item) => item.id === request.params.id, request.query, `with id ${request.params.id}`),
    );
  };

  collection('tags', loadTags, 'tag');
  collection('authors', loadAuthors, 'author');
}
