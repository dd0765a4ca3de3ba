/** The page of a person, organisation or place: who or what it is, what it said, the stories naming it. */
import { DateTime } from '../components/date-time.js';
import { Layout } from '../components/layout.js';
import { Pagination } from '../components/pagination.js';
import { StoryList } from '../components/story-teaser.js';
import { messageParts, t, type MessageKey } from '../i18n/messages.js';
import { renderDocument } from '../render-document.js';
import type { EntityPageModel } from '../view-models.js';

const TYPE_LABELS: Readonly<Record<EntityPageModel['type'], MessageKey>> = {
  person: 'entity.person',
  organisation: 'entity.organisation',
  place: 'entity.place',
};

/** The entity page as a complete HTML document. */
export function renderEntityPage(model: EntityPageModel): string {
  return renderDocument(<EntityPage {...model} />);
}

function EntityPage({ chrome, type, name, role, stories, quotes, pagination }: EntityPageModel) {
  const { lang, siteName } = chrome;
  const { page, pages } = pagination;
  const pageTitle = page > 1 ? t(lang, 'title.paged', { title: name, page, pages }) : name;
  return (
    <Layout
      chrome={chrome}
      title={t(lang, 'title.page', { title: pageTitle, siteName })}
      description={t(lang, 'entity.description', { name, siteName })}
      prevHref={pagination.prevHref}
      nextHref={pagination.nextHref}
    >
      <div class="wrap section entity">
        <header class="section__header">
          <p class="kicker">{t(lang, TYPE_LABELS[type])}</p>
          <h1 class="section__title">{name}</h1>
          {role ? <p class="section__intro">{role}</p> : null}
        </header>
        {quotes.length > 0 && (
          <section class="entity-quotes" aria-labelledby="entity-quotes-heading">
            <h2 class="section-heading" id="entity-quotes-heading">
              {t(lang, 'entity.quotes')}
            </h2>
            <ul class="entity-quotes__list">
              {quotes.map((quote) => (
                <li>
                  <figure class="entity-quote">
                    <blockquote class="entity-quote__text">
                      <p>{quote.text}</p>
                    </blockquote>
                    <figcaption class="entity-quote__source">
                      {messageParts(lang, 'entity.quoteFrom', {
                        story: <a href={quote.story.href}>{quote.story.label}</a>,
                        date: <DateTime lang={lang} date={quote.publishedAt} />,
                      })}
                    </figcaption>
                  </figure>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="entity-stories-heading">
          <h2 class="section-heading" id="entity-stories-heading">
            {t(lang, 'entity.stories')}
          </h2>
          <StoryList lang={lang} stories={stories} level={3} />
        </section>
        <Pagination lang={lang} pagination={pagination} />
      </div>
    </Layout>
  );
}
