/**
 * The shapes of the understanding room: what `analyze` takes and what it gives back.
 * Offsets are UTF-16 indexes into `AnalysisInput.text` (end exclusive), so a caller can
 * highlight a mention with `text.slice(start, end)`.
 */

/** What to analyse: one story's text and the metadata that anchors it. */
export interface AnalysisInput {
  /** The story as plain text or Markdown body (headline and standfirst may lead it, one per line). */
  text: string;
  /** Language of the text (BCP 47 primary tag); rules are English, other languages get places only. Default `en`. */
  lang?: string;
  /** When the story was published: the reference for "today", "last week", "on Monday". Without it dates stay unresolved. */
  publishedAt?: Date | string;
  /** The dateline place ("GENEVA"), counted as a place of the story. */
  datelinePlace?: string;
}

/** The kinds of entity the room recognises. */
export type EntityType = 'person' | 'organisation' | 'place';

/** One occurrence of an entity in the text. */
export interface Mention {
  start: number;
  end: number;
  /** The text as written ("Mr. Ban", "the Secretary-General", "he" is never listed; pronouns only attribute quotes). */
  text: string;
}

/** A person, organisation or place the story talks about, with every way it is named. */
export interface Entity {
  /** Stable within one analysis: `person:ban-ki-moon`. */
  id: string;
  type: EntityType;
  /** The fullest name found ("Ban Ki-moon", "Collective Security Treaty Organization", "Moscow"). */
  name: string;
  /** Other names used for it in this story ("Mr. Ban", "CSTO", "the UN chief"), without the canonical name. */
  aliases: string[];
  /** People: the role or title found with the name ("Secretary-General", "Foreign Minister", "spokesperson"). */
  role?: string;
  /** Places: ISO 3166-1 alpha-2 code of the country it is or lies in. */
  countryCode?: string;
  mentions: Mention[];
  /** 0..1: how central the entity is (mentions, and how early the first one comes). */
  salience: number;
}

/** How a quote's speaker was found. */
export type Attribution =
  | 'after' // “…,” Mr. Ban said.
  | 'inverted' // “…,” said Mr. Ban.
  | 'before' // Mr. Ban said: “…”
  | 'pronoun' // “…,” he said. (the last person who was the subject)
  | 'continuation' // a quote right after another one by the same speaker
  | 'none';

/** Words in quotation marks and who said them. */
export interface Quote {
  /** The words inside the quotation marks. */
  text: string;
  start: number;
  end: number;
  /** Entity id of the speaker (a person or an organisation), or null when nobody could be found. */
  speakerId: string | null;
  /** The speaker's canonical name, or null. */
  speaker: string | null;
  attribution: Attribution;
}

/** A date expression and the day (or days) it means. */
export interface DateMention {
  text: string;
  start: number;
  end: number;
  /** `YYYY-MM-DD`; null when there is no `publishedAt` to resolve a relative date against. */
  date: string | null;
  /** Last day of a range ("last week": its Sunday); absent for a single day. */
  endDate?: string;
}

/** A topic or region the story probably belongs to, and why. */
export interface Suggestion {
  /** Topic slug (`climate`, `peace-and-security`, …) or region slug (`middle-east`, …). */
  slug: string;
  /** 0..1, higher is surer. */
  score: number;
  /** Human-readable evidence: "keywords: peacekeeping, conflict" or "places: Moscow (RU), Gaza (PS)". */
  reason: string;
}

/** The understanding of one story. */
export interface Analysis {
  lang: string;
  entities: Entity[];
  quotes: Quote[];
  dates: DateMention[];
  suggestedTopics: Suggestion[];
  suggestedRegions: Suggestion[];
}
