/** Sending a form's fields to the server from the script, with the session's CSRF token. */

/** The name of the CSRF field every admin form carries (see web/plugins/session-auth.ts). */
const CSRF_FIELD = '_csrf';

/** The CSRF token in a form's hidden field. */
export function csrfTokenOf(form: HTMLFormElement): string {
  const field = form.elements.namedItem(CSRF_FIELD);
  return field instanceof HTMLInputElement ? field.value : '';
}

/** POSTs `fields` as a urlencoded form, with the CSRF token in both the body and the header. */
export function postFields(url: string, form: HTMLFormElement, fields: URLSearchParams, signal?: AbortSignal): Promise<Response> {
  const token = csrfTokenOf(form);
  if (!fields.has(CSRF_FIELD)) fields.set(CSRF_FIELD, token);
  return fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8', 'x-csrf-token': token, accept: 'application/json, text/html' },
    body: fields,
    signal,
  });
}

/** Waits `ms` after the last call before running `work`; `cancel` drops a pending run. */
export function debounce(work: () => void, ms: number): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    clearTimeout(timer);
    timer = setTimeout(work, ms);
  };
  run.cancel = () => clearTimeout(timer);
  return run;
}
