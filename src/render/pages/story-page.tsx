/** The page of one story: headline, standfirst, byline, body, corrections, filing, related stories. */
import { Byline } from '../components/byline.js';
import { Corrections } from '../components/corrections.js';
import { DateTime } from '../components/date-time.js';
import { HeroFigure } from '../components/hero-figure.js';
import { Kicker } from '../components/kicker.js';
import { Layout } from '../components/layout.js';
import { StoryBody } from '../components/story-body.js';
import { StoryEntities } from '../components/story-entities.js';
import { StoryTerms } from '../components/story-terms.js';
import { StoryList } from '../components/story-teaser.js';
import { messageParts, t } from '../i18n/messages.js';
import { renderDocument } from '../render-document.js';
import type { StoryPageModel } from '../view-models.js';

/** The story page as a complete HTML document. */
export function renderStoryPage(model: StoryPageModel): string {
  return renderDocument(<StoryPage {...model} />);
}

function StoryPage(model: StoryPageModel) {
  const { chrome } = model;
  const { lang } = chrome;
  return (
    <Layout chrome={chrome} title={t(lang, 'title.page', { title: model.headline, siteName: chrome.siteName })} description={model.standfirst}>
      <div class="wrap">
        <article class="story">
          <header class="story__header">
            <Kicker lang={lang} topic={model.topics[0] ?? null} type={model.type} />
            <h1 class="story__headline">{model.headline}</h1>
            {model.standfirst !== '' && <p class="story__standfirst">{model.standfirst}</p>}
            <div class="story__meta">
              <Byline lang={lang} authors={model.authors} />
              <p class="story__dates">
                <span class="story__published">{messageParts(lang, 'story.published', { date: <DateTime lang={lang} date={model.publishedAt} /> })}</span>
                {model.updatedAt && ' '}
                {model.updatedAt && (
                  <span class="story__updated">{messageParts(lang, 'story.updated', { date: <DateTime lang={lang} date={model.updatedAt} /> })}</span>
                )}
              </p>
            </div>
          </header>
          {model.hero && <HeroFigure figure={model.hero} />}
          <StoryBody body={model.body} datelinePlace={model.datelinePlace} />
          <Corrections lang={lang} corrections={model.corrections} />
          <StoryTerms lang={lang} topics={model.topics} regions={model.regions} tags={model.tags} />
          <StoryEntities lang={lang} entities={model.entities} />
        </article>
        {model.related.length > 0 && (
          <section class="related" aria-labelledby="related-heading">
            <h2 class="section-heading" id="related-heading">
              {t(lang, 'story.related')}
            </h2>
            <StoryList lang={lang} stories={model.related} level={3} layout="grid" />
          </section>
        )}
      </div>
    </Layout>
  );
}
