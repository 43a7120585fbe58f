/**
 * NUL characters are refused at the edge with a 400 naming where they are. No PostgreSQL text
 * value can hold U+0000 ("invalid byte sequence for encoding UTF8: 0x00", SQLSTATE 22021; jsonb:
 * 22P05), so one that reached a query used to come back as a 500 — with the query and its
 * parameters (party data) in the log. Checked: the path, every query parameter, and every
 * string (and key) of a JSON body, by JSON Pointer.
 */
import type { Context, Next } from 'hono';
import { problem } from './problem';

function nulPointer(value: unknown, pointer = ''): string | undefined {
  if (typeof value === 'string') return value.includes('\0') ? pointer || '/' : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulPointer(value[i], `${pointer}/${i}`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const here = `${pointer}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      if (k.includes('\0')) return here;
      const found = nulPointer(v, here);
      if (found) return found;
    }
  }
  return undefined;
}

const refuse = (c: Context, where: 'path' | 'query' | 'body', pointer: string) =>
  problem(c, 400, `${where} ${pointer}: NUL character (U+0000) is not allowed in text`, {
    type: 'urn:dualuse:problem:invalid_input',
    errors: [{ in: where, pointer, message: 'NUL character (U+0000) is not allowed in text' }],
  });

export async function refuseNul(c: Context, next: Next): Promise<Response | void> {
  let path: string;
  try {
    path = decodeURIComponent(c.req.path);
  } catch {
    return problem(c, 400, `path ${c.req.path}: not valid percent-encoded UTF-8`);
  }
  if (path.includes('\0')) return refuse(c, 'path', c.req.path.replace(/%00/gi, '\\u0000'));
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (name.includes('\0') || values.some((v) => v.includes('\0')))
      return refuse(c, 'query', `/${name.replace('\0', '\\u0000')}`);
  }
  if (
    c.req.method !== 'GET' &&
    c.req.method !== 'HEAD' &&
    /^application\/(.+\+)?json\b/.test(c.req.header('content-type') ?? '')
  ) {
    let body: unknown;
    try {
      body = await c.req.json(); // cached by Hono: the route's validator reads the same parse
    } catch {
      return next(); // malformed JSON: the route's validator says so precisely
    }
    const pointer = nulPointer(body);
    if (pointer) return refuse(c, 'body', pointer);
  }
  return next();
}
