/**
 * `/api/content/v1/{topics,regions,tags,types,authors}`: the terms and authors of published
 * stories, with how many each has, listed (filtered with `filter` on id, slug and name, paged)
 * and read by id or slug. A term only drafts use is not listed.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { matchesFilter, parseContentFilter, TERM_FILTER_FIELDS } from '../../../domain/content-filter.js';
import { NotFoundError } from '../../../domain/errors.js';
import { presentContentAuthor, presentContentTerm, type ContentAuthorJson, type ContentTermJson } from '../../../render/json/content-story.js';
import { listContentAuthors } from '../../../services/list-content-authors.js';
import { listContentTerms, type ContentTerm } from '../../../services/list-content-terms.js';
import type { AppDeps } from '../../build-app.js';
import { COMMON_ERRORS, ContentAuthorJson as AuthorSchema, ContentTermJson as TermSchema, ErrorJson, keyQuery, listEnvelope, pageQuery, paginationOf } from './content-schemas.js';

const DEFAULT_LIMIT = 15;

const ListQuery = Type.Object(
  {
    ...keyQuery,
    lang: Type.Optional(Type.String({ description: 'Name them in this language and count only its stories (default: the site language, all stories)' })),
    filter: Type.Optional(Type.String({ description: "Ghost's NQL on id, slug and name, e.g. `slug:[climate,health]`" })),
    ...pageQuery('Items'),
  },
  { additionalProperties: false },
);

const ReadQuery = Type.Object(
  { ...keyQuery, lang: Type.Optional(Type.String({ description: 'Name it in this language and count only its stories' })) },
  { additionalProperties: false },
);

const COLLECTIONS: ReadonlyArray<{ path: string; single: string; kind: ContentTerm['kind']; what: string }> = [
  { path: 'topics', single: 'topic', kind: 'topic', what: 'Topics (the main sections)' },
  { path: 'regions', single: 'region', kind: 'region', what: 'Regions of the world' },
  { path: 'tags', single: 'tag', kind: 'tag', what: 'Free-form tags' },
  { path: 'types', single: 'type', kind: 'type', what: 'Story types (news, feature, interview, …)' },
];

/** Routes of the taxonomies and the authors. */
export const contentTaxonomyRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const { siteUrl, languages } = deps.config;
  const nameLang = (lang: string | undefined) => lang ?? languages[0]!;
  const scope = (lang: string | undefined) => (lang === undefined ? {} : { lang });

  for (const c of COLLECTIONS) {
    const load = async (lang: string | undefined): Promise<ContentTermJson[]> => {
      const terms = await listContentTerms(deps.contextFor(), { ...scope(lang), kinds: [c.kind] });
      return terms.map((term) => presentContentTerm(term, nameLang(lang), siteUrl));
    };
    const readOne = async (lang: string | undefined, test: (t: ContentTermJson) => boolean, what: string) => {
      const found = (await load(lang)).find(test);
      if (!found) throw new NotFoundError(`no ${c.single} ${what} with published stories`);
      return { [c.single]: found };
    };
    const envelope = Type.Object({ [c.single]: TermSchema });

    app.get(
      `/${c.path}`,
      {
        schema: {
          summary: `List ${c.path}`,
          description: `${c.what} that published stories are filed under, by slug, with how many stories each has.`,
          tags: ['taxonomy'],
          querystring: ListQuery,
          response: { 200: listEnvelope(c.path, TermSchema, `The ${c.path} of this page`), ...COMMON_ERRORS },
        },
      },
      async (request, reply) => {
        const { lang, filter, page = 1, limit = DEFAULT_LIMIT } = request.query;
        const parsed = parseContentFilter(filter, TERM_FILTER_FIELDS, deps.contextFor().clock());
        const all = (await load(lang)).filter((t) => matchesFilter(parsed, { id: t.id, slug: t.slug, name: t.name, visibility: 'public' }));
        // Sent rather than returned: the list's name varies with the collection, which the schema types cannot follow.
        return reply.send({ [c.path]: all.slice((page - 1) * limit, page * limit), meta: { pagination: paginationOf(page, limit, all.length) } } as never);
      },
    );

    app.get(
      `/${c.path}/:id`,
      {
        schema: {
          summary: `Read a ${c.single} by id`,
          tags: ['taxonomy'],
          params: Type.Object({ id: Type.String({ description: `Identifier of the ${c.single}` }) }),
          querystring: ReadQuery,
          response: { 200: envelope, ...COMMON_ERRORS, 404: ErrorJson },
        },
      },
      async (request) => readOne(request.query.lang, (t) => t.id === request.params.id, `with id ${request.params.id}`),
    );

    app.get(
      `/${c.path}/slug/:slug`,
      {
        schema: {
          summary: `Read a ${c.single} by slug`,
          tags: ['taxonomy'],
          params: Type.Object({ slug: Type.String({ description: `Slug of the ${c.single}` }) }),
          querystring: ReadQuery,
          response: { 200: envelope, ...COMMON_ERRORS, 404: ErrorJson },
        },
      },
      async (request) => readOne(request.query.lang, (t) => t.slug === request.params.slug, `"${request.params.slug}"`),
    );
  }

  const loadAuthors = async (lang: string | undefined): Promise<ContentAuthorJson[]> =>
    (await listContentAuthors(deps.contextFor(), scope(lang))).map(({ author, stories }) => presentContentAuthor(author, stories, nameLang(lang), siteUrl));
  const readAuthor = async (lang: string | undefined, test: (a: ContentAuthorJson) => boolean, what: string) => {
    const found = (await loadAuthors(lang)).find(test);
    if (!found) throw new NotFoundError(`no author ${what} with published stories`);
    return { author: found };
  };
  const AuthorEnvelope = Type.Object({ author: AuthorSchema });

  app.get(
    '/authors',
    {
      schema: {
        summary: 'List authors',
        description: 'People in the bylines of published stories, by name, with how many stories each has.',
        tags: ['authors'],
        querystring: ListQuery,
        response: { 200: listEnvelope('authors', AuthorSchema, 'The authors of this page'), ...COMMON_ERRORS },
      },
    },
    async (request, reply) => {
      const { lang, filter, page = 1, limit = DEFAULT_LIMIT } = request.query;
      const parsed = parseContentFilter(filter, TERM_FILTER_FIELDS, deps.contextFor().clock());
      const all = (await loadAuthors(lang)).filter((a) => matchesFilter(parsed, { id: a.id, slug: a.slug, name: a.name, visibility: 'public' }));
      return reply.send({ authors: all.slice((page - 1) * limit, page * limit), meta: { pagination: paginationOf(page, limit, all.length) } } as never);
    },
  );

  app.get(
    '/authors/:id',
    {
      schema: {
        summary: 'Read an author by id',
        tags: ['authors'],
        params: Type.Object({ id: Type.String({ description: 'Identifier of the author' }) }),
        querystring: ReadQuery,
        response: { 200: AuthorEnvelope, ...COMMON_ERRORS, 404: ErrorJson },
      },
    },
    async (request) => readAuthor(request.query.lang, (a) => a.id === request.params.id, `with id ${request.params.id}`),
  );

  app.get(
    '/authors/slug/:slug',
    {
      schema: {
        summary: 'Read an author by slug',
        tags: ['authors'],
        params: Type.Object({ slug: Type.String({ description: 'Slug of the author' }) }),
        querystring: ReadQuery,
        response: { 200: AuthorEnvelope, ...COMMON_ERRORS, 404: ErrorJson },
      },
    },
    async (request) => readAuthor(request.query.lang, (a) => a.slug === request.params.slug, `"${request.params.slug}"`),
  );
};
