/**
 * A copy of the editor's unsaved text in the browser (localStorage), written as the person
 * types, so closing the tab, a crash or a lost connection loses nothing. The copy keeps what
 * the server had when the typing started (`base`) and the revision it was typed against: when
 * the editor opens again with a copy holding changes the server does not have, they are put
 * back with a notice and a way to discard them, and saving them over somebody else's newer
 * revision is a conflict, never a silent overwrite.
 */
import { control, readFields, sameFields, writeFields, type FieldValues } from './editor-fields.js';

const PREFIX = 'dateline:draft:';

/** The fields kept: the story's own (workflow notes travel with their buttons and come back with errors). */
const COPIED = ['lang', 'headline', 'standfirst', 'body', 'datelinePlace', 'type', 'topics', 'regions', 'tags', 'authors', 'embargoUntil'];

/** What is kept for one story (or the new-story page). */
interface StoredDraft {
  fields: FieldValues;
  /** The fields as the server had them when this text was started. */
  base: FieldValues;
  /** The revision the text was typed against; null for a story not saved yet. */
  revision: string | null;
  /** When it was last written (ISO 8601). */
  at: string;
}

/** The copy of one editor. */
export interface DraftStore {
  /** Writes the form's current text, or forgets the copy when nothing differs from the server's. */
  save(): void;
  /** Records that the server now has `saved` at `revision` (after an autosave). */
  markSaved(saved: FieldValues, revision: string): void;
}

function read(key: string): StoredDraft | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (!raw) return null;
    const value = JSON.parse(raw) as StoredDraft;
    return typeof value === 'object' && value !== null && typeof value.fields === 'object' && typeof value.base === 'object' ? value : null;
  } catch {
    return null;
  }
}

function write(key: string, draft: StoredDraft): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // Storage is full or refused: the server copy (autosave) still protects the text.
  }
}

function remove(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Storage refused (private mode): there is nothing to remove.
  }
}

/**
 * Sets up the copy for `form`: puts back unsaved changes (calling `onRestore`), drops a copy
 * with nothing the server lacks, and returns the store the editor writes to as the person types.
 */
export function initDraftStore(form: HTMLFormElement, onRestore: () => void): DraftStore {
  const key = form.dataset.draftKey ?? 'new';
  const serverFields = readFields(form, COPIED);
  const revisionField = control(form, 'revision');
  const serverRevision = revisionField?.value ?? null;
  let base = serverFields;
  let baseRevision = serverRevision;

  // A story just created from the new-story page: the copy kept there has done its job.
  if (key !== 'new') {
    const fresh = read('new');
    if (fresh && (fresh.fields.headline ?? '') === serverFields.headline && (fresh.fields.body ?? '') === serverFields.body) remove('new');
  }

  const stored = read(key);
  const unsaved = stored !== null && !sameFields(stored.fields, stored.base, COPIED) && !sameFields(stored.fields, serverFields, COPIED);
  if (stored && unsaved) {
    writeFields(form, stored.fields);
    base = stored.base;
    baseRevision = stored.revision;
    if (revisionField && stored.revision) revisionField.value = stored.revision;
    showRestoreNotice(stored, () => {
      writeFields(form, serverFields);
      base = serverFields;
      baseRevision = serverRevision;
      if (revisionField && serverRevision) revisionField.value = serverRevision;
      remove(key);
      onRestore();
    });
    onRestore();
  } else if (stored) {
    remove(key);
  }

  const store: DraftStore = {
    save() {
      const fields = readFields(form, COPIED);
      if (sameFields(fields, base, COPIED)) remove(key);
      else write(key, { fields, base, revision: baseRevision, at: new Date().toISOString() });
    },
    markSaved(saved, revision) {
      base = { ...base, ...saved };
      baseRevision = revision;
      store.save();
    },
  };
  return store;
}

/** Shows the server-rendered "we brought back your text" notice, with its Discard button. */
function showRestoreNotice(stored: StoredDraft, discard: () => void): void {
  const notice = document.getElementById('draft-restore');
  const message = notice?.querySelector<HTMLElement>('[data-template]');
  const button = notice?.querySelector<HTMLButtonElement>('[data-discard]');
  if (!notice || !message || !button) return;
  const at = new Date(stored.at);
  const time = Number.isNaN(at.getTime())
    ? stored.at
    : new Intl.DateTimeFormat(document.documentElement.lang || undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  message.textContent = (message.dataset.template ?? '').replace('{time}', time);
  notice.hidden = false;
  button.addEventListener('click', () => {
    discard();
    notice.hidden = true;
    document.getElementById('headline')?.focus();
  });
}
