/**
 * The API's wire types, generated from the server's OpenAPI document (schema.d.ts, written by
 * `npm run api:types`). Pages alias these instead of writing the shapes again: a change to a
 * server schema regenerates the file and fails type-checking wherever a page reads it wrongly.
 */
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
/** One named schema of the API, e.g. Schema<'Hit'>. */
export type Schema<Name extends keyof Schemas> = Schemas[Name];

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;
type Success<Op> = Op extends { responses: infer R }
  ? R extends { 200: infer A }
    ? JsonOf<A>
    : R extends { 201: infer A }
      ? JsonOf<A>
      : never
  : never;
/** What a call answers on success, e.g. Answer<'/api/v1/diversion/trade', 'post'> (for inline, unnamed schemas). */
export type Answer<Path extends keyof paths, M extends Method> = Success<paths[Path][M]>;
