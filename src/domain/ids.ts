import { randomBytes } from 'node:crypto';

/**
 * New record id: 24 hexadecimal characters, time first (like a MongoDB ObjectId, the id
 * form Ghost uses), so ids sort roughly by creation and Ghost clients accept them.
 */
export function newId(now: Date = new Date()): string {
  const seconds = Math.floor(now.getTime() / 1000).toString(16).padStart(8, '0');
  return seconds + randomBytes(8).toString('hex');
}
