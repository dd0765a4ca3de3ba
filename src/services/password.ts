/**
 * Password hashing: argon2id with OWASP's recommended parameters (19 MiB, 2 passes, 1 lane),
 * about 10 ms per check on our machines. Hashes are PHC strings (`$argon2id$v=19$m=…`) that
 * carry their own salt and parameters, so old hashes keep verifying after the policy changes.
 */
import { randomBytes } from 'node:crypto';
import { hash, parseOptions, verify, type Algorithm, type Options } from '@node-rs/argon2';

// Algorithm is an ambient const enum, which isolated modules cannot read: 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;

/** The parameters new hashes are made with. */
const POLICY = Object.freeze({ algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } satisfies Options);

/** Hashes a password for storing. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, POLICY);
}

/**
 * True when `password` is the one `storedHash` was made from. The comparison inside argon2 is
 * constant-time; a malformed hash is a plain "no" rather than an error a client could observe.
 */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same work as {@link verifyPassword} for an email nobody has, so the time a
 * sign-in takes does not tell whether the account exists. Always false.
 */
export async function verifyNobodysPassword(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(18).toString('base64url'));
  await verifyPassword(await dummyHash, password);
  return false;
}

/** True when a stored hash was made with other parameters than today's, and should be redone at the next sign-in. */
export function needsRehash(storedHash: string): boolean {
  try {
    const o = parseOptions(storedHash);
    return o.algorithm !== POLICY.algorithm || o.memoryCost !== POLICY.memoryCost || o.timeCost !== POLICY.timeCost || o.parallelism !== POLICY.parallelism;
  } catch {
    return true;
  }
}
