/** "In this story": the people, organisations and places a story names, each a link to its page. */
import { t, type MessageKey } from '../i18n/messages.js';
import type { Link, StoryEntityLinks } from '../view-models.js';
import { LinkList } from './link-list.js';

/** A description list like the story's filing (and styled as it), or nothing when it names no one. */
export function StoryEntities({ lang, entities }: { lang: string; entities: StoryEntityLinks | undefined }) {
  if (!entities) return null;
  const groups: Array<[MessageKey, readonly Link[]]> = [
    ['story.people', entities.people],
    ['story.organisations', entities.organisations],
    ['story.places', entities.places],
  ];
  const shown = groups.filter(([, links]) => links.some((link) => link.label.trim() !== ''));
  if (shown.length === 0) return null;
  return (
    <section class="story-terms story-entities" aria-labelledby="story-entities-heading">
      <h2 class="story-terms__heading" id="story-entities-heading">
        {t(lang, 'story.inThisStory')}
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
