import type { Kysely } from 'kysely';
import type { ContentEvent } from '../domain/events.js';
import { newId } from '../domain/ids.js';
import { MAKE_IMAGE_VARIANTS, variantsJobKey } from '../domain/media.js';
import { createJobRepository } from '../store/job-repository.js';
import { createMediaRepository } from '../store/media-repository.js';
import type { Tables } from '../store/schema.js';

/** Attempts a variants job gets before it is marked failed (with the runner's backoff). */
const VARIANT_ATTEMPTS = 5;

/**
 * The events that refresh every public page showing the item: one per published story using
 * it (its page, and the lists that show its thumbnail, are tagged with the story).
 */
export async function mediaChangeEvents(db: Kysely<Tables>, mediaId: string): Promise<ContentEvent[]> {
  const uses = await createMediaRepository(db).listUses(mediaId);
  return uses
    .filter((u) => u.status === 'published')
    .map((u) => ({ type: 'media.updated' as const, storyId: u.storyId, tags: [`story:${u.storyId}`] }));
}

/** Queues (or re-queues) the job that makes the item's variants, in the caller's transaction. */
export async function queueImageVariants(db: Kysely<Tables>, mediaId: string, now: Date): Promise<void> {
  const jobs = createJobRepository(db);
  await jobs.cancelUnfinished(variantsJobKey(mediaId), now);
  await jobs.insert({
    id: newId(now),
    kind: MAKE_IMAGE_VARIANTS,
    key: variantsJobKey(mediaId),
    payload: { mediaId },
    runAt: now,
    maxAttempts: VARIANT_ATTEMPTS,
    createdAt: now,
  });
}
