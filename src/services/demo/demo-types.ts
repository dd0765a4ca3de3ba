import type { StoryType } from '../../domain/story.js';

/** A topic or region of the demo site, with its name in each of the six languages. */
export interface DemoTerm {
  slug: string;
  names: Record<'en' | 'fr' | 'es' | 'ar' | 'zh' | 'ru', string>;
}

/** A person in the demo newsroom's bylines. */
export interface DemoAuthor {
  slug: string;
  name: string;
  bio: string;
}

/** A demo story; its dates are relative to the day the demo content is written. */
export interface DemoStory {
  slug: string;
  headline: string;
  standfirst: string;
  /** CommonMark: paragraphs, quotes with attribution, the odd list or sub-heading. */
  body: string;
  type: StoryType;
  /** Slugs from DEMO_TOPICS (one or two). */
  topics: string[];
  /** Slugs from DEMO_REGIONS (one or two). */
  regions: string[];
  /** Free-form tag slugs. */
  tags: string[];
  /** Slugs from DEMO_AUTHORS. */
  authors: string[];
  /** Upper-case city the story was filed from, e.g. "NAIROBI". */
  datelinePlace: string;
  /** Published this many days before the demo content is written (0 to 88). */
  daysAgo: number;
  /** Hour of day (UTC) it was published. */
  hour: number;
  /** The lead story of the home page. */
  featured?: boolean;
}

/** A demo story in another language: the same story (same taxonomy, authors and time), translated. */
export interface DemoTranslation {
  /** Slug of the English demo story this translates. */
  sourceSlug: string;
  /** Slug in the translation's language; letters of any script (Arabic, Chinese, Cyrillic) are fine. */
  slug: string;
  headline: string;
  standfirst: string;
  /** CommonMark, starting with the dateline in that language's convention, e.g. `**DAKAR** — `. */
  body: string;
  /** The city as written in that language (e.g. "داكار", "达喀尔", "ДАКАР"). */
  datelinePlace: string;
}
