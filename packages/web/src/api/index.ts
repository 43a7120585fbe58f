/**
 * The API's wire types, generated from the server's OpenAPI document (schema.d.ts, written by
 * `npm run api:types`). Pages alias these instead of writing the shapes again: a change to a
 * server schema regenerates the file and fails type-checking wherever a page reads it wrongly.
 */
import type { components } from './schema';

export type Schemas = components['schemas'];
/** One named schema of the API, e.g. Schema<'Hit'>. */
export type Schema<Name extends keyof Schemas> = Schemas[Name];
