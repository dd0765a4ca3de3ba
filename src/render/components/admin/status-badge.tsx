/** A story's status as a small label whose colour and word both say it. */
import type { StoryStatus } from '../../../domain/story.js';
import { adminText } from '../../i18n/admin-messages.js';

/** "Draft", "In review", "Scheduled", "Published", "Unpublished". */
export function StatusBadge({ lang, status }: { lang: string; status: StoryStatus }) {
  return <span class={`badge badge--${status.replace('_', '-')}`}>{adminText(lang, `status.${status}`)}</span>;
}
