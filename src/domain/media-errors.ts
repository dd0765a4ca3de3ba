/**
 * Why an upload or a media change is refused, beyond plain validation: each names the limit or
 * the rule, and the web room gives each its own status (413, 415, 422, 409).
 */
import { DomainError } from './errors.js';

/** The upload is larger than the configured byte limit (413). */
export class MediaTooLargeError extends DomainError {
  readonly code = 'payload_too_large';
}

/** The bytes are not an image in a format Dateline accepts, whatever the name says (415). */
export class UnsupportedMediaError extends DomainError {
  readonly code = 'unsupported_media_type';
}

/** The image is well-formed but refused: more pixels than the limit, or no pixels to read (422). */
export class UnprocessableMediaError extends DomainError {
  readonly code = 'unprocessable_image';
}

/** The item is still used (by a story) and cannot be deleted (409). */
export class MediaInUseError extends DomainError {
  readonly code = 'in_use';
}
