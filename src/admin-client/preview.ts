/**
 * The live preview: a little after the writer stops typing, the body is sent to the server,
 * which renders it exactly as the story page will (same Markdown rules), and the panel shows it.
 */
import { control } from './editor-fields.js';
import { debounce, postFields } from './form-post.js';

const DELAY_MS = 400;

/** Wires the preview panel of `form`; returns a function that refreshes it at once. */
export function initPreview(form: HTMLFormElement): () => void {
  const url = form.dataset.previewUrl;
  const panel = document.querySelector<HTMLElement>('[data-preview]');
  if (!url || !panel) return () => {};
  let inFlight: AbortController | undefined;
  let shown: string | undefined;

  const refresh = async () => {
    const body = control(form, 'body')?.value ?? '';
    const place = control(form, 'datelinePlace')?.value ?? '';
    const wanted = `${place}\u0000${body}`;
    if (wanted === shown) return;
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    try {
      const response = await postFields(url, form, new URLSearchParams({ body, datelinePlace: place }), controller.signal);
      if (!response.ok) return;
      const html = await response.text();
      if (controller.signal.aborted) return;
      shown = wanted;
      // The server renders Markdown with raw HTML off: nothing the writer typed can run here.
      // The empty notice is in the page's language, not the story's the panel is set to.
      const { lang, dir } = document.documentElement;
      const empty = `<p class="muted" lang="${escapeText(lang)}" dir="${escapeText(dir)}">${escapeText(panel.dataset.empty ?? '')}</p>`;
      panel.innerHTML = html.trim() === '' ? empty : html;
    } catch {
      // Offline or aborted: the preview just stays as it was.
    }
  };

  const later = debounce(() => void refresh(), DELAY_MS);
  form.addEventListener('input', (event) => {
    const name = (event.target as HTMLInputElement | null)?.name;
    if (name === 'body' || name === 'datelinePlace') later();
  });
  return () => void refresh();
}

function escapeText(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
