import { allOf, condition, parseContentFilter, STORY_FILTER_FIELDS } from '../domain/content-filter.js';
import { NotFoundError } from '../domain/errors.js';
import type { Story } from '../domain/story.js';
import { createStoryQuery } from '../store/story-query.js';
import type { ServiceContext } from './context.js';

/** One published story by id, or by slug (slugs are unique within a language only). */
export type ContentStoryAddress = ({ id: string } | { slug: string }) & {
  /** The language to look in (for a slug); with a slug and no language, the site's languages in order. */
  lang?: string;
  /** Ghost's NQL, and-ed (`lang:fr`). */
  filter?: string;
};

/**
 * A story readers may see now, with its body and corrections, for the Content API.
 * @throws NotFoundError when there is none (a draft, an embargoed story and a missing one look the same).
 */
export async function getContentStory(ctx: ServiceContext, address: ContentStoryAddress): Promise<Story> {
  const now = ctx.clock();
  const key = 'id' in address ? condition('id', address.id) : condition('slug', address.slug);
  const lang = address.lang === undefined ? undefined : condition('lang', address.lang);
  const filter = allOf(key, lang, parseContentFilter(address.filter, STORY_FILTER_FIELDS, now));
  const { items } = await createStoryQuery(ctx.db).listPublishedWithBodies({ at: now, filter, slice: 'all' });
  // Several languages can share a slug: the site's default language first, then the others in order.
  const rank = (s: Story) => {
    const i = ctx.site.languages.indexOf(s.lang);
    return i < 0 ? ctx.site.languages.length : i;
  };
  const [story] = items.sort((a, b) => rank(a) - rank(b));
  if (!story) {
    const what = 'id' in address ? `with id ${address.id}` : `"${address.slug}"`;
    throw new NotFoundError(`no published story ${what}${address.lang ? ` in ${address.lang}` : ''}`);
  }
  return story;
}
