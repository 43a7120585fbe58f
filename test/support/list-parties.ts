/**
 * A customer file derived from real list entries, for the distributed-screening test and bench:
 * each row is a listed name (primary or alias) as published or lightly altered (last token cut
 * short, first two tokens swapped, a listed token mixed with another entry's), so the file holds
 * strong hits, weak hits and names on no list. Seeded, so a run can be replayed. Rows are unique
 * by name and type: a party repeated in one file would get a new review hit in a first run and
 * share the open one in a second, which would make two runs' hit ids differ for reasons that
 * have nothing to do with the workers.
 */
import type { ListEntry } from '@dualuse/core';
import { seeded } from './seeded';

const csvCell = (s: string) => (/[",\n;\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function variant(name: string, other: string, r: () => number): string {
  const t = name.split(/\s+/).filter(Boolean);
  const kind = Math.floor(r() * 4);
  if (kind === 1 && t.length > 1 && t.at(-1)!.length > 4) return [...t.slice(0, -1), t.at(-1)!.slice(0, 3)].join(' ');
  if (kind === 2 && t.length > 1) return [t[1], t[0], ...t.slice(2)].join(' ');
  if (kind === 3) return [t[0], ...other.split(/\s+/).slice(1)].join(' ');
  return name;
}

/** `n` rows `id,name,type,country` (fewer when the entries cannot give that many distinct rows). */
export function listPartiesCsv(entries: readonly ListEntry[], n: number, seed = 17): string {
  const r = seeded(seed);
  const rows = ['id,name,type,country'];
  const seen = new Set<string>();
  for (let tries = 0; rows.length <= n && tries < n * 20; tries++) {
    const e = entries[Math.floor(r() * entries.length)]!;
    const o = entries[Math.floor(r() * entries.length)]!;
    const name = variant(e.names[Math.floor(r() * e.names.length)]!.full, o.names[0]!.full, r).trim();
    const type = e.type === 'person' || e.type === 'organization' ? e.type : '';
    const key = `${name.toLowerCase()}|${type}`;
    if (!name || seen.has(key)) continue;
    seen.add(key);
    const country = r() < 0.5 ? (e.countries[0] ?? '') : '';
    rows.push([`P-${rows.length}`, csvCell(name), type, country].join(','));
  }
  return rows.join('\n') + '\n';
}
