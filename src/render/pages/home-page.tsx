/** The front page of one language: the lead story, top stories, the latest, and a block per topic. */
import { Layout } from '../components/layout.js';
import { StoryList, StoryTeaser } from '../components/story-teaser.js';
import { t } from '../i18n/messages.js';
import { renderDocument } from '../render-document.js';
import type { HomePageModel } from '../view-models.js';

/** The home page as a complete HTML document. */
export function renderHomePage(model: HomePageModel): string {
  return renderDocument(<HomePage {...model} />);
}

function HomePage({ chrome, lead, top, latest, topicBlocks }: HomePageModel) {
  const { lang, siteName } = chrome;
  const blocks = topicBlocks.filter((block) => block.stories.length > 0);
  const empty = lead === null && top.length === 0 && latest.length === 0 && blocks.length === 0;
  return (
    <Layout chrome={chrome} title={t(lang, 'home.title', { siteName })} description={t(lang, 'home.description', { siteName })} isHome>
      <div class="wrap home">
        {empty && <p class="empty">{t(lang, 'home.empty')}</p>}
        {(lead || top.length > 0 || latest.length > 0) && (
          <div class="home__front">
            <div class="home__main">
              {lead && (
                <section class="home__lead" aria-label={t(lang, 'home.lead')}>
                  <StoryTeaser lang={lang} story={lead} level={2} size="lead" />
                </section>
              )}
              {top.length > 0 && (
                <section class="home__top" aria-labelledby="top-heading">
                  <h2 class="section-heading" id="top-heading">
                    {t(lang, 'home.top')}
                  </h2>
                  <StoryList lang={lang} stories={top} level={3} layout="grid" />
                </section>
              )}
            </div>
            {latest.length > 0 && (
              <section class="home__latest" aria-labelledby="latest-heading">
                <h2 class="section-heading" id="latest-heading">
                  {t(lang, 'home.latest')}
                </h2>
                <StoryList lang={lang} stories={latest} level={3} size="compact" />
              </section>
            )}
          </div>
        )}
        {blocks.length > 0 && (
          <div class="topic-blocks">
            {blocks.map((block, i) => (
              <section class="topic-block" aria-labelledby={`topic-block-${i}`}>
                <h2 class="section-heading" id={`topic-block-${i}`}>
                  {block.topic.label}
                </h2>
                <StoryList lang={lang} stories={block.stories} level={3} showTopic={false} />
                <p class="topic-block__more">
                  <a href={block.topic.href}>{t(lang, 'home.more', { topic: block.topic.label })}</a>
                </p>
              </section>
            ))}
          </div>
        )}
      </div>
    </Layout>
  );
}
