/**
 * The admin UI's script, bundled by esbuild into one small file (scripts/build-client.mjs).
 * Every page works without it; it only adds: local times, confirmations, the Markdown toolbar,
 * the live preview, autosave with a copy in the browser, and stepping through diffs.
 */
import { initAutosave } from './autosave.js';
import { initConfirmButtons } from './confirm-buttons.js';
import { initDiffNav } from './diff-nav.js';
import { initDraftStore } from './draft-store.js';
import { initDropUploads } from './drop-upload.js';
import { fillTimeOffsets, localizeTimes, showTimeFieldsInLocalTime } from './local-times.js';
import { initMarkdownToolbars } from './markdown-toolbar.js';
import { initPreview } from './preview.js';

/** Sets up the story editor: times, the browser copy, preview and autosave, in that order. */
function initEditor(form: HTMLFormElement): void {
  // MUST come first: the browser copy holds local times, so the fields must be local before comparing.
  showTimeFieldsInLocalTime(form);
  const refreshPreview = initPreview(form);
  const store = initDraftStore(form, refreshPreview);
  const keep = () => store.save();
  form.addEventListener('input', keep);
  form.addEventListener('change', keep);
  form.addEventListener('submit', () => {
    fillTimeOffsets(form);
    store.save();
  });
  initAutosave(form, store);
}

function start(): void {
  localizeTimes(document);
  initConfirmButtons(document);
  initMarkdownToolbars(document);
  initDiffNav(document);
  initDropUploads(document);
  const editor = document.querySelector<HTMLFormElement>('form[data-editor]');
  if (editor) initEditor(editor);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
