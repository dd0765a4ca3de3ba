/** The hidden CSRF field every admin form that changes something carries. */
import type { CsrfField } from '../../admin-view-models.js';

/** `<input type="hidden">` with the session's CSRF token. */
export function CsrfInput({ csrf }: { csrf: CsrfField }) {
  return <input type="hidden" name={csrf.name} value={csrf.value} />;
}
