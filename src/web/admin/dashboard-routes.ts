/** `GET /admin`: the dashboard — my drafts, in review, scheduled, recently published. */
import type { FastifyPluginAsync } from 'fastify';
import type { StoryStatus } from '../../domain/story.js';
import type { DashboardModel } from '../../render/admin-view-models.js';
import { renderDashboardPage } from '../../render/pages/admin/dashboard-page.js';
import { listStories } from '../../services/list-stories.js';
import { ADMIN_PATHS, chromeOf, contextOf, sendPage, userOf, type AdminOptions } from './admin-request.js';
import { toStoryRow } from './story-rows.js';

/** Stories in each block: a glance, not a list (the story list has the rest). */
const PER_BLOCK = 6;

/** Route of the dashboard. */
export const dashboardRoutes: FastifyPluginAsync<AdminOptions> = async (app, options) => {
  app.get('/', async (request, reply) => {
    const ctx = contextOf(request, options.deps);
    const user = userOf(request);
    const block = async (key: DashboardModel['blocks'][number]['key'], status: StoryStatus, mine: boolean) => {
      const { items } = await listStories(ctx, { status, ...(mine ? { createdBy: user.id } : {}), page: 1, limit: PER_BLOCK });
      return { key, stories: items.map(toStoryRow), moreHref: `${ADMIN_PATHS.stories}?status=${status}${mine ? '&mine=1' : ''}` };
    };
    const blocks = await Promise.all([
      block('myDrafts', 'draft', true),
      block('inReview', 'in_review', false),
      block('scheduled', 'scheduled', false),
      block('recentlyPublished', 'published', false),
    ]);
    const model: DashboardModel = { chrome: chromeOf(request, options, 'dashboard'), notice: null, blocks, newStoryHref: ADMIN_PATHS.newStory };
    return sendPage(reply, renderDashboardPage(model));
  });
};
