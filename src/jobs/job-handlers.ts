/** Every kind of job Dateline runs, and its handler: the runner's registry. */
import { PUBLISH_SCHEDULED_STORY } from '../domain/job.js';
import { DELIVER_WEBHOOK } from '../domain/webhook.js';
import { deliverWebhook } from './handlers/deliver-webhook.js';
import { publishScheduledStory } from './handlers/publish-scheduled-story.js';
import type { JobHandler } from './runner.js';

/** Handler of each job kind. */
export const JOB_HANDLERS: Readonly<Record<string, JobHandler>> = Object.freeze({
  [PUBLISH_SCHEDULED_STORY]: publishScheduledStory,
  [DELIVER_WEBHOOK]: deliverWebhook,
});
