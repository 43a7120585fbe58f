/**
 * The issue collector every step of `parseTransaction` writes to: each refusal names the field by JSON Pointer
 * (RFC 6901) under the caller's prefix (`where`, e.g. `/transactions/3` in a batch) and says what was expected.
 */
import { DomainError } from '../../common/errors';

export interface Issue {
  pointer: string;
  message: string;
}

const COUNTRY = /^[A-Z]{2}$/;

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Collects issues in the order the fields are read, with the readers that report them. */
export class Issues {
  readonly list: Issue[] = [];
  constructor(private readonly where: string) {}

  fail(pointer: string, message: string): void {
    this.list.push({ pointer: this.where + pointer, message });
  }

  /** Reports every key of `obj` outside `allowed` as an unknown field under `pointer`. */
  unknownKeys(obj: Record<string, unknown>, pointer: string, allowed: ReadonlySet<string> | readonly string[]): void {
    const known = (k: string) => ('has' in allowed ? allowed.has(k) : allowed.includes(k));
    for (const k of Object.keys(obj)) if (!known(k)) this.fail(`${pointer}/${k}`, `unknown field '${k}'`);
  }

  /** A non-empty string; absent (undefined or null) is an issue only when `required`. */
  str(v: unknown, p: string, required: boolean): string | undefined {
    if (v === undefined || v === null) {
      if (required) this.fail(p, 'is required');
      return undefined;
    }
    if (typeof v !== 'string' || !v.trim()) this.fail(p, 'must be a non-empty string');
    return typeof v === 'string' ? v : undefined;
  }

  /** An ISO 3166-1 alpha-2 country code. */
  country(v: unknown, p: string, required: boolean): string | undefined {
    const s = this.str(v, p, required);
    if (s !== undefined && !COUNTRY.test(s))
      this.fail(p, `'${s}' is not an ISO 3166-1 alpha-2 country code such as "CN"`);
    return s;
  }

  /** An array of words from a closed vocabulary; each stray one is named by its index. */
  vocabulary(v: unknown, p: string, allowed: readonly string[]): string[] {
    if (!Array.isArray(v)) {
      this.fail(p, `must be an array of ${allowed.join(', ')}`);
      return [];
    }
    const out: string[] = [];
    v.forEach((x, i) => {
      if (typeof x !== 'string' || !allowed.includes(x))
        this.fail(`${p}/${i}`, `'${String(x)}' is not one of ${allowed.join(', ')}`);
      else out.push(x);
    });
    return out;
  }
}

/** One DomainError listing every issue; its `pointer` is the first one's. */
export function refuse(issues: Issue[]): DomainError {
  const first = issues[0]!;
  const summary = issues.map((i) => `${i.pointer || '/'}: ${i.message}`).join('; ');
  return new DomainError('invalid_input', `invalid transaction: ${summary}`, {
    pointer: first.pointer,
    issues: issues.map((i) => ({ in: 'body', ...i })),
  });
}
