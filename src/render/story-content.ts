/**
 * A story's text outside the reader's page: HTML for feeds and APIs (the dateline, the body
 * and the corrections, with links made absolute because a feed reader or another site has no
 * base URL), plain text, and the reading time Ghost clients show.
 */
import { formatDate } from './i18n/format.js';
import { t } from './i18n/messages.js';
import { renderMarkdown } from './markdown.js';

/** What the HTML is made from. */
export interface StoryContentInput {
  lang: string;
  body: string;
  datelinePlace: string | null;
  corrections?: ReadonlyArray<{ at: Date; text: string }>;
}

/** The story as an HTML fragment with absolute links; corrections, when given, follow the body. */
export function storyHtml(story: StoryContentInput, siteUrl: string): string {
  let html = renderMarkdown(story.body, { datelinePlace: story.datelinePlace });
  const corrections = story.corrections ?? [];
  if (corrections.length > 0) {
    const items = corrections
      .map((c) => `<li><strong>${escapeHtml(t(story.lang, 'story.correction', { date: formatDate(story.lang, c.at) }))}</strong> ${escapeHtml(c.text)}</li>`)
      .join('');
    html += `<h2>${escapeHtml(t(story.lang, 'story.corrections'))}</h2><ul>${items}</ul>\n`;
  }
  return absoluteLinks(html, siteUrl);
}

/**
 * Makes root-relative `href` and `src` values absolute (`/en/…` → `https://site/en/…`).
 * The HTML comes from our Markdown renderer, which writes attributes double-quoted.
 */
export function absoluteLinks(html: string, siteUrl: string): string {
  const origin = siteUrl.replace(/\/+$/, '');
  return html.replace(/ (href|src)="\/(?!\/)/g, ` $1="${origin}/`);
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of an HTML fragment: block ends become line breaks, tags go, entities are decoded. */
export function htmlToPlaintext(html: string): string {
  return html
    .replace(/<\/(p|h[1-6]|li|blockquote|pre|ul|ol)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const WORDS_PER_MINUTE = 275;
const segmenters = new Map<string, Intl.Segmenter>();

/** Words in a text, counted the way its language splits words (Chinese has no spaces). */
export function countWords(text: string, lang: string): number {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    }
    segmenters.set(lang, segmenter);
  }
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

/** Minutes to read a text, rounded, at 275 words a minute (Ghost's rate); at least 1 for any text. */
export function readingMinutes(text: string, lang: string): number {
  const words = countWords(text, lang);
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
