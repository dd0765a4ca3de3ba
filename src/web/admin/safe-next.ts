/**
 * Where to go after signing in. `next` comes from the query string, so anyone can craft it:
 * only a path on this site is followed, never another origin (`//evil.example`, `/\evil`,
 * `https://…`), so the sign-in page cannot be used to send people elsewhere.
 */

/** Where signing in leads when `next` is missing or unsafe. */
export const DEFAULT_AFTER_SIGN_IN = '/admin';

const BASE = 'http://dateline.invalid';

/** `next` when it is a same-origin path (not the sign-in page itself), else {@link DEFAULT_AFTER_SIGN_IN}. */
export function safeNextPath(next: string | undefined): string {
  if (next === undefined || next.length === 0 || next.length > 2000) return DEFAULT_AFTER_SIGN_IN;
  // A single leading slash; no backslash (browsers read it as a slash) and no control characters.
  if (!next.startsWith('/') || next.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(next)) return DEFAULT_AFTER_SIGN_IN;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (url.origin !== BASE) return DEFAULT_AFTER_SIGN_IN;
  if (url.pathname === '/admin/sign-in' || url.pathname === '/admin/sign-out') return DEFAULT_AFTER_SIGN_IN;
  return url.pathname + url.search + url.hash;
}
