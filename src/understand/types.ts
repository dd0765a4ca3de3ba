/**
 * The shapes of the understanding room: what `analyze` takes and what it gives back.
 * Character offsets are UTF-16 indexes into `AnalysisInput.text` (end exclusive), so a caller
 * can highlight a mention with `text.slice(start, end)`; a mention in the headline says so with
 * `field: 'headline'` and indexes `AnalysisInput.headline` instead.
 */

/** What to analyse: one story's text and the metadata that anchors it. */
export interface AnalysisInput {
  /** The story as plain text or a Markdown body (a standfirst may lead it as its first paragraph). */
  text: string;
  /** Language of the text (BCP 47 primary tag, `en`, `fr`…): the full rules are English; other languages get places and dates. */
  lang: string;
  /** When the story was published: the reference for "today", "last week", "on Monday", "Aug. 25". */
  publishedAt: Date | string;
  /** The dateline place ("GENEVA"), counted as a place of the story. */
  datelinePlace?: string;
  /** The headline, analysed with the text (a Title Case headline is never read as one long name). */
  headline?: string;
}

/** The kinds of entity the room recognises. */
export type EntityType = 'person' | 'organisation' | 'place';

/** One occurrence of an entity in the text ("he" is never listed: pronouns only attribute quotes). */
export interface Mention {
  start: number;
  end: number;
  /** The words as written ("Mr. Ban", "the Secretary-General"). */
  text: string;
  /** Present when the mention is in the headline; `start`/`end` then index the headline. */
  field?: 'headline';
}

/** A person, organisation or place the story talks about, with every way it is named. */
export interface Entity {
  /** Stable within one analysis: `person:ban-ki-moon`. */
  id: string;
  type: EntityType;
  /** The fullest name found ("Ban Ki-moon", "Collective Security Treaty Organization", "Moscow"). */
  name: string;
  /** People: the role as the story states it ("Secretary-General", "Russian Foreign Minister", "spokesperson"). */
  role?: string;
  /** Other names used for it in this story ("Mr. Ban", "CSTO", "UN chief"), without the canonical name. */
  aliases: string[];
  mentions: Mention[];
  /** Places: ISO 3166-1 alpha-2 code of the country it is or lies in. */
  countryCode?: string;
  /** 0..1: how central the entity is (mentions, how early the first one comes, whether it speaks). */
  salience: number;
}

/** How a quote's speaker was found. */
export type Attribution =
  | 'after' // “…,” Mr. Ban said.
  | 'inverted' // “…,” said Mr. Ban.
  | 'before' // Mr. Ban said: “…”
  | 'subject' // Mr. Ban called the plan “a good start”.
  | 'pronoun' // “…,” he said. (the last person who was the subject)
  | 'continuation' // a quote right after another one by the same speaker
  | 'none';

/** Words in quotation marks and who said them. */
export interface Quote {
  /** The words inside the quotation marks. */
  text: string;
  /** The speaker's canonical name (a person or an organisation), or null when the story does not name them. */
  speaker: string | null;
  /** The speaker's role ("spokesperson"), or how an unnamed speaker is described ("a European negotiator"). */
  speakerRole?: string;
  start: number;
  end: number;
  /** Present when the quote is in the headline. */
  field?: 'headline';
  /** Entity id of the speaker, or null. */
  speakerId: string | null;
  attribution: Attribution;
}

/** A date expression and the days it means. */
export interface DateMention {
  /** The expression as written ("on Monday", "last week", "Aug. 25"). */
  text: string;
  /** First day meant, `YYYY-MM-DD`. */
  start: string;
  /** Last day meant, `YYYY-MM-DD`: equal to `start` for a single day. */
  end: string;
  /** Where the expression is in the text (character offsets). */
  offset: { start: number; end: number };
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
