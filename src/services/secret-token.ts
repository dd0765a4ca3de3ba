/**
 * Secrets handed to a client once (session tokens, API keys, personal tokens): random, and
 * stored only as their SHA-256, so a copy of the database lets nobody in.
 */
import { createHash, randomBytes } from 'node:crypto';

/** A new secret: `prefix` then 32 random bytes in base64url (256 bits). */
export function newSecretToken(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** The SHA-256 of a secret, hex: what the database keeps and looks secrets up by. */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
