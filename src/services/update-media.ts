import { NotFoundError, TransitionError } from '../domain/errors.js';
import { applyTextChange, validateMediaMetadata, type MediaMetadataInput } from '../domain/media-input.js';
import { assertMayChangeMedia } from '../domain/media-rules.js';
import { textIn, type MediaItem } from '../domain/media.js';
import { createMediaRepository } from '../store/media-repository.js';
import { inTransaction, type ServiceContext } from './context.js';
import { mediaChangeEvents, queueImageVariants } from './media-events.js';
import { recordAuditEvent } from './record-audit-event.js';

/** A change to an item's alt text, caption, credit, source or focal point. */
export interface UpdateMediaInput {
  id: string;
  metadata: MediaMetadataInput;
}

/**
 * Saves what the newsroom says about a picture: alt text and caption per language (an empty
 * text removes that language's), credit, source, focal point. A new focal point queues the job
 * that cuts a new sharing card around it. Pages showing the picture are refreshed after commit.
 * The alt text of a language a published story using the picture is in cannot be removed (422).
 * Editors and admins may change any item, contributors the ones they uploaded.
 */
export async function updateMedia(ctx: ServiceContext, input: UpdateMediaInput): Promise<MediaItem> {
  const change = validateMediaMetadata(input.metadata, ctx.site.languages);
  const now = ctx.clock();
  return inTransaction(ctx, async (db) => {
    const repo = createMediaRepository(db);
    const current = await repo.findById(input.id);
    if (!current) throw new NotFoundError(`no media item with id ${input.id}`);
    assertMayChangeMedia(ctx.actor, current, 'edit');
    const next: MediaItem = {
      ...current,
      alt: applyTextChange(current.alt, change.alt),
      caption: applyTextChange(current.caption, change.caption),
      credit: change.credit ?? current.credit,
      source: change.source ?? current.source,
      focalPoint: change.focalPoint ?? current.focalPoint,
    };
    // A published story keeps the alt text it was published with in its language: removing it would
    // take the picture's description away from readers who cannot see it.
    const bare = (await repo.listUses(next.id)).filter((u) => u.status === 'published' && !textIn(next.alt, u.lang));
    if (bare.length > 0) {
      const langs = [...new Set(bare.map((u) => u.lang))].join(', ');
      throw new TransitionError(
        `cannot remove the alt text in ${langs}: the picture leads ${bare.length === 1 ? 'a published story' : `${bare.length} published stories`} ` +
          `in that language ("${bare[0]!.headline}"); write a new description instead of deleting it`,
        { field: 'alt', stories: bare.map((u) => u.storyId) },
      );
    }
    await repo.updateMetadata(next);
    const moved = next.focalPoint.x !== current.focalPoint.x || next.focalPoint.y !== current.focalPoint.y;
    if (moved) await queueImageVariants(db, next.id, now);
    await recordAuditEvent(db, ctx.actor, now, {
      action: 'media.updated',
      details: { mediaId: next.id, fields: Object.keys(change) },
    });
    return { result: next, events: await mediaChangeEvents(db, next.id) };
  });
}
