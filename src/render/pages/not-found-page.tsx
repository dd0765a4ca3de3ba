/** The page sent with a 404: what was asked for, a way home, and the newest stories. */
import { Layout } from '../components/layout.js';
import { StoryList } from '../components/story-teaser.js';
import { messageParts, t } from '../i18n/messages.js';
import { renderDocument } from '../render-document.js';
import type { NotFoundPageModel } from '../view-models.js';

/** The not-found page as a complete HTML document; search engines are asked not to index it. */
export function renderNotFoundPage(model: NotFoundPageModel): string {
  return renderDocument(<NotFoundPage {...model} />);
}

function NotFoundPage({ chrome, requestedPath, latest }: NotFoundPageModel) {
  const { lang, siteName } = chrome;
  return (
    <Layout
      chrome={chrome}
      title={t(lang, 'title.page', { title: t(lang, 'notFound.title'), siteName })}
      description={t(lang, 'notFound.description')}
      canonical={false}
      robots="noindex"
    >
      <div class="wrap not-found">
        <h1 class="not-found__title">{t(lang, 'notFound.title')}</h1>
        <p class="not-found__message">{messageParts(lang, 'notFound.message', { path: <code class="not-found__path">{requestedPath}</code> })}</p>
        <p>{t(lang, 'notFound.help')}</p>
        <p>
          <a class="button" href={chrome.homeHref}>
            {t(lang, 'notFound.home')}
          </a>
        </p>
        {latest.length > 0 && (
          <section class="not-found__latest" aria-labelledby="latest-heading">
            <h2 class="section-heading" id="latest-heading">
              {t(lang, 'notFound.latest')}
            </h2>
            <StoryList lang={lang} stories={latest} level={3} size="compact" />
          </section>
        )}
      </div>
    </Layout>
  );
}
