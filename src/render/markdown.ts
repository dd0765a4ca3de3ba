/**
 * Story bodies: CommonMark to HTML with nothing a writer types able to run script or pull in
 * outside content. Raw HTML is shown as text, links may only be http(s), mailto or relative,
 * images are not rendered (stories get their pictures through media, with alt text and
 * credit), and headings start at h2 because the page's h1 is the headline.
 */
import MarkdownIt from 'markdown-it';
import type { StateCore, Token } from 'markdown-it';

/** What a body is rendered with besides its text. */
export interface MarkdownOptions {
  /** The place the story was reported from, put at the start of the first paragraph. */
  datelinePlace?: string | null;
}

interface RenderEnv {
  datelinePlace?: string;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);
const EXTERNAL = /^(?:https?:)?\/\//i;
/** What a writer may have typed between the place and the story: "NAIROBI — ", "NAIROBI - ". */
const DATELINE_SEPARATOR = /^\s*[—–-]+\s*/;

// One instance for the whole process: building one takes far longer than rendering a body.
const md = new MarkdownIt('default', { html: false, linkify: true, typographer: true });
md.disable('image');
md.validateLink = (url: string): boolean => {
  const scheme = SCHEME.exec(url.trim());
  return scheme === null || ALLOWED_SCHEMES.has(scheme[1]!.toLowerCase());
};
md.core.ruler.push('shift_headings', shiftHeadings);
md.core.ruler.push('dateline', placeDateline);

md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx]!;
  if (EXTERNAL.test(token.attrGet('href') ?? '')) token.attrSet('rel', 'noopener');
  return self.renderToken(tokens, idx, options);
};
md.renderer.rules.dateline = (tokens, idx) =>
  `<span class="dateline">${md.utils.escapeHtml(tokens[idx]!.content)}</span> — `;

/** The HTML of a Markdown story body; see the module comment for what is refused. */
export function renderMarkdown(body: string, options: MarkdownOptions = {}): string {
  const env: RenderEnv = {};
  const place = options.datelinePlace?.trim();
  if (place) env.datelinePlace = place;
  return md.render(body, env);
}

/**
 * Renumbers the body's headings as an outline under the headline: the first level used
 * becomes h2 and each deeper level one more, so the page keeps a single h1 and never skips a
 * level (the Nu checker counts a skip as an error). `#` becomes h2, and so does a top `##`.
 */
function shiftHeadings(state: StateCore): void {
  // Open sections: the level the writer typed and the level it is shown at.
  const open: Array<{ typed: number; shown: number }> = [];
  let shown = 2;
  for (const token of state.tokens) {
    if (token.type === 'heading_open') {
      const typed = Number(token.tag.slice(1));
      while (open.length > 0 && open[open.length - 1]!.typed >= typed) open.pop();
      shown = Math.min(6, (open[open.length - 1]?.shown ?? 1) + 1);
      open.push({ typed, shown });
      token.tag = `h${shown}`;
    } else if (token.type === 'heading_close') {
      token.tag = `h${shown}`;
    }
  }
}

/**
 * Puts the dateline place before the text of the first top-level paragraph. When the writer
 * already typed the place there ("**NAIROBI** — …"), that text is replaced rather than repeated.
 */
function placeDateline(state: StateCore): void {
  const place = (state.env as RenderEnv).datelinePlace;
  if (!place) return;
  const at = state.tokens.findIndex((token) => token.type === 'paragraph_open' && token.level === 0);
  const children = state.tokens[at + 1]?.children;
  if (at < 0 || !children) return;
  dropTypedPlace(children, place);
  const dateline = new state.Token('dateline', 'span', 0);
  dateline.content = place;
  children.unshift(dateline);
}

function samePlace(a: string, b: string): boolean {
  return a.trim().toLocaleUpperCase() === b.trim().toLocaleUpperCase();
}

/** Removes a leading "**PLACE** —" or "PLACE —" from a paragraph's inline tokens. */
function dropTypedPlace(children: Token[], place: string): void {
  // The inline parser leaves an empty text token before a leading delimiter such as `**`.
  while (children[0]?.type === 'text' && children[0].content === '') children.shift();
  const [first, second, third] = children;
  if (first?.type === 'strong_open' && second?.type === 'text' && third?.type === 'strong_close' && samePlace(second.content, place)) {
    const after = children[3];
    if (after?.type !== 'text' || !DATELINE_SEPARATOR.test(after.content)) return;
    children.splice(0, 3);
    after.content = after.content.replace(DATELINE_SEPARATOR, '');
    if (after.content === '') children.shift();
    return;
  }
  if (first?.type === 'text' && samePlace(first.content.slice(0, place.length), place)) {
    const rest = first.content.slice(place.length);
    if (!DATELINE_SEPARATOR.test(rest)) return;
    first.content = rest.replace(DATELINE_SEPARATOR, '');
    if (first.content === '') children.shift();
  }
}
