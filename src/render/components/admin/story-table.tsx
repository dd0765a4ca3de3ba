/** Stories in a table (the story list) or a short list (the dashboard). */
import type { AdminStoryRow } from '../../admin-view-models.js';
import { adminText, adminTextParts } from '../../i18n/admin-messages.js';
import { textDirection } from '../../i18n/messages.js';
import { AdminTime } from './admin-time.js';
import { DataTable } from './data-table.js';
import { StatusBadge } from './status-badge.js';

/** The story list's table: headline, status, language, updated, author. */
export function StoryTable({ lang, stories, caption }: { lang: string; stories: readonly AdminStoryRow[]; caption: string }) {
  const columns = ['list.col.headline', 'list.col.status', 'list.col.language', 'list.col.updated', 'list.col.author'] as const;
  return (
    <DataTable
      caption={caption}
      columns={columns.map((key) => adminText(lang, key))}
      rows={stories.map((story) => ({
        header: (
          <a class="table__headline" href={story.href} lang={story.lang} dir={textDirection(story.lang)}>
            {story.headline}
          </a>
        ),
        cells: [
          <>
            <StatusBadge lang={lang} status={story.status} />
            {story.status === 'scheduled' && story.scheduledAt && (
              <span class="table__note">
                {' '}
                {adminTextParts(lang, 'list.scheduledFor', { date: <AdminTime lang={lang} date={story.scheduledAt} /> })}
              </span>
            )}
          </>,
          <span lang={story.lang}>{story.lang}</span>,
          <AdminTime lang={lang} date={story.updatedAt} />,
          story.authors.length > 0 ? story.authors.join(', ') : <span class="muted">{adminText(lang, 'list.noAuthor')}</span>,
        ],
      }))}
    />
  );
}

/** A short list of stories with their status and time, for the dashboard. */
export function StoryShortList({ lang, stories }: { lang: string; stories: readonly AdminStoryRow[] }) {
  return (
    <ul class="short-list">
      {stories.map((story) => {
        const when = story.status === 'scheduled' ? story.scheduledAt : story.status === 'published' ? story.publishedAt : story.updatedAt;
        return (
          <li class="short-list__item">
            <a class="short-list__headline" href={story.href}>
              {/* Inline, so a headline in another script keeps its direction but not its own alignment. */}
              <span lang={story.lang} dir={textDirection(story.lang)}>
                {story.headline}
              </span>
            </a>
            <span class="short-list__meta">
              <StatusBadge lang={lang} status={story.status} /> <AdminTime lang={lang} date={when ?? story.updatedAt} />
              {story.authors.length > 0 && <span> · {story.authors.join(', ')}</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
