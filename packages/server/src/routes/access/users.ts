import { changeUser, createUser, getUsers } from '@dualuse/app';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured, problemResponse } from '../../routing';
import { NewUserSchema, UserPatchSchema, UserSchema, UuidParam } from '../../schemas';

const list = secured('users:read', {
  method: 'get',
  path: '/users',
  tags: ['users'],
  summary: 'Users of the caller’s tenant',
  responses: { 200: json(z.object({ users: z.array(UserSchema) }), 'Users') },
});

const create = secured('users:write', {
  method: 'post',
  path: '/users',
  tags: ['users'],
  summary: 'Add a user to the caller’s tenant',
  request: body(NewUserSchema),
  responses: { 201: json(UserSchema, 'The new user'), 409: problemResponse('Email taken') },
});

const update = secured('users:write', {
  method: 'patch',
  path: '/users/{id}',
  tags: ['users'],
  summary: 'Rename, change role, disable or set the password of a user',
  request: { params: UuidParam, ...body(UserPatchSchema) },
  responses: {
    200: json(UserSchema, 'The user after the change'),
    404: problemResponse('No such user in this tenant'),
  },
});

export function registerUsers(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(list, async (c) => c.json({ users: await getUsers(c.get('app'), c.get('principal')) }, 200));
  api.openapi(create, async (c) =>
    c.json(await createUser(c.get('app'), c.get('principal'), c.req.valid('json'), c.get('requestId')), 201),
  );
  api.openapi(update, async (c) =>
    c.json(
      await changeUser(
        c.get('app'),
        c.get('principal'),
        { id: c.req.valid('param').id, patch: c.req.valid('json') },
        c.get('requestId'),
      ),
      200,
    ),
  );
}
