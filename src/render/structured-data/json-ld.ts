/**
 * JSON-LD in a page: `<script type="application/ld+json">` is a data block, not script, so the
 * Content-Security-Policy has nothing to allow; what matters is that no text in it can end the
 * element. `<` (and `>`, `&`, and the two line separators JavaScript once choked on) are
 * written as \u escapes, which JSON readers decode to the same characters.
 */

/** A JSON-LD document: a typed schema-dts object (with `@context`), or several in an array. */
export type JsonLdDocument = object;

/** The document as the text of a `<script type="application/ld+json">` element. */
export function serializeJsonLd(doc: JsonLdDocument): string {
  return JSON.stringify(doc).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
