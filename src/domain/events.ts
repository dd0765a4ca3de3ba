/**
 * Content events: what changed, recorded by the service that changed it and delivered after
 * commit (cache purge now; webhooks and re-analysis react to the same events).
 */

export type ContentEventType =
  | 'story.created'
  | 'story.updated'
  | 'story.submitted'
  | 'story.sent_back'
  | 'story.scheduled'
  | 'story.unscheduled'
  | 'story.published'
  | 'story.unpublished'
  | 'story.corrected'
  | 'story.restored'
  | 'story.deleted'
  /** A story's stored analysis changed (the job, or an editor's decision on a suggestion). */
  | 'story.analysed'
  /** A story's hero image changed in the library (metadata, variants): `storyId` is a story showing it. */
  | 'media.updated';

export interface ContentEvent {
  type: ContentEventType;
  storyId: string;
  /** Cache tags of everything this change can alter (see {@link storyCacheTags}). */
  tags: string[];
}

/** Tag of every reader page of a language, whose navigation lists the sections in use. */
export function navigationTag(lang: string): string {
  return `nav:${lang}`;
}

/** Tag of the pages of every language version of a story (their language switchers and hreflang links). */
export function translationGroupTag(translationGroupId: string): string {
  return `group:${translationGroupId}`;
}

/** Cache tags touched by a story: its own page, its translations' pages, its language's lists, its sections and month. */
export function storyCacheTags(story: {
  id: string;
  translationGroupId?: string;
  lang: string;
  type: string;
  publishedAt: Date | null;
  topics: { slug: string }[];
  regions: { slug: string }[];
  tags: { slug: string }[];
  authors: { slug: string }[];
}): string[] {
  const tags = [`story:${story.id}`, `home:${story.lang}`, `type:${story.lang}:${story.type}`];
  if (story.translationGroupId) tags.push(translationGroupTag(story.translationGroupId));
  for (const t of story.topics) tags.push(`topic:${story.lang}:${t.slug}`);
  for (const t of story.regions) tags.push(`region:${story.lang}:${t.slug}`);
  for (const t of story.tags) tags.push(`tag:${story.lang}:${t.slug}`);
  for (const a of story.authors) tags.push(`author:${story.lang}:${a.slug}`);
  if (story.publishedAt) {
    const month = story.publishedAt.toISOString().slice(0, 7);
    tags.push(`archive:${story.lang}:${month}`);
  }
  return tags;
}
