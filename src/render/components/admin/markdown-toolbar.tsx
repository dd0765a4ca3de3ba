/**
 * The Markdown toolbar over the body: bold, italic, link, heading, quote, list. It does nothing
 * without the script, so it is sent hidden and the script shows it; the buttons are real
 * buttons (Enter and Space work) and arrow keys move between them, as in any toolbar.
 */
import { adminText } from '../../i18n/admin-messages.js';

const TOOLS = ['bold', 'italic', 'link', 'heading', 'quote', 'list'] as const;

/** The toolbar for the text area `controls` (its id). */
export function MarkdownToolbar({ lang, controls }: { lang: string; controls: string }) {
  return (
    <div class="md-toolbar" role="toolbar" aria-label={adminText(lang, 'editor.toolbar')} aria-controls={controls} data-md-toolbar={controls} hidden>
      {TOOLS.map((tool, i) => (
        <button type="button" class={`md-toolbar__button md-toolbar__button--${tool}`} data-md={tool} tabIndex={i === 0 ? 0 : -1}>
          {adminText(lang, `editor.tool.${tool}`)}
        </button>
      ))}
    </div>
  );
}
