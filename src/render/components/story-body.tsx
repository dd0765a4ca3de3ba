/** A story's Markdown body as HTML, with the dateline place leading the first paragraph. */
import { renderMarkdown } from '../markdown.js';

/** The body; `renderMarkdown` refuses raw HTML and unsafe links, so its output may be inlined. */
export function StoryBody({ body, datelinePlace }: { body: string; datelinePlace: string | null }) {
  return <div class="story__body" dangerouslySetInnerHTML={{ __html: renderMarkdown(body, { datelinePlace }) }} />;
}
