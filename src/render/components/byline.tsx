/** Who wrote a story: "By A, B and C", each name a link to the writer's page. */
import { joinList } from '../i18n/format.js';
import { messageParts } from '../i18n/messages.js';
import type { Link } from '../view-models.js';

/** The byline, or nothing for a story without named authors. */
export function Byline({ lang, authors }: { lang: string; authors: readonly Link[] }) {
  const named = authors.filter((author) => author.label.trim() !== '');
  if (named.length === 0) return null;
  const links = named.map((author) => (
    <a href={author.href} rel="author">
      {author.label}
    </a>
  ));
  return <p class="byline">{messageParts(lang, 'story.by', { authors: joinList(lang, links) })}</p>;
}
