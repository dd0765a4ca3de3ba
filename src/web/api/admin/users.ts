/**
 * `/api/admin/v1/users`: the newsroom's people, for admins (an admin API key, or the personal
 * token of an admin). Others get a 403 naming the role that may. A password goes in when a
 * user is made and never comes out: the response schema has no place for its hash.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ROLES } from '../../../domain/actor.js';
import { USER_LIMITS, type User } from '../../../domain/user.js';
import { createUser } from '../../../services/create-user.js';
import { getUser } from '../../../services/get-user.js';
import { listUsers } from '../../../services/list-users.js';
import { updateUser } from '../../../services/update-user.js';
import type { AppDeps } from '../../build-app.js';
import { actorOf } from './require-admin-key.js';
import { COMMON_ERRORS, ErrorJson } from './story-schemas.js';

const RoleSchema = Type.Enum([...ROLES], { description: 'contributor (own drafts), editor (review and publish) or admin (everything, and users)' });

/** A user as every users endpoint returns it (never the password or its hash). */
const UserJson = Type.Object({
  id: Type.String({ description: 'Identifier of the user' }),
  email: Type.String({ description: 'Email they sign in with, lower case' }),
  name: Type.String({ description: 'Name shown in bylines of revisions and in the audit log' }),
  role: RoleSchema,
  disabled: Type.Boolean({ description: 'True when the account may not sign in and its tokens are refused' }),
  disabledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'When it was disabled, or null' }),
  createdAt: Type.String({ format: 'date-time', description: 'When the user was added' }),
  updatedAt: Type.String({ format: 'date-time', description: 'When the user was last changed' }),
});

const UserEnvelope = Type.Object({ user: UserJson }, { description: 'The user' });
const UserList = Type.Object({ users: Type.Array(UserJson, { description: 'Every user, by name' }) });
const UserIdParams = Type.Object({ id: Type.String({ description: 'Identifier of the user' }) });

const CreateBody = Type.Object(
  {
    email: Type.String({ maxLength: USER_LIMITS.email, description: 'Email they sign in with (stored lower case, unique)' }),
    name: Type.String({ maxLength: USER_LIMITS.name, description: 'Their name' }),
    role: RoleSchema,
    password: Type.String({
      maxLength: USER_LIMITS.passwordMax,
      description: `First password, at least ${USER_LIMITS.passwordMin} characters; stored only as an argon2id hash`,
    }),
  },
  { additionalProperties: false },
);

const UpdateBody = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: USER_LIMITS.name, description: 'New name' })),
    role: Type.Optional(RoleSchema),
    disabled: Type.Optional(
      Type.Boolean({ description: 'True disables the account (its sessions end at once); false enables it' }),
    ),
  },
  { additionalProperties: false },
);

const USER_ERRORS = { ...COMMON_ERRORS, 403: ErrorJson } as const;

/** The API's shape of a user: only the fields listed, so nothing else can slip out. */
function presentUser(user: User) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    disabled: user.disabledAt !== null,
    disabledAt: user.disabledAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}

/** Routes of `/users` and `/users/{id}` (registered inside the authenticated Admin API). */
export const userRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  app.get(
    '/users',
    {
      schema: {
        summary: 'List users',
        description: 'Every person of the newsroom. Admins only.',
        tags: ['users'],
        response: { 200: UserList, ...USER_ERRORS },
      },
    },
    async (request) => ({ users: (await listUsers(deps.contextFor(actorOf(request)))).map(presentUser) }),
  );

  app.post(
    '/users',
    {
      schema: {
        summary: 'Add a user',
        description: 'Adds a person with a role and a first password. Admins only. A taken email is a 409.',
        tags: ['users'],
        body: CreateBody,
        response: { 201: UserEnvelope, ...USER_ERRORS, 409: ErrorJson },
      },
    },
    async (request, reply) => {
      const user = await createUser(deps.contextFor(actorOf(request)), request.body);
      return reply.status(201).send({ user: presentUser(user) });
    },
  );

  app.get(
    '/users/:id',
    {
      schema: {
        summary: 'Read a user',
        description: 'Admins read anyone; a personal token reads its own user.',
        tags: ['users'],
        params: UserIdParams,
        response: { 200: UserEnvelope, ...USER_ERRORS, 404: ErrorJson },
      },
    },
    async (request) => ({ user: presentUser(await getUser(deps.contextFor(actorOf(request)), request.params.id)) }),
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        summary: 'Change a user',
        description:
          'Renames, changes the role of, disables or enables a user. Admins only. The last admin who can sign in ' +
          'cannot be demoted or disabled (400 naming the field).',
        tags: ['users'],
        params: UserIdParams,
        body: UpdateBody,
        response: { 200: UserEnvelope, ...USER_ERRORS, 404: ErrorJson },
      },
    },
    async (request) => {
      const user = await updateUser(deps.contextFor(actorOf(request)), { id: request.params.id, ...request.body });
      return { user: presentUser(user) };
    },
  );
};
