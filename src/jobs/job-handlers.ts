/** Every kind of job Dateline runs, and its handler: the runner's registry. */
import { PUBLISH_SCHEDULED_STORY } from '../domain/job.js';
import { MAKE_IMAGE_VARIANTS } from '../domain/media.js';
import { ANALYZE_STORY } from '../domain/story-analysis.js';
import { DELIVER_WEBHOOK } from '../domain/webhook.js';
import { analyzeStoryJob } from './handlers/analyze-story.js';
import { deliverWebhook } from './handlers/deliver-webhook.js';
import { makeImageVariants } from './handlers/make-image-variants.js';
import { publishScheduledStory } from './handlers/publish-scheduled-story.js';
import type { JobHandler } from './runner.js';

/** Handler of each job kind. */
export const JOB_HANDLERS: Readonly<Record<string, JobHandler>> = Object.freeze({
  [PUBLISH_SCHEDULED_STORY]: publishScheduledStory,
  [DELIVER_WEBHOOK]: deliverWebhook,
  [MAKE_IMAGE_VARIANTS]: makeImageVariants,
  [ANALYZE_STORY]: analyzeStoryJob,
});
