/** A paginated list of stories: a topic, region, tag, story type, or one month of the archive. */
import { Layout } from '../components/layout.js';
import { Pagination } from '../components/pagination.js';
import { StoryList } from '../components/story-teaser.js';
import { isMonth } from '../i18n/format.js';
import { t, type MessageKey } from '../i18n/messages.js';
import { renderDocument } from '../render-document.js';
import type { SectionPageModel } from '../view-models.js';

const KIND_LABELS: Readonly<Record<SectionPageModel['kind'], MessageKey>> = {
  topic: 'section.topic',
  region: 'section.region',
  tag: 'section.tag',
  type: 'section.type',
  author: 'section.author',
  archive: 'section.archive',
};

/** The section page as a complete HTML document. */
export function renderSectionPage(model: SectionPageModel): string {
  return renderDocument(<SectionPage {...model} />);
}

function SectionPage({ chrome, kind, title, month, intro, stories, pagination }: SectionPageModel) {
  const { lang, siteName } = chrome;
  const { page, pages } = pagination;
  const pageTitle = page > 1 ? t(lang, 'title.paged', { title, page, pages }) : title;
  const description = t(lang, kind === 'archive' ? 'section.archiveDescription' : 'section.description', { title, siteName });
  return (
    <Layout
      chrome={chrome}
      title={t(lang, 'title.page', { title: pageTitle, siteName })}
      description={description}
      prevHref={pagination.prevHref}
      nextHref={pagination.nextHref}
    >
      <div class="wrap section">
        <header class="section__header">
          <p class="kicker">{t(lang, KIND_LABELS[kind])}</p>
          <h1 class="section__title">{kind === 'archive' && month && isMonth(month) ? <time datetime={month}>{title}</time> : title}</h1>
          {intro ? <p class="section__intro">{intro}</p> : null}
        </header>
        {stories.length > 0 ? (
          <StoryList lang={lang} stories={stories} level={2} showTopic={kind !== 'topic'} />
        ) : (
          <p class="empty">{t(lang, 'section.empty')}</p>
        )}
        <Pagination lang={lang} pagination={pagination} />
      </div>
    </Layout>
  );
}
