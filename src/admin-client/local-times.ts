/**
 * Times in the reader's own zone. The server writes every time in UTC (it does not know where
 * the person is); the script shows `<time data-local>` in local time, turns the editor's
 * date-time fields into local time, and says with each save how far local time is from UTC.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date as a `datetime-local` value in local time, seconds included. */
export function toLocalInputValue(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

/** Rewrites every `<time data-local datetime>` under `root` in local time, in the page's language. */
export function localizeTimes(root: ParentNode): void {
  const lang = document.documentElement.lang || undefined;
  const format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  for (const time of root.querySelectorAll<HTMLTimeElement>('time[data-local]')) {
    const date = new Date(time.dateTime);
    if (Number.isNaN(date.getTime())) continue;
    time.title = time.textContent ?? '';
    time.textContent = format.format(date);
  }
}

/** The `datetime-local` fields of a form. */
function timeInputs(form: HTMLFormElement): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>('input[type="datetime-local"]')];
}

/** The reader's time zone by name ("Europe/Paris"), or the offset when the browser gives no name. */
function zoneName(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone) return zone;
  const minutes = -new Date().getTimezoneOffset();
  return `UTC${minutes >= 0 ? '+' : '-'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/**
 * Shows the form's date-time fields in local time (the server sent UTC) and says so in their
 * hints, using the form's `data-msg-time-local` text.
 */
export function showTimeFieldsInLocalTime(form: HTMLFormElement): void {
  const message = form.dataset.msgTimeLocal?.replace('{zone}', zoneName());
  for (const input of timeInputs(form)) {
    if (input.value) {
      const date = new Date(`${input.value}Z`);
      // The default changes too: it stands for "what the server has" when deciding what to save.
      if (!Number.isNaN(date.getTime())) input.value = input.defaultValue = toLocalInputValue(date);
    }
    const hint = input.id ? document.getElementById(`${input.id}-hint`) : null;
    if (hint && message) hint.textContent = message;
  }
}

/**
 * Fills the hidden `{name}Offset` field of each date-time field with the minutes between UTC
 * and local time at the moment it names (daylight saving makes that differ by date).
 */
export function fillTimeOffsets(form: HTMLFormElement): void {
  for (const input of timeInputs(form)) {
    const offset = form.elements.namedItem(`${input.name}Offset`);
    if (!(offset instanceof HTMLInputElement)) continue;
    const date = input.value ? new Date(input.value) : new Date();
    offset.value = String(Number.isNaN(date.getTime()) ? new Date().getTimezoneOffset() : date.getTimezoneOffset());
  }
}
