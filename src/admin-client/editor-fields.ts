/** Reading and writing the story editor's fields as plain name → text records. */

/** Fields whose text is kept in the browser and compared: everything a person types in the editor. */
export const KEPT_FIELDS = [
  'lang',
  'headline',
  'standfirst',
  'body',
  'datelinePlace',
  'type',
  'topics',
  'regions',
  'tags',
  'authors',
  'embargoUntil',
  'scheduleFor',
  'comment',
  'correction',
] as const;

/** The fields that make a revision (the workflow notes are sent with their buttons, not autosaved). */
export const STORY_FIELDS = ['headline', 'standfirst', 'body', 'datelinePlace', 'type', 'topics', 'regions', 'tags', 'authors', 'embargoUntil'] as const;

/** Field values by name. */
export type FieldValues = Record<string, string>;

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** The form control called `name`, when the form has one. */
export function control(form: HTMLFormElement, name: string): Control | null {
  const element = form.elements.namedItem(name);
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement ? element : null;
}

/** The current values of `names` (those the form has). */
export function readFields(form: HTMLFormElement, names: readonly string[] = KEPT_FIELDS): FieldValues {
  const values: FieldValues = {};
  for (const name of names) {
    const element = control(form, name);
    if (element) values[name] = element.value;
  }
  return values;
}

/** Puts values back into the form; fields it does not have are left alone. */
export function writeFields(form: HTMLFormElement, values: FieldValues): void {
  for (const [name, value] of Object.entries(values)) {
    const element = control(form, name);
    if (!element || element.disabled || (!(element instanceof HTMLSelectElement) && element.readOnly)) continue;
    element.value = value;
  }
}

/** True when both records hold the same text for every field either names. */
export function sameFields(a: FieldValues, b: FieldValues, names: readonly string[] = KEPT_FIELDS): boolean {
  return names.every((name) => (a[name] ?? '') === (b[name] ?? ''));
}
