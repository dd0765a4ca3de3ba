/** Where a story is filed: its topics, regions and tags, each a link to its section. */
import { t, type MessageKey } from '../i18n/messages.js';
import type { Link } from '../view-models.js';
import { LinkList } from './link-list.js';

/** Props of the story's filing list. */
export interface StoryTermsProps {
  lang: string;
  topics: readonly Link[];
  regions: readonly Link[];
  tags: readonly Link[];
}

/** A description list of the story's sections, or nothing when it is filed nowhere. */
export function StoryTerms({ lang, topics, regions, tags }: StoryTermsProps) {
  const groups: Array<[MessageKey, readonly Link[]]> = [
    ['story.topics', topics],
    ['story.regions', regions],
    ['story.tags', tags],
  ];
  const shown = groups.filter(([, links]) => links.some((link) => link.label.trim() !== ''));
  if (shown.length === 0) return null;
  return (
    <section class="story-terms" aria-labelledby="story-terms-heading">
      <h2 class="story-terms__heading" id="story-terms-heading">
        {t(lang, 'story.filed')}
      </h2>
      <dl class="story-terms__list">
        {shown.map(([key, links]) => (
          <div class="story-terms__group">
            <dt>{t(lang, key)}</dt>
            <dd>
              <LinkList links={links} class="chips" />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
