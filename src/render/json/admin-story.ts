/**
 * The Admin API's JSON shape of a story and of a revision: plain values (ISO 8601 strings for
 * dates), so clients never see how the domain or the database keep them.
 */
import type { Revision, Story, StorySnapshot, StoryStatus, StorySummary, StoryType, Term } from '../../domain/story.js';

/** A topic, region, tag or author as the Admin API shows it. */
export interface AdminTermJson {
  slug: string;
  name: string;
}

/** A story as the Admin API shows it. */
export interface AdminStoryJson {
  id: string;
  translationGroupId: string;
  lang: string;
  slug: string;
  type: StoryType;
  status: StoryStatus;
  headline: string;
  standfirst: string;
  body: string;
  datelinePlace: string | null;
  featured: boolean;
  authors: AdminTermJson[];
  topics: AdminTermJson[];
  regions: AdminTermJson[];
  tags: AdminTermJson[];
  corrections: Array<{ at: string; text: string }>;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  scheduledAt: string | null;
  embargoUntil: string | null;
  /** Id of the user who created the story; null for API keys, imports and the demo. */
  createdBy: string | null;
  /** The media item the story leads with, and the story's own caption and credit for it. */
  heroMediaId: string | null;
  heroCaption: string | null;
  heroCredit: string | null;
  revision: number;
  /** Absolute public URL while the story is published, else null. */
  url: string | null;
}

/** A story in an Admin API list: everything but the body and the corrections. */
export type AdminStorySummaryJson = Omit<AdminStoryJson, 'body' | 'corrections'>;

/** A revision as the Admin API shows it. */
export interface AdminRevisionJson {
  revision: number;
  createdAt: string;
  /** Who saved it, as shown in the history. */
  actor: string;
  note: string | null;
  snapshot: StorySnapshot;
}

/**
 * The Admin API's story. `url` is the story's absolute public URL, given only while it is
 * published (the caller knows the site's origin; render looks nothing up).
 */
export function presentAdminStory(story: Story, url: string | null): AdminStoryJson {
  return {
    ...presentAdminStorySummary(story, url),
    body: story.body,
    corrections: story.corrections.map((c) => ({ at: c.at.toISOString(), text: c.text })),
  };
}

/** The Admin API's story in a list (see {@link presentAdminStory} for `url`). */
export function presentAdminStorySummary(story: StorySummary, url: string | null): AdminStorySummaryJson {
  // Same fallback as domain termName: the story's language, English, any name, the slug.
  const term = (t: Term): AdminTermJson => ({
    slug: t.slug,
    name: t.names[story.lang] ?? t.names.en ?? Object.values(t.names)[0] ?? t.slug,
  });
  return {
    id: story.id,
    translationGroupId: story.translationGroupId,
    lang: story.lang,
    slug: story.slug,
    type: story.type,
    status: story.status,
    headline: story.headline,
    standfirst: story.standfirst,
    datelinePlace: story.datelinePlace,
    featured: story.featured,
    authors: story.authors.map((a) => ({ slug: a.slug, name: a.name })),
    topics: story.topics.map(term),
    regions: story.regions.map(term),
    tags: story.tags.map(term),
    createdAt: story.createdAt.toISOString(),
    updatedAt: story.updatedAt.toISOString(),
    publishedAt: iso(story.publishedAt),
    scheduledAt: iso(story.scheduledAt),
    embargoUntil: iso(story.embargoUntil),
    createdBy: story.createdBy,
    heroMediaId: story.heroMediaId,
    heroCaption: story.heroCaption,
    heroCredit: story.heroCredit,
    revision: story.revision,
    url,
  };
}

/** The Admin API's revision. */
export function presentAdminRevision(revision: Revision): AdminRevisionJson {
  return {
    revision: revision.revision,
    createdAt: revision.createdAt.toISOString(),
    actor: revision.actorLabel,
    note: revision.note,
    snapshot: revision.snapshot,
  };
}

function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}
