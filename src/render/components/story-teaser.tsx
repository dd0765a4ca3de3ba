/** Stories in lists: the lead of the home page, grids of top stories, compact latest lists. */
import type { StoryTeaser as Teaser } from '../view-models.js';
import { DateTime } from './date-time.js';
import { Kicker } from './kicker.js';
import { Picture } from './picture.js';

/** How wide a thumbnail is shown: the lead across the main column, grid cells, or a small list picture. */
const THUMBNAIL_SIZES = {
  lead: '(min-width: 76rem) 46rem, (min-width: 64rem) 62vw, calc(100vw - 2rem)',
  grid: '(min-width: 64rem) 22rem, (min-width: 48rem) 45vw, calc(100vw - 2rem)',
  list: '14rem',
} as const;

/** How much of a teaser is shown: a lead shows everything large, compact only headline and time. */
export type TeaserSize = 'lead' | 'standard' | 'compact';

/** Props of one teaser. */
export interface StoryTeaserProps {
  lang: string;
  story: Teaser;
  /** Heading level of the headline, below the heading of the list it sits in. */
  level: 2 | 3;
  size?: TeaserSize;
  /** False where every story shares the topic (a topic page, a topic block). */
  showTopic?: boolean;
  /** How the list lays teasers out (decides the thumbnail's size). */
  layout?: 'grid' | 'list';
}

/** One story in a list: kicker, headline link, standfirst, date and place. */
export function StoryTeaser({ lang, story, level, size = 'standard', showTopic = true, layout = 'list' }: StoryTeaserProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const image = size !== 'compact' ? story.image : null;
  return (
    <article class={`teaser teaser--${size}`}>
      {image && (
        // The thumbnail repeats the headline's link, so it is not a link itself and has empty alt text.
        <Picture picture={image} sizes={THUMBNAIL_SIZES[size === 'lead' ? 'lead' : layout]} priority={size === 'lead' ? 'first' : 'later'} class="teaser__image" />
      )}
      {size !== 'compact' && <Kicker lang={lang} topic={showTopic ? story.topic : null} type={story.type} />}
      <Heading class="teaser__headline">
        <a href={story.href}>{story.headline}</a>
      </Heading>
      {size !== 'compact' && story.standfirst !== '' && <p class="teaser__standfirst">{story.standfirst}</p>}
      <p class="teaser__meta">
        <DateTime lang={lang} date={story.publishedAt} />
        {story.datelinePlace && <span class="teaser__place">{story.datelinePlace}</span>}
      </p>
    </article>
  );
}

/** Props of a list of teasers. */
export interface StoryListProps extends Omit<StoryTeaserProps, 'story'> {
  stories: readonly Teaser[];
  /** `grid` lays teasers out in columns on wide screens; `list` stacks them. */
  layout?: 'grid' | 'list';
}

/** Teasers as a `<ul>`, so assistive technology announces how many stories there are. */
export function StoryList({ stories, layout = 'list', ...teaser }: StoryListProps) {
  if (stories.length === 0) return null;
  return (
    <ul class={`story-list story-list--${layout}${teaser.size === 'compact' ? ' story-list--compact' : ''}`}>
      {stories.map((story) => (
        <li>
          <StoryTeaser {...teaser} story={story} layout={layout} />
        </li>
      ))}
    </ul>
  );
}
