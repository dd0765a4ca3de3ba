/**
 * A very small XML writer for feeds and sitemaps: elements are built as already-escaped
 * markup, text and attribute values are escaped on the way in, and characters XML 1.0 forbids
 * (control characters, lone surrogates) are dropped, so whatever a writer typed the output parses.
 * We write the XML ourselves rather than through the `feed` package because that package cannot
 * give RSS items `dc:creator` or `media:content`, and sitemaps need their own namespaces too.
 */

/** Markup that is already escaped; text passed as a plain string is escaped. */
export class XmlMarkup {
  constructor(readonly text: string) {}
}

/** What an element may contain: markup, text (escaped), or nothing. */
export type XmlChild = XmlMarkup | string | number | null | undefined | false | readonly XmlChild[];

/** Attribute values; undefined and null leave the attribute out. */
export type XmlAttributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

// XML 1.0 Char production: tab, newline, carriage return, and the rest from U+0020 up, minus
// surrogates (lone ones; pairs are fine) and U+FFFE/U+FFFF.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe for element content. */
export function escapeText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text made safe for a double-quoted attribute value. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** An element: `el('link', {href}, 'text', el('child'))`. Without children it is written self-closed. */
export function el(name: string, attributes: XmlAttributes | null = null, ...children: XmlChild[]): XmlMarkup {
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null) continue;
    open += ` ${key}="${escapeAttribute(String(value))}"`;
  }
  const inner = childrenMarkup(children);
  return new XmlMarkup(inner === '' ? `${open}/>` : `${open}>${inner}</${name}>`);
}

/** A complete document: the XML declaration, then the root element. */
export function xmlDocument(root: XmlMarkup): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root.text}\n`;
}

function childrenMarkup(children: readonly XmlChild[]): string {
  let out = '';
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (child instanceof XmlMarkup) out += child.text;
    else if (Array.isArray(child)) out += childrenMarkup(child);
    else out += escapeText(String(child));
  }
  return out;
}
