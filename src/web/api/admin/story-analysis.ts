/**
 * `/api/admin/v1/stories/{id}/analysis` (what the analysis found: entities, quotes, dates,
 * suggestions) and `/api/admin/v1/stories/{id}/suggestions/{suggestionId}` (accept or reject one).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ENTITY_TYPES, entityPath } from '../../../domain/entity.js';
import { SUGGESTION_DECISIONS, SUGGESTION_KINDS } from '../../../domain/story-analysis.js';
import { presentAdminAnalysis, presentAdminSuggestion } from '../../../render/json/admin-analysis.js';
import { decideSuggestion } from '../../../services/decide-suggestion.js';
import { getStoryAnalysis } from '../../../services/get-story-analysis.js';
import type { AppDeps } from '../../build-app.js';
import { actorOf } from './require-admin-key.js';
import { COMMON_ERRORS, ErrorJson, presentStory, StoryEnvelope, StoryIdParams } from './story-schemas.js';

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T, description: string) =>
  Type.Union([schema, Type.Null()], { description });

const SuggestionJson = Type.Object(
  {
    id: Type.String({ description: 'Identifier of the suggestion (for POST /stories/{id}/suggestions/{suggestionId})' }),
    kind: Type.Enum([...SUGGESTION_KINDS], { description: 'What is suggested: a person, organisation or place to link, a topic or region to file under' }),
    key: Type.String({ description: 'The entity id (people, organisations, places) or the term slug (topics, regions)' }),
    label: Type.String({ description: 'The name shown to editors' }),
    reason: Type.String({ description: 'Why it is suggested, e.g. "spokesperson; named 3 times; quoted 2 times" or "keywords: drought (3), climate"' }),
    score: Type.Number({ description: '0..1: how central the entity is, or how sure the topic or region is' }),
    decision: nullable(Type.Enum([...SUGGESTION_DECISIONS]), 'Null until an editor decides; a rejection is kept for this story for good'),
    decidedBy: nullable(Type.String(), 'Who decided'),
    decidedAt: nullable(Type.String({ format: 'date-time' }), 'When'),
  },
  { description: 'A suggestion of the analysis' },
);

const AnalysisJson = Type.Object(
  {
    storyId: Type.String({ description: 'The story' }),
    storyRevision: Type.Integer({ description: "The story's revision now" }),
    revision: nullable(Type.Integer(), 'The revision the stored analysis describes (null before the first analysis)'),
    analysedAt: nullable(Type.String({ format: 'date-time' }), 'When it was analysed'),
    current: Type.Boolean({ description: 'True when the analysis describes the story as it is now (else a newer one is on its way)' }),
    lang: nullable(Type.String(), 'The language the text was analysed in'),
    entities: Type.Array(
      Type.Object({
        id: Type.String({ description: 'Identifier of the entity, shared by every story that names it' }),
        type: Type.Enum([...ENTITY_TYPES], { description: 'person, organisation or place' }),
        slug: Type.String({ description: "Last part of the entity's public page address" }),
        name: Type.String({ description: 'Canonical name' }),
        names: Type.Record(Type.String(), Type.String(), { description: 'The name stories in other languages use, by language' }),
        aliases: Type.Array(Type.String(), { description: 'Other names that can only mean it ("CSTO")' }),
        role: nullable(Type.String(), 'People: the role as this story states it'),
        mentions: Type.Integer({ description: 'How many times the story names it' }),
        salience: Type.Number({ description: '0..1: how central it is to the story' }),
        url: nullable(Type.String(), "Its public page in the story's language while the story is published"),
      }),
      { description: 'People, organisations and places the story names (less any an editor rejected), most central first' },
    ),
    quotes: Type.Array(
      Type.Object({
        text: Type.String({ description: 'The words in quotation marks' }),
        speaker: nullable(
          Type.Object({ id: Type.String(), type: Type.String(), slug: Type.String(), name: Type.String() }, { description: 'The speaking entity' }),
          'Who said it, when the story names them',
        ),
        speakerRole: nullable(Type.String(), 'The speaker’s role, or how an unnamed speaker is described'),
        position: Type.Integer({ description: 'Order in the story, from 0' }),
      }),
      { description: 'Quotes in the order they come' },
    ),
    dates: Type.Array(
      Type.Object({
        text: Type.String({ description: 'The expression as written ("last week")' }),
        start: Type.String({ description: 'First day meant, YYYY-MM-DD' }),
        end: Type.String({ description: 'Last day meant (equal to start for one day)' }),
      }),
      { description: 'Dates the text means, resolved against the publication date' },
    ),
    suggestions: Type.Array(SuggestionJson, { description: 'People, organisations, places, then topics and regions, strongest first' }),
  },
  { description: "A story's stored analysis" },
);

const SuggestionParams = Type.Object({
  id: Type.String({ description: 'Identifier of the story' }),
  suggestionId: Type.String({ description: 'Identifier of the suggestion' }),
});

const DecisionBody = Type.Object(
  { decision: Type.Enum([...SUGGESTION_DECISIONS], { description: '"accepted" or "rejected"' }) },
  { additionalProperties: false },
);

/** Routes of the analysis (registered inside the authenticated Admin API). */
export const storyAnalysisRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  const { siteUrl } = deps.config;

  app.get(
    '/stories/:id/analysis',
    {
      schema: {
        summary: "Read a story's analysis",
        description:
          'The people, organisations and places the story names (shared across stories), its quotes and their ' +
          'speakers, the dates it means, and the suggestions editors accept or reject. Every save is analysed ' +
          'again in the background within seconds; `current` says whether this is the latest text.',
        tags: ['stories'],
        params: StoryIdParams,
        response: { 200: Type.Object({ analysis: AnalysisJson }), ...COMMON_ERRORS, 404: ErrorJson },
      },
    },
    async (request) => {
      const view = await getStoryAnalysis(deps.contextFor(actorOf(request)), request.params.id);
      const published = view.story.status === 'published';
      const analysis = presentAdminAnalysis({
        ...view,
        storyId: view.story.id,
        storyRevision: view.story.revision,
        entityUrl: (entity) => (published ? siteUrl + entityPath(view.story.lang, entity) : null),
      });
      return { analysis };
    },
  );

  app.post(
    '/stories/:id/suggestions/:suggestionId',
    {
      schema: {
        summary: 'Accept or reject a suggestion',
        description:
          'Accepting a person, organisation or place keeps the story linked to it; accepting a topic or region ' +
          'files the story under it (a new revision, so the story is returned too). Rejecting hides the ' +
          'suggestion for this story for good, and unlinks a rejected entity at once. Whoever may edit the ' +
          'story may decide (403 otherwise).',
        tags: ['stories'],
        params: SuggestionParams,
        body: DecisionBody,
        response: {
          200: Type.Object({ suggestion: SuggestionJson, story: StoryEnvelope.properties.story }),
          ...COMMON_ERRORS,
          404: ErrorJson,
          409: ErrorJson,
        },
      },
    },
    async (request) => {
      const { suggestion, story } = await decideSuggestion(deps.contextFor(actorOf(request)), {
        storyId: request.params.id,
        suggestionId: request.params.suggestionId,
        decision: request.body.decision,
      });
      return { suggestion: presentAdminSuggestion(suggestion), story: presentStory(siteUrl, story) };
    },
  );
};
