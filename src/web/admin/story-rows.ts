/** Stories as the admin lists show them (src/render/admin-view-models.ts `AdminStoryRow`). */
import type { StorySummary } from '../../domain/story.js';
import type { AdminStoryRow } from '../../render/admin-view-models.js';
import { storyHref } from './admin-request.js';

/** A story in an admin list or table. */
export function toStoryRow(story: StorySummary): AdminStoryRow {
  return {
    href: storyHref(story.id),
    headline: story.headline,
    status: story.status,
    lang: story.lang,
    authors: story.authors.map((a) => a.name),
    updatedAt: story.updatedAt,
    scheduledAt: story.scheduledAt,
    publishedAt: story.publishedAt,
  };
}
