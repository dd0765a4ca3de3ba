/**
 * What a story's analysis found besides its entities: its quotes (with their speakers) and the
 * record of which revision was analysed, when, and the dates it means.
 */
import type { Kysely } from 'kysely';
import type { AnalysisRecord, StoryDate, StoryQuote } from '../domain/story-analysis.js';
import type { VisibleIn } from './entity-repository.js';
import { fromDate, toDate } from './rows.js';
import type { Tables } from './schema.js';
import { applyStoryFilter } from './story-repository.js';

/** A quote as the analysis stores it. */
export interface NewQuote {
  id: string;
  /** The speaking entity, or null when the story does not name them. */
  entityId: string | null;
  text: string;
  speakerRole: string | null;
  position: number;
}

/** Quotes and analysis records. */
export function createStoryAnalysisRepository(db: Kysely<Tables>) {
  /** Quotes of the query's rows with their speakers. */
  const quoteColumns = [
    'quotes.id',
    'quotes.story_id',
    'quotes.text',
    'quotes.speaker_role',
    'quotes.position',
    'entities.id as speaker_id',
    'entities.type as speaker_type',
    'entities.slug as speaker_slug',
    'entities.name as speaker_name',
    'entities.names as speaker_names',
  ] as const;

  return {
    /** A story's quotes in the order they come. */
    async listQuotesByStory(storyId: string): Promise<StoryQuote[]> {
      const rows = await db
        .selectFrom('quotes')
        .leftJoin('entities', 'entities.id', 'quotes.entity_id')
        .select([...quoteColumns])
        .where('quotes.story_id', '=', storyId)
        .orderBy('quotes.position')
        .execute();
      return rows.map(toQuote);
    },

    /** Replaces a story's quotes with `quotes`. */
    async replaceQuotes(storyId: string, quotes: readonly NewQuote[]): Promise<void> {
      await db.deleteFrom('quotes').where('story_id', '=', storyId).execute();
      if (quotes.length === 0) return;
      await db
        .insertInto('quotes')
        .values(
          quotes.map((q) => ({ id: q.id, story_id: storyId, entity_id: q.entityId, text: q.text, speaker_role: q.speakerRole, position: q.position })),
        )
        .execute();
    },

    /** Leaves the story's quotes by this entity without a named speaker (an editor rejected the link). */
    async unattributeQuotes(storyId: string, entityId: string): Promise<void> {
      await db.updateTable('quotes').set({ entity_id: null }).where('story_id', '=', storyId).where('entity_id', '=', entityId).execute();
    },

    /** The newest quotes of an entity in stories readers may see, newest story first, at most `limit`. */
    async listVisibleQuotesBy(entityId: string, visible: VisibleIn, limit: number): Promise<StoryQuote[]> {
      const rows = await applyStoryFilter(db.selectFrom('stories'), { lang: visible.lang, visibleAt: visible.at })
        .innerJoin('quotes', 'quotes.story_id', 'stories.id')
        .innerJoin('entities', 'entities.id', 'quotes.entity_id')
        .select([...quoteColumns])
        .where('quotes.entity_id', '=', entityId)
        .orderBy('stories.published_at', 'desc')
        .orderBy('stories.id', 'desc')
        .orderBy('quotes.position')
        .limit(limit)
        .execute();
      return rows.map(toQuote);
    },

    /** The analysis record of a story, if it was ever analysed. */
    async findRecord(storyId: string): Promise<AnalysisRecord | undefined> {
      const row = await db.selectFrom('story_analyses').selectAll().where('story_id', '=', storyId).executeTakeFirst();
      if (!row) return undefined;
      return {
        storyId: row.story_id,
        revision: Number(row.revision),
        analysedAt: toDate(row.analysed_at),
        lang: row.lang,
        dates: JSON.parse(row.dates) as StoryDate[],
      };
    },

    /** Ids of the stories that were never analysed (written before analysis existed, or still waiting), oldest first. */
    async listUnanalysedStoryIds(): Promise<string[]> {
      const rows = await db
        .selectFrom('stories')
        .select('stories.id')
        .where((eb) => eb.not(eb.exists(eb.selectFrom('story_analyses').select('story_analyses.story_id').whereRef('story_analyses.story_id', '=', 'stories.id'))))
        .orderBy('stories.created_at')
        .orderBy('stories.id')
        .execute();
      return rows.map((r) => r.id);
    },

    /** Writes (or replaces) a story's analysis record. */
    async saveRecord(record: AnalysisRecord): Promise<void> {
      const values = {
        revision: record.revision,
        analysed_at: fromDate(record.analysedAt),
        lang: record.lang,
        dates: JSON.stringify(record.dates),
      };
      await db
        .insertInto('story_analyses')
        .values({ story_id: record.storyId, ...values })
        .onConflict((oc) => oc.column('story_id').doUpdateSet(values))
        .execute();
    },
  };
}

export type StoryAnalysisRepository = ReturnType<typeof createStoryAnalysisRepository>;

function toQuote(r: {
  id: string;
  story_id: string;
  text: string;
  speaker_role: string | null;
  position: number;
  speaker_id: string | null;
  speaker_type: string | null;
  speaker_slug: string | null;
  speaker_name: string | null;
  speaker_names: string | null;
}): StoryQuote {
  return {
    id: r.id,
    storyId: r.story_id,
    text: r.text,
    speakerRole: r.speaker_role,
    position: Number(r.position),
    speaker:
      r.speaker_id === null
        ? null
        : {
            id: r.speaker_id,
            type: r.speaker_type as 'person' | 'organisation' | 'place',
            slug: r.speaker_slug!,
            name: r.speaker_name!,
            names: JSON.parse(r.speaker_names ?? '{}') as Record<string, string>,
          },
  };
}
