/**
 * What changed between two versions of a list: entries added and removed, and for entries in
 * both, which parts changed (heading, reasons, chart columns, licence exceptions, text) and
 * which paragraphs appeared or disappeared — what a reviewer needs after a Federal Register rule.
 */
import { walkParagraphs, type ControlEntry } from './model';

export interface EntryChange {
  code: string;
  fields: string[];
  paragraphsAdded: string[];
  paragraphsRemoved: string[];
  paragraphsChanged: string[];
}

export interface ControlDiff {
  added: string[];
  removed: string[];
  changed: EntryChange[];
  unchanged: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function diffControlEntries(from: readonly ControlEntry[], to: readonly ControlEntry[]): ControlDiff {
  const before = new Map(from.map((e) => [e.code, e]));
  const after = new Map(to.map((e) => [e.code, e]));
  const out: ControlDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const code of after.keys()) if (!before.has(code)) out.added.push(code);
  for (const code of before.keys()) if (!after.has(code)) out.removed.push(code);
  for (const [code, b] of after) {
    const a = before.get(code);
    if (!a) continue;
    const fields = (
      [
        'heading',
        'reasons',
        'controls',
        'chartColumns',
        'licenceExceptions',
        'relatedControls',
        'notes',
        'text',
      ] as const
    ).filter((f) => !same(a[f], b[f]));
    if (fields.length === 0) {
      out.unchanged++;
      continue;
    }
    const pa = new Map([...walkParagraphs(a.paragraphs)].map((p) => [p.code, p]));
    const pb = new Map([...walkParagraphs(b.paragraphs)].map((p) => [p.code, p]));
    out.changed.push({
      code,
      fields,
      paragraphsAdded: [...pb.keys()].filter((k) => !pa.has(k)),
      paragraphsRemoved: [...pa.keys()].filter((k) => !pb.has(k)),
      paragraphsChanged: [...pb]
        .filter(([k, p]) => pa.has(k) && (pa.get(k)!.text !== p.text || !same(pa.get(k)!.notes, p.notes)))
        .map(([k]) => k),
    });
  }
  out.added.sort();
  out.removed.sort();
  out.changed.sort((x, y) => x.code.localeCompare(y.code));
  return out;
}
