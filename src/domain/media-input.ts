/** The metadata a newsroom writes about a picture, checked and tidied before it is stored. */
import { ValidationError } from './errors.js';
import { MEDIA_LIMITS, type FocalPoint, type TextByLanguage } from './media.js';

/** A change to an item's metadata; absent fields stay as they are. */
export interface MediaMetadataInput {
  /** Alt text by language; an empty text removes that language's. */
  alt?: Record<string, string>;
  /** Caption by language; an empty text removes that language's. */
  caption?: Record<string, string>;
  credit?: string;
  source?: string;
  focalPoint?: FocalPoint;
}

/** The change, tidied: texts trimmed, empty ones marked for removal (null). */
export interface MediaMetadataChange {
  alt?: Record<string, string | null>;
  caption?: Record<string, string | null>;
  credit?: string;
  source?: string;
  focalPoint?: FocalPoint;
}

/**
 * Checks a metadata change against the site's languages and the limits.
 * @throws ValidationError naming the first bad field.
 */
export function validateMediaMetadata(input: MediaMetadataInput, languages: readonly string[]): MediaMetadataChange {
  const out: MediaMetadataChange = {};
  if (input.alt !== undefined) out.alt = texts('alt', input.alt, languages, MEDIA_LIMITS.alt);
  if (input.caption !== undefined) out.caption = texts('caption', input.caption, languages, MEDIA_LIMITS.caption);
  if (input.credit !== undefined) out.credit = line('credit', input.credit, MEDIA_LIMITS.credit);
  if (input.source !== undefined) out.source = line('source', input.source, MEDIA_LIMITS.source);
  if (input.focalPoint !== undefined) {
    const { x, y } = input.focalPoint;
    for (const [axis, value] of [['x', x], ['y', y]] as const) {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
        throw new ValidationError(`focalPoint.${axis}`, 'must be a number from 0 (left or top edge) to 1 (right or bottom edge)');
      }
    }
    out.focalPoint = { x: Math.round(x * 1000) / 1000, y: Math.round(y * 1000) / 1000 };
  }
  return out;
}

/** Texts by language after a change: removed where the change says null, replaced where it gives text. */
export function applyTextChange(current: TextByLanguage, change: Record<string, string | null> | undefined): Record<string, string> {
  const next: Record<string, string> = { ...current };
  for (const [lang, text] of Object.entries(change ?? {})) {
    if (text === null) delete next[lang];
    else next[lang] = text;
  }
  return next;
}

function texts(field: string, input: Record<string, string>, languages: readonly string[], max: number): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [lang, text] of Object.entries(input)) {
    if (!languages.includes(lang)) {
      throw new ValidationError(`${field}.${lang}`, `"${lang}" is not one of this site's languages (${languages.join(', ')})`);
    }
    if (typeof text !== 'string') throw new ValidationError(`${field}.${lang}`, 'must be text');
    out[lang] = line(`${field}.${lang}`, text, max) || null;
  }
  return out;
}

function line(field: string, text: string, max: number): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed.length > max) throw new ValidationError(field, `must be at most ${max} characters`);
  return trimmed;
}

/** An uploaded file's name, kept for people: path parts and control characters removed, length capped. */
export function cleanFilename(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, MEDIA_LIMITS.filename);
  return cleaned === '' ? 'image' : cleaned;
}
