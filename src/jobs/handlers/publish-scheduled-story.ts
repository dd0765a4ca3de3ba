/**
 * `publish-scheduled-story`: publishes a story at the time it was scheduled for. Idempotent: it
 * publishes only a story that is still scheduled and due, so a job that runs late, twice, or
 * after the story was unscheduled, rescheduled or published by hand does nothing more.
 */
import { NotFoundError } from '../../domain/errors.js';
import type { Job } from '../../domain/job.js';
import type { ServiceContext } from '../../services/context.js';
import { getStory } from '../../services/get-story.js';
import { publishStory } from '../../services/publish-story.js';

/** Publishes the job's story (payload `{storyId}`) if it is still scheduled and its time has come. */
export async function publishScheduledStory(ctx: ServiceContext, job: Job): Promise<void> {
  const storyId = job.payload.storyId;
  if (typeof storyId !== 'string') throw new Error(`job ${job.id} names no story (payload.storyId)`);
  let story;
  try {
    story = await getStory(ctx, storyId);
  } catch (err) {
    if (err instanceof NotFoundError) return; // deleted meanwhile: nothing left to publish
    throw err;
  }
  if (story.status !== 'scheduled' || !story.scheduledAt || story.scheduledAt.getTime() > ctx.clock().getTime()) return;
  // The revision makes this exactly once: if another runner (or an editor) changed the story
  // since it was read, the save is refused and the retry finds it no longer scheduled.
  // It goes out dated at its scheduled time, even when a restart made it a little late.
  await publishStory(ctx, { id: story.id, revision: story.revision, publishedAt: story.scheduledAt });
}
