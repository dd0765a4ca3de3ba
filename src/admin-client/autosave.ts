/**
 * Autosave: a few seconds after the writer stops typing, the story's fields are saved as a
 * normal revision (with the revision they were typed against). A conflict stops autosaving
 * and says so: pressing Save then shows what changed, with the writer's text kept. The text
 * also stays in the browser's copy until the server has it.
 */
import type { DraftStore } from './draft-store.js';
import { control, readFields, sameFields, STORY_FIELDS, type FieldValues } from './editor-fields.js';
import { debounce, postFields } from './form-post.js';
import { fillTimeOffsets } from './local-times.js';

const DELAY_MS = 3000;

/** What the server answers to an autosave. */
interface AutosaveAnswer {
  revision?: number;
  savedAt?: string;
  error?: { code?: string; message?: string };
}

/** Starts autosaving `form` to its `data-autosave-url`; does nothing on a form without one. */
export function initAutosave(form: HTMLFormElement, store: DraftStore): void {
  const url = form.dataset.autosaveUrl;
  const status = document.querySelector<HTMLElement>('[data-autosave-status]');
  const alert = document.getElementById('autosave-alert');
  const revision = control(form, 'revision');
  if (!url || !revision) return;

  // What the server has: the fields as the page arrived (a restored copy is not saved yet).
  let saved: FieldValues = initialServerFields(form);
  const restored = !sameFields(readFields(form, STORY_FIELDS), saved, STORY_FIELDS);
  let stopped = false;
  let saving = false;
  let again = false;

  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const stop = (message: string) => {
    stopped = true;
    later.cancel();
    if (alert) {
      alert.textContent = message;
      alert.className = 'alert alert--error';
    } else {
      say(message);
    }
  };

  const save = async () => {
    if (stopped) return;
    if (saving) {
      again = true;
      return;
    }
    const fields = readFields(form, STORY_FIELDS);
    if (sameFields(fields, saved, STORY_FIELDS) || (fields.headline ?? '').trim() === '') return;
    saving = true;
    say(form.dataset.msgSaving ?? '');
    try {
      fillTimeOffsets(form);
      const data = new URLSearchParams();
      for (const [name, value] of new FormData(form)) if (typeof value === 'string') data.append(name, value);
      const response = await postFields(url, form, data);
      const answer = (await response.json().catch(() => ({}))) as AutosaveAnswer;
      if (response.ok && typeof answer.revision === 'number') {
        revision.value = String(answer.revision);
        saved = fields;
        store.markSaved(fields, revision.value);
        const time = new Date(answer.savedAt ?? Date.now()).toLocaleTimeString(document.documentElement.lang || undefined, {
          hour: '2-digit',
          minute: '2-digit',
        });
        say((form.dataset.msgSaved ?? '').replace('{time}', time));
      } else if (response.status === 409) {
        stop(form.dataset.msgConflict ?? '');
      } else {
        const reason = answer.error?.message ?? `${response.status} ${response.statusText}`;
        const message = (form.dataset.msgFailed ?? '').replace('{reason}', reason);
        // Signed out or not allowed: trying again would fail the same way.
        if (response.status === 401 || response.status === 403) stop(message);
        else say(message);
      }
    } catch {
      const reason = (navigator.onLine ? form.dataset.msgNoAnswer : form.dataset.msgOffline) ?? '';
      say((form.dataset.msgFailed ?? '').replace('{reason}', reason));
    } finally {
      saving = false;
      if (again) {
        again = false;
        later();
      }
    }
  };

  const later = debounce(() => void save(), DELAY_MS);
  form.addEventListener('input', later);
  form.addEventListener('change', later);
  // A normal submit saves everything; no autosave may race it with an older revision.
  form.addEventListener('submit', () => {
    stopped = true;
    later.cancel();
  });
  if (restored) later();
}

/** The story fields as the server sent them (their `defaultValue`), before any restore. */
function initialServerFields(form: HTMLFormElement): FieldValues {
  const values: FieldValues = {};
  for (const name of STORY_FIELDS) {
    const element = control(form, name);
    if (!element) continue;
    if (element instanceof HTMLSelectElement) {
      const selected = [...element.options].find((o) => o.defaultSelected) ?? element.options[0];
      values[name] = selected?.value ?? '';
    } else {
      values[name] = element.defaultValue;
    }
  }
  return values;
}
