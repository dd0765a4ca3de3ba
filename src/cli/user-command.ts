import { loadConfig } from '../config/config.js';
import { ROLES } from '../domain/actor.js';
import { isRole, type User } from '../domain/user.js';
import type { ServiceContext } from '../services/context.js';
import { createPersonalToken } from '../services/create-personal-token.js';
import { createUser } from '../services/create-user.js';
import { getUserByEmail } from '../services/get-user.js';
import { listUsers } from '../services/list-users.js';
import { resetPassword } from '../services/reset-password.js';
import { updateUser } from '../services/update-user.js';
import { DATABASE_OPTION, parseCommandArgs, UsageError, type CliIo, type Command } from './command.js';
import { loadMain } from './load-main.js';
import { processPasswordSource, readNewPassword, type PasswordSource } from './read-password.js';

const OPTIONS = {
  ...DATABASE_OPTION,
  email: { type: 'string' },
  role: { type: 'string' },
  name: { type: 'string' },
} as const;

const ACTIONS = ['create', 'list', 'set-role', 'reset-password', 'token'] as const;
type Action = (typeof ACTIONS)[number];

/** What one action needs from the command line, checked before the database is opened. */
type Plan =
  | { action: 'create'; email: string; role: string; name: string }
  | { action: 'list' }
  | { action: 'set-role'; email: string; role: string }
  | { action: 'reset-password'; email: string }
  | { action: 'token'; email: string; name: string | undefined };

/**
 * `dateline user`: people of the newsroom from the command line, acting as the system (an
 * admin). Passwords come from stdin or a hidden prompt, never from arguments.
 */
export const userCommand: Command = {
  name: 'user',
  summary: 'Manage people: user create|list|set-role|reset-password|token',
  help: `Usage: dateline user <action> [options] [--database URL]

Manages the people of the newsroom. Passwords are never given as arguments: they are read
from stdin when it is piped, or typed twice at a hidden prompt on a terminal.

Actions:
  create --email E --role R --name N   add a person; prints their id
  list                                 everyone: email, role, status and name
  set-role EMAIL ROLE                  change a role (the last admin cannot be demoted)
  reset-password EMAIL                 set a new password; their sessions end everywhere
  token EMAIL [--name N]               make a personal access token for the Admin API that
                                       acts with the person's role; prints only the token

Roles: ${ROLES.join(', ')}. Passwords have at least 12 characters.

Options:
  --email E         email to sign in with (create)
  --role R          ${ROLES.join(' | ')} (create)
  --name N          the person's name (create), or what a token is for (token)
  --database URL    sqlite:./file.db or postgres://… (default: DATELINE_DATABASE_URL)
  -h, --help        show this help

Example:
  printf '%s' "$PASSWORD" | dateline user create --email amara@example.org --role editor --name "Amara Okafor"`,

  async run(args, io) {
    return runUserCommand(args, io, processPasswordSource());
  },
};

/** Runs `dateline user …` with the password read from `passwords`. */
export async function runUserCommand(args: string[], io: CliIo, passwords: PasswordSource): Promise<number> {
  const { values, positionals } = parseCommandArgs('user', args, OPTIONS, true);
  const plan = planOf(values, positionals);
  // Read before opening the database: a typo at the prompt then costs nothing.
  const password = plan.action === 'create' || plan.action === 'reset-password' ? await readNewPassword(passwords, `user ${plan.action}`) : '';
  const config = loadConfig(io.env, { database: values.database });
  const { openRuntime } = await loadMain();
  const runtime = await openRuntime(config);
  try {
    await perform(plan, password, runtime.contextFor(), io);
    return 0;
  } finally {
    await runtime.close();
  }
}

function planOf(values: { email?: string; role?: string; name?: string }, positionals: string[]): Plan {
  const [action, ...rest] = positionals;
  if (action === undefined) throw new UsageError(`user needs an action: ${ACTIONS.join(', ')} (see dateline user --help)`);
  if (!(ACTIONS as readonly string[]).includes(action)) {
    throw new UsageError(`unknown action "${action}" for "user"; the actions are ${ACTIONS.join(', ')} (see dateline user --help)`);
  }
  const want = (count: number, usage: string) => {
    if (rest.length < count) throw new UsageError(`user ${action} needs ${usage}`);
    if (rest.length > count) throw new UsageError(`unexpected argument "${rest[count]}" for "user ${action}" (see dateline user --help)`);
  };
  const only = (allowed: string[]) => {
    for (const option of ['email', 'role', 'name'] as const) {
      if (values[option] !== undefined && !allowed.includes(option)) {
        throw new UsageError(`user ${action} takes no --${option} (see dateline user --help)`);
      }
    }
  };
  switch (action as Action) {
    case 'create': {
      want(0, '');
      for (const option of ['email', 'role', 'name'] as const) {
        if (!values[option]?.trim()) throw new UsageError(`user create: --${option} is required`);
      }
      checkRole(values.role!, 'user create: --role');
      return { action: 'create', email: values.email!, role: values.role!, name: values.name! };
    }
    case 'list':
      want(0, '');
      only([]);
      return { action: 'list' };
    case 'set-role':
      want(2, 'an email and a role: dateline user set-role EMAIL ROLE');
      only([]);
      checkRole(rest[1]!, 'user set-role: the role');
      return { action: 'set-role', email: rest[0]!, role: rest[1]! };
    case 'reset-password':
      want(1, 'an email: dateline user reset-password EMAIL');
      only([]);
      return { action: 'reset-password', email: rest[0]! };
    case 'token':
      want(1, 'an email: dateline user token EMAIL [--name N]');
      only(['name']);
      return { action: 'token', email: rest[0]!, name: values.name };
  }
}

function checkRole(role: string, what: string): void {
  if (!isRole(role)) throw new UsageError(`${what} must be one of ${ROLES.join(', ')}, not "${role}"`);
}

async function perform(plan: Plan, password: string, ctx: ServiceContext, io: CliIo): Promise<void> {
  switch (plan.action) {
    case 'create': {
      const user = await createUser(ctx, { email: plan.email, role: plan.role, name: plan.name, password });
      io.out(user.id);
      io.err(`created ${user.role} ${user.name} <${user.email}>`);
      return;
    }
    case 'list': {
      const users = await listUsers(ctx);
      if (users.length === 0) {
        io.err('no users yet; add one with dateline user create');
        return;
      }
      for (const line of userTable(users)) io.out(line);
      return;
    }
    case 'set-role': {
      const user = await getUserByEmail(ctx, plan.email);
      const updated = await updateUser(ctx, { id: user.id, role: plan.role });
      io.out(
        updated.role === user.role
          ? `${updated.email} is already ${updated.role}`
          : `${updated.email} is now ${updated.role} (was ${user.role})`,
      );
      return;
    }
    case 'reset-password': {
      const user = await getUserByEmail(ctx, plan.email);
      const { sessionsEnded } = await resetPassword(ctx, { id: user.id, password });
      io.out(`new password set for ${user.email}; ${sessionsEnded === 1 ? '1 session' : `${sessionsEnded} sessions`} signed out`);
      return;
    }
    case 'token': {
      const user = await getUserByEmail(ctx, plan.email);
      const { token } = await createPersonalToken(ctx, { userId: user.id, name: plan.name });
      io.out(token);
      io.err(`created a personal access token for ${user.email} (acts as ${user.role}); it is shown only this once`);
      return;
    }
  }
}

/** The list as aligned columns, with a header line. */
function userTable(users: User[]): string[] {
  const rows = [
    ['EMAIL', 'ROLE', 'STATUS', 'NAME'],
    ...users.map((u) => [u.email, u.role, u.disabledAt ? 'disabled' : 'active', u.name]),
  ];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  '));
}
