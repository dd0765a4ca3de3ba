import type { Kysely } from 'kysely';
import { fromDate, toDate } from './rows.js';
import type { Tables } from './schema.js';

/** Which attempts to count: by the email tried, or by the address they came from. */
export type FailureKey = { account: string } | { address: string };

/**
 * Failed sign-ins, kept in the database so that the rate limit holds across instances and
 * restarts. Rows older than the window are pruned as new ones arrive.
 */
export function createSignInFailureRepository(db: Kysely<Tables>) {
  return {
    /** Records a failed attempt. */
    async insert(failure: { id: string; account: string; address: string; at: Date }): Promise<void> {
      await db
        .insertInto('sign_in_failures')
        .values({ id: failure.id, account: failure.account, address: failure.address, at: fromDate(failure.at) })
        .execute();
    },

    /** The times of the failures for this account or address since `since`, oldest first. */
    async listTimesSince(key: FailureKey, since: Date): Promise<Date[]> {
      let q = db.selectFrom('sign_in_failures').select('at').where('at', '>', fromDate(since));
      q = 'account' in key ? q.where('account', '=', key.account) : q.where('address', '=', key.address);
      const rows = await q.orderBy('at').execute();
      return rows.map((r) => toDate(r.at));
    },

    /** Forgets the failures of an account (after it signed in). */
    async deleteByAccount(account: string): Promise<void> {
      await db.deleteFrom('sign_in_failures').where('account', '=', account).execute();
    },

    /** Forgets the failures of this account and this address from before `before`: they no longer count. */
    async deleteOlderThan(before: Date, account: string, address: string): Promise<void> {
      await db
        .deleteFrom('sign_in_failures')
        .where('at', '<=', fromDate(before))
        .where((eb) => eb.or([eb('account', '=', account), eb('address', '=', address)]))
        .execute();
    },
  };
}

export type SignInFailureRepository = ReturnType<typeof createSignInFailureRepository>;
