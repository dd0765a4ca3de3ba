import { pingDatabase } from '../store/health.js';
import type { ServiceContext } from './context.js';

/** Resolves when the database answers; rejects with its error otherwise. */
export async function checkHealth(ctx: Pick<ServiceContext, 'db'>): Promise<void> {
  await pingDatabase(ctx.db);
}
