/**
 * Ghost's `posts` (our published stories) and `pages` (Dateline has no pages yet: an empty,
 * valid list, and 404 for any one page). Browse answers `{posts, meta: {pagination}}`, read
 * answers `{posts: [post]}` without meta, as Ghost's client expects.
 */
import type { FastifyInstance } from 'fastify';
import { storyPath } from '../../../domain/story.js';
import { NotFoundError } from '../../../domain/errors.js';
import { storyTypeId } from '../../../domain/story-type-id.js';
import { ghostPagination } from '../../../render/json/ghost-pagination.js';
import { presentGhostPost, type GhostPostOptions } from '../../../render/json/ghost-post.js';
import { getContentStory, type ContentStoryAddress } from '../../../services/get-content-story.js';
import { findMediaByIds } from '../../../services/get-media.js';
import { listContentStories, type ContentStory } from '../../../services/list-content-stories.js';
import type { AppDeps } from '../../build-app.js';
import { featureImageOf } from '../../site/picture-view-models.js';
import { ghostGet } from './ghost-route.js';
import { keepFields, readGhostOptions, type GhostOptions } from './ghost-query.js';

/** Hero images of the stories being presented, by media id. */
type Media = Awaited<ReturnType<typeof findMediaByIds>>;

/** Post fields that need the story's body. */
const BODY_FIELDS = ['html', 'plaintext', 'excerpt', 'reading_time'];

/** Routes of `posts` and `pages`. */
export function ghostPostRoutes(app: FastifyInstance, deps: AppDeps): void {
  const siteUrl = deps.config.siteUrl;
  const presentationOf = (options: GhostOptions, media: Media): GhostPostOptions => ({
    siteUrl,
    include: { tags: options.include.has('tags'), authors: options.include.has('authors') },
    formats: options.formats,
    typeId: storyTypeId,
    path: storyPath,
    featureImage: (story) => featureImageOf(story, media, siteUrl),
  });
  const present = (story: ContentStory, options: GhostOptions, media: Media) => {
    const relations = [...(options.include.has('tags') ? ['tags', 'primary_tag'] : []), ...(options.include.has('authors') ? ['authors', 'primary_author'] : [])];
    return keepFields(presentGhostPost(story, presentationOf(options, media)), options.fields, relations);
  };
  const heroesOf = (stories: readonly ContentStory[]) => findMediaByIds(deps.contextFor(), stories.map((s) => s.heroMediaId));
  const needsBody = (options: GhostOptions) => !options.fields || options.fields.some((f) => BODY_FIELDS.includes(f));

  ghostGet(app, '/posts', async (request) => {
    const options = readGhostOptions(request.query);
    const result = await listContentStories(deps.contextFor(), {
      ...(options.filter === undefined ? {} : { filter: options.filter }),
      ...(options.order === undefined ? {} : { order: options.order }),
      page: options.page,
      limit: options.limit,
      withBodies: needsBody(options),
    });
    const media = await heroesOf(result.stories);
    return {
      posts: result.stories.map((s) => present(s, options, media)),
      meta: { pagination: ghostPagination(result.total, options.page, options.limit) },
    };
  });

  const readPost = async (address: ContentStoryAddress, query: unknown) => {
    const options = readGhostOptions(query);
    const story = await getContentStory(deps.contextFor(), options.filter === undefined ? address : { ...address, filter: options.filter });
    return { posts: [present(story, options, await heroesOf([story]))] };
  };
  ghostGet<{ slug: string }>(app, '/posts/slug/:slug', async (request) => readPost({ slug: request.params.slug }, request.query));
  ghostGet<{ id: string }>(app, '/posts/:id', async (request) => readPost({ id: request.params.id }, request.query));

  ghostGet(app, '/pages', async (request) => {
    const options = readGhostOptions(request.query);
    return { pages: [], meta: { pagination: ghostPagination(0, options.page, options.limit) } };
  });
  const noPage = async (): Promise<never> => {
    throw new NotFoundError('this site has no pages, only posts (its stories)');
  };
  ghostGet(app, '/pages/slug/:slug', noPage);
  ghostGet(app, '/pages/:id', noPage);
}
