/**
 * Errors that carry a reason a person can act on. The web room maps each kind to an HTTP
 * status (see web/plugins/error-handler.ts) and the CLI prints the message; neither adds detail.
 */

/** Base class: `code` is stable for clients, `message` is for people. */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  constructor(message: string, readonly details?: Record<string, unknown>) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that breaks a rule; `field` names the offending field. */
export class ValidationError extends DomainError {
  readonly code = 'validation_failed';
  constructor(readonly field: string, message: string) {
    super(`${field}: ${message}`, { field });
  }
}

/** The thing asked for does not exist (or is not visible to the caller). */
export class NotFoundError extends DomainError {
  readonly code = 'not_found';
}

/** A save based on an old revision: somebody else saved in between. */
export class RevisionConflictError extends DomainError {
  readonly code = 'revision_conflict';
  constructor(readonly currentRevision: number, readonly givenRevision: number) {
    super(
      `the story is at revision ${currentRevision} but this change was based on revision ${givenRevision}; ` +
        'reload it, reapply the change and save again',
      { currentRevision, givenRevision },
    );
  }
}

/** Another record already uses a unique value (a slug in a language, …). */
export class DuplicateError extends DomainError {
  readonly code = 'duplicate';
  constructor(readonly field: string, message: string) {
    super(message, { field });
  }
}

/** A workflow step that the story's current state does not allow. */
export class TransitionError extends DomainError {
  readonly code = 'invalid_transition';
}

/** No valid credentials. */
export class UnauthenticatedError extends DomainError {
  readonly code = 'unauthenticated';
}

/** Valid credentials, but the actor's role may not do this. */
export class ForbiddenError extends DomainError {
  readonly code = 'forbidden';
}

/**
 * A webhook URL that is, or resolves to, a loopback, private or other internal address: refused
 * so that nobody can make Dateline send requests into its own network (server-side request forgery).
 */
export class PrivateAddressError extends DomainError {
  readonly code = 'private_address';
}

/** Too many attempts (failed sign-ins): wait `retryAfterSeconds` before trying again. */
export class RateLimitedError extends DomainError {
  readonly code = 'rate_limited';
  constructor(readonly retryAfterSeconds: number, what: string) {
    super(`${what}; try again in ${describeWait(retryAfterSeconds)}`, { retryAfterSeconds });
  }
}

/** "45 seconds", "1 minute", "14 minutes": how long to wait, rounded up to what a person reads. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
