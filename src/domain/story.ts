/** The story: the unit of news that Dateline writes, reviews, publishes and translates. */

/** Kinds of story, shown to readers as labels and used as sections (`/{lang}/type/{type}`). */
export const STORY_TYPES = ['news', 'feature', 'interview', 'audio', 'photo', 'brief'] as const;
export type StoryType = (typeof STORY_TYPES)[number];

/** Where a story is in its life. */
export const STORY_STATUSES = ['draft', 'in_review', 'scheduled', 'published', 'unpublished'] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

/** The three taxonomies a story is filed under. */
export const TERM_KINDS = ['topic', 'region', 'tag'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/** A topic, region or tag, with its name in each language it has been given one. */
export interface Term {
  id: string;
  kind: TermKind;
  slug: string;
  /** Name by language code; `names[lang] ?? names.en ?? slug` is what readers see. */
  names: Readonly<Record<string, string>>;
}

/** A person credited in a byline. */
export interface Author {
  id: string;
  slug: string;
  name: string;
  bio: string;
}

/** A public correction note attached to a published story. */
export interface Correction {
  at: Date;
  text: string;
}

/** A story as the domain sees it: every field loaded, relations resolved. */
export interface Story {
  id: string;
  /** Shared by every language version of the same story. */
  translationGroupId: string;
  lang: string;
  /** Unique within the language; the last part of the story's URL. */
  slug: string;
  type: StoryType;
  status: StoryStatus;
  headline: string;
  standfirst: string;
  /** CommonMark; raw HTML is never rendered. */
  body: string;
  /** The place the story was reported from ("GENEVA"), shown before the first paragraph. */
  datelinePlace: string | null;
  featured: boolean;
  authors: Author[];
  topics: Term[];
  regions: Term[];
  tags: Term[];
  corrections: Correction[];
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  embargoUntil: Date | null;
  /** Incremented on every save; a save must name the revision it was based on. */
  revision: number;
  /** The user who created it; null when an API key, an import or the demo did. */
  createdBy: string | null;
  /** The media item the story leads with, or null. */
  heroMediaId: string | null;
  /** This story's caption for its hero image; null uses the library's caption in the story's language. */
  heroCaption: string | null;
  /** This story's credit for its hero image; null uses the library's credit. */
  heroCredit: string | null;
}

/** A story in a list: enough for a teaser, without the body. */
export type StorySummary = Omit<Story, 'body' | 'corrections'>;

/** A saved snapshot of a story, one per save. */
export interface Revision {
  storyId: string;
  revision: number;
  createdAt: Date;
  /** Who saved it (an API key, user or the system), as shown in the history. */
  actorLabel: string;
  note: string | null;
  snapshot: StorySnapshot;
}

/** The editable fields of a story at one revision. */
export interface StorySnapshot {
  lang: string;
  slug: string;
  type: StoryType;
  status: StoryStatus;
  headline: string;
  standfirst: string;
  body: string;
  datelinePlace: string | null;
  topics: string[];
  regions: string[];
  tags: string[];
  authors: string[];
  /** Absent when the story had no hero image (and in revisions saved before stories had them). */
  heroMediaId?: string | null;
  heroCaption?: string | null;
  heroCredit?: string | null;
}

/** The path of a published story: `/{lang}/story/{yyyy}/{mm}/{slug}`. */
export function storyPath(story: Pick<Story, 'lang' | 'slug' | 'publishedAt' | 'createdAt'>): string {
  const at = story.publishedAt ?? story.createdAt;
  const yyyy = String(at.getUTCFullYear());
  const mm = String(at.getUTCMonth() + 1).padStart(2, '0');
  return `/${story.lang}/story/${yyyy}/${mm}/${encodeURIComponent(story.slug)}`;
}

/** The snapshot that a revision keeps of a story. */
export function snapshotOf(story: Story): StorySnapshot {
  return {
    lang: story.lang,
    slug: story.slug,
    type: story.type,
    status: story.status,
    headline: story.headline,
    standfirst: story.standfirst,
    body: story.body,
    datelinePlace: story.datelinePlace,
    topics: story.topics.map((t) => t.slug),
    regions: story.regions.map((t) => t.slug),
    tags: story.tags.map((t) => t.slug),
    authors: story.authors.map((a) => a.slug),
    // Kept only when set, so revisions of stories without a picture look as they always did.
    ...(story.heroMediaId !== null || story.heroCaption !== null || story.heroCredit !== null
      ? { heroMediaId: story.heroMediaId, heroCaption: story.heroCaption, heroCredit: story.heroCredit }
      : {}),
  };
}

/** Name of a term in a language, falling back to English, then any name, then the slug. */
export function termName(term: Pick<Term, 'names' | 'slug'>, lang: string): string {
  return term.names[lang] ?? term.names.en ?? Object.values(term.names)[0] ?? term.slug;
}
