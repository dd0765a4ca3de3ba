/**
 * The demo newsroom's people: an admin, an editor and a contributor, so that `npm start` gives
 * a newcomer a newsroom to sign in to. Written only into a database without users; each gets a
 * random password, returned once for the start-up message and stored only as a hash.
 */
import { randomBytes } from 'node:crypto';
import type { Role } from '../domain/actor.js';
import type { ServiceContext } from './context.js';
import { createUser } from './create-user.js';
import { listUsers } from './list-users.js';

/** A demo account, with the password to sign in with. */
export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  password: string;
}

const DEMO_PEOPLE: ReadonlyArray<Omit<DemoAccount, 'password'>> = [
  { email: 'admin@demo.example.org', name: 'Nadia Admin', role: 'admin' },
  { email: 'editor@demo.example.org', name: 'Tomás Editor', role: 'editor' },
  { email: 'writer@demo.example.org', name: 'Wei Writer', role: 'contributor' },
];

/** Creates the demo accounts when nobody can sign in yet; null when the newsroom has people. */
export async function writeDemoPeopleIfNone(ctx: ServiceContext): Promise<DemoAccount[] | null> {
  if ((await listUsers(ctx)).length > 0) return null;
  const accounts: DemoAccount[] = [];
  for (const person of DEMO_PEOPLE) {
    const password = randomBytes(12).toString('base64url');
    await createUser(ctx, { ...person, password });
    accounts.push({ ...person, password });
  }
  return accounts;
}
