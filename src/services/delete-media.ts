import { NotFoundError } from '../domain/errors.js';
import { MediaInUseError } from '../domain/media-errors.js';
import { assertMayChangeMedia } from '../domain/media-rules.js';
import { variantsJobKey } from '../domain/media.js';
import { removeItemFiles } from '../media/media-files.js';
import { createJobRepository } from '../store/job-repository.js';
import { createMediaRepository } from '../store/media-repository.js';
import { inTransaction, type ServiceContext } from './context.js';
import { recordAuditEvent } from './record-audit-event.js';

/**
 * Deletes a picture and its files, only while no story uses it (409 naming the stories that
 * do). Editors and admins may delete any item, contributors the ones they uploaded.
 */
export async function deleteMedia(ctx: ServiceContext, id: string): Promise<void> {
  const now = ctx.clock();
  const hash = await inTransaction(ctx, async (db) => {
    const repo = createMediaRepository(db);
    const media = await repo.findById(id);
    if (!media) throw new NotFoundError(`no media item with id ${id}`);
    assertMayChangeMedia(ctx.actor, media, 'delete');
    const uses = await repo.listUses(id);
    if (uses.length > 0) {
      const named = uses.slice(0, 3).map((u) => `"${u.headline}"`).join(', ');
      const more = uses.length > 3 ? ` and ${uses.length - 3} more` : '';
      throw new MediaInUseError(
        `the picture is the hero image of ${uses.length === 1 ? 'a story' : `${uses.length} stories`} (${named}${more}); ` +
          'choose another picture for them first',
        { stories: uses.map((u) => u.storyId) },
      );
    }
    await createJobRepository(db).cancelUnfinished(variantsJobKey(id), now);
    await repo.delete(id);
    await recordAuditEvent(db, ctx.actor, now, { action: 'media.deleted', details: { mediaId: id, filename: media.filename } });
    return { result: media.hash, events: [] };
  });
  // MUST come after the commit: a rolled-back delete keeps its files.
  await removeItemFiles(ctx.media.dir, hash);
}
