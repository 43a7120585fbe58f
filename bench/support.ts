/** Small helpers shared by bench scripts (CSV reading, percentiles, shared list files). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedList } from '@dualuse/core';
import { parseListFile } from '@dualuse/core/screening';
import { sharedData } from '../test/support/shared';

/** RFC 4180 CSV → records keyed by the header row; `#` comment lines are skipped when asked. */
export function readCsv(
  path: string,
  options: { comments?: boolean; header?: string[] } = {},
): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  const body = rows.filter((r) => !(r.length === 1 && r[0] === '') && !(options.comments && r[0]?.startsWith('#')));
  const header = options.header ?? body.shift()!;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** The number after a command-line flag (`--seed 18`), or `fallback` when the flag is absent. */
export function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** A shared list snapshot (../shared/data/lists/<parts>: a file, or a directory's files but its .md notes), parsed. */
export function loadSharedList(parts: string[]): ParsedList[] {
  const path = sharedData('lists', ...parts);
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => !f.endsWith('.md'))
        .map((f) => join(path, f))
    : [path];
  return parseListFile(files.map((f) => ({ name: f.split('/').pop()!, bytes: new Uint8Array(readFileSync(f)) })));
}
