/** The editor's hero image panel, built from the story, its picture and the newest pictures of the library. */
import { mayTake } from '../../domain/story-status.js';
import { textIn } from '../../domain/media.js';
import type { Story } from '../../domain/story.js';
import type { HeroPanelModel } from '../../render/admin-media-view-models.js';
import type { ServiceContext } from '../../services/context.js';
import { findMediaByIds } from '../../services/get-media.js';
import { listMedia } from '../../services/list-media.js';
import { languageOptions, storyHref } from './admin-request.js';
import { mediaHref } from './media-routes.js';
import { adminThumbnail } from './media-thumbnails.js';

/** Pictures the panel offers to choose from: the newest of the library. */
const CHOICES = 60;

/** Where the panel's form posts. */
export function heroAction(storyId: string): string {
  return `${storyHref(storyId)}/hero`;
}

/** The panel of `story` (null for a story not saved yet: it says to save first). */
export async function heroPanel(ctx: ServiceContext, story: Story | null, uiLang: string, lang: string): Promise<HeroPanelModel> {
  const empty: HeroPanelModel = { action: null, formId: 'hero-form', editable: false, current: null, choices: [], caption: '', credit: '', lang };
  if (!story) return empty;
  const [current] = story.heroMediaId ? [...(await findMediaByIds(ctx, [story.heroMediaId])).values()] : [];
  const editable = mayTake('edit', story, ctx.actor);
  const recent = editable ? (await listMedia(ctx, { page: 1, limit: CHOICES })).items.map((i) => i.media) : [];
  if (current && !recent.some((m) => m.id === current.id)) recent.unshift(current);
  const languageName = languageOptions([story.lang], uiLang)[0]?.label ?? story.lang;
  return {
    ...empty,
    action: heroAction(story.id),
    editable,
    current: current
      ? {
          id: current.id,
          filename: current.filename,
          href: mediaHref(current.id),
          thumbnail: adminThumbnail(current, 480, story.lang),
          missingAltIn: textIn(current.alt, story.lang) ? null : languageName,
        }
      : null,
    choices: recent.map((m) => ({ value: m.id, label: m.credit ? `${m.filename} — ${m.credit}` : m.filename })),
    caption: story.heroCaption ?? '',
    credit: story.heroCredit ?? '',
    lang: story.lang,
  };
}
