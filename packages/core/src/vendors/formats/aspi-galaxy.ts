/**
 * ASPI's China Defence Universities Tracker as a MISP galaxy cluster
 * (MISP/misp-galaxy clusters/china-defence-universities.json): `values[]` with `value`
 * ("English name (中文名)"), `uuid`, `description`, and `meta` (aliases, categories,
 * supervising agencies, major defence laboratories, subsidiaries, refs). Not a government list:
 * a research-security indicator (ASPI ICPC's work; its risk ratings are not in the galaxy).
 */
import type { ListEntry, ParsedList } from '../../screening/model';
import { addName, finish, makeList, newEntry } from '../../screening/formats/build';
import { checkJson, decodeText, parseError, type ParseOptions } from '../../screening/formats/input';

export const ASPI_GALAXY = /"type"\s*:\s*"china-defence-universities"/;

interface GalaxyValue {
  value?: unknown;
  uuid?: unknown;
  meta?: Record<string, unknown>;
}
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function entryOf(v: GalaxyValue, file: string, i: number): ListEntry {
  const where = `/values/${i}`;
  if (typeof v.value !== 'string' || !v.value.trim())
    throw parseError(file, where, '"value" (the institution\'s name) is missing');
  if (typeof v.uuid !== 'string') throw parseError(file, where, '"uuid" is missing');
  const e = newEntry(v.uuid, 'organization');
  const m = /^(.*?)\s*\(([^()]*\p{Script=Han}[^()]*)\)\s*$/u.exec(v.value.trim());
  addName(e, m ? m[1] : v.value, 'primary');
  if (m) addName(e, m[2], 'strong_alias', { lang: 'zh' });
  const meta = v.meta ?? {};
  for (const a of strings(meta.aliases)) addName(e, a, 'strong_alias');
  e.countries.push('CN');
  e.programs.push(
    'ASPI China Defence Universities Tracker',
    ...strings(meta.categories).map((c) => `ASPI category: ${c}`),
  );
  const parts = [
    strings(meta.categories).length && `categories: ${strings(meta.categories).join(', ')}`,
    strings(meta['supervising agencies']).length &&
      `supervising agencies: ${strings(meta['supervising agencies']).join(', ')}`,
    strings(meta['major defence laboratories']).length &&
      `major defence laboratories: ${strings(meta['major defence laboratories']).join('; ')}`,
  ].filter(Boolean);
  if (parts.length) e.remarks = parts.join(' | ');
  const ref = strings(meta.refs)[0];
  if (ref) e.sourceUrl = ref;
  for (const s of strings(meta.subsidiaries)) (e.related ??= []).push({ relation: 'subsidiary', name: s });
  return finish(e);
}

export function parseAspiGalaxy(file: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedList {
  let doc: { values?: unknown };
  try {
    doc = JSON.parse(decodeText(file, bytes, options)) as { values?: unknown };
  } catch (err) {
    throw parseError(file, undefined, `not JSON: ${(err as Error).message}`);
  }
  checkJson(file, '', doc, options);
  if (!Array.isArray(doc.values)) throw parseError(file, '/values', 'expected an array of institutions');
  const entries = (doc.values as GalaxyValue[]).map((v, i) => entryOf(v, file, i));
  return makeList({
    list: options.list ?? 'aspi-china-defence-universities',
    title: 'ASPI China Defence Universities Tracker (MISP galaxy)',
    publisher: 'Australian Strategic Policy Institute (ASPI ICPC)',
    format: 'aspi-misp-galaxy',
    entries,
    warnings: ['not a government list: a research-security indicator (ASPI ICPC); risk ratings are not in this format'],
  });
}
