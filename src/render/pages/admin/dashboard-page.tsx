/** `/admin`: the newsroom at a glance — my drafts, in review, scheduled, recently published. */
import type { DashboardModel } from '../../admin-view-models.js';
import { AdminLayout } from '../../components/admin/admin-layout.js';
import { NoticeBox } from '../../components/admin/notice-box.js';
import { StoryShortList } from '../../components/admin/story-table.js';
import { adminText } from '../../i18n/admin-messages.js';
import { renderDocument } from '../../render-document.js';

/** The dashboard as a complete HTML document. */
export function renderDashboardPage(model: DashboardModel): string {
  return renderDocument(<DashboardPage {...model} />);
}

function DashboardPage({ chrome, notice, blocks, newStoryHref }: DashboardModel) {
  const { lang } = chrome;
  return (
    <AdminLayout chrome={chrome} title={adminText(lang, 'dashboard.title')}>
      <div class="page-head">
        <h1 class="page-title">{adminText(lang, 'dashboard.title')}</h1>
        <a class="button" href={newStoryHref}>
          {adminText(lang, 'dashboard.newStory')}
        </a>
      </div>
      <NoticeBox notice={notice} />
      <div class="dashboard">
        {blocks.map((block) => {
          const heading = adminText(lang, `dashboard.${block.key}`);
          return (
            <section class="panel dashboard__block" aria-labelledby={`block-${block.key}`}>
              <h2 class="panel__title" id={`block-${block.key}`}>
                {heading}
              </h2>
              {block.stories.length > 0 ? (
                <StoryShortList lang={lang} stories={block.stories} />
              ) : (
                <p class="muted">{adminText(lang, `dashboard.empty.${block.key}`)}</p>
              )}
              <p class="panel__more">
                <a href={block.moreHref} aria-label={adminText(lang, 'dashboard.moreLabel', { list: heading })}>
                  {adminText(lang, 'dashboard.more')}
                </a>
              </p>
            </section>
          );
        })}
      </div>
    </AdminLayout>
  );
}
