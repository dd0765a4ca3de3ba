/** `GET /admin/stories`: every story in any status, filtered and searched, a page at a time. */
import type { FastifyPluginAsync } from 'fastify';
import { slugify } from '../../domain/slug.js';
import { STORY_STATUSES, STORY_TYPES, type StoryStatus, type StoryType } from '../../domain/story.js';
import type { StoryListModel } from '../../render/admin-view-models.js';
import { renderStoryListPage } from '../../render/pages/admin/story-list-page.js';
import { listStories, type ListStoriesInput } from '../../services/list-stories.js';
import {
  ADMIN_PATHS,
  chromeOf,
  contextOf,
  languageOptions,
  pageParam,
  paginationOf,
  queryParam,
  sendPage,
  userOf,
  type AdminOptions,
} from './admin-request.js';
import { toStoryRow } from './story-rows.js';

const PER_PAGE = 25;

/** Route of the story list. */
export const storyListRoutes: FastifyPluginAsync<AdminOptions> = async (app, options) => {
  const { config } = options.deps;

  app.get('/stories', async (request, reply) => {
    const q = request.query;
    // Values the list cannot use (an unknown status, a language the site lacks) are ignored, as a blank filter.
    const status = queryParam(q, 'status');
    const lang = queryParam(q, 'lang');
    const type = queryParam(q, 'type');
    const filters = {
      status: (STORY_STATUSES as readonly string[]).includes(status) ? status : '',
      lang: config.languages.includes(lang) ? lang : '',
      type: (STORY_TYPES as readonly string[]).includes(type) ? type : '',
      topic: queryParam(q, 'topic').trim(),
      author: queryParam(q, 'author').trim(),
      q: queryParam(q, 'q').trim(),
      mine: queryParam(q, 'mine') === '1' ? '1' : '',
    };
    const page = pageParam(q);
    const input: ListStoriesInput = { page, limit: PER_PAGE };
    if (filters.status) input.status = filters.status as StoryStatus;
    if (filters.lang) input.lang = filters.lang;
    if (filters.type) input.type = filters.type as StoryType;
    // People type names ("Climate", "Amara Okafor"); the list filters by slug.
    if (filters.topic) input.topic = slugify(filters.topic);
    if (filters.author) input.author = slugify(filters.author);
    if (filters.q) input.q = filters.q;
    if (filters.mine) input.createdBy = userOf(request).id;
    const { items, total } = await listStories(contextOf(request, options.deps), input);
    const chrome = chromeOf(request, options, 'stories');
    const model: StoryListModel = {
      chrome,
      filters,
      languages: languageOptions(config.languages, chrome.lang),
      statuses: [...STORY_STATUSES],
      types: [...STORY_TYPES],
      topics: [],
      authors: [],
      stories: items.map(toStoryRow),
      pagination: paginationOf(ADMIN_PATHS.stories, filters, page, PER_PAGE, total),
      action: ADMIN_PATHS.stories,
    };
    return sendPage(reply, renderStoryListPage(model));
  });
};
