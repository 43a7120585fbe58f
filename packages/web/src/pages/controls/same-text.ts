/**
 * The compare page's "differences only" view. Paragraphs are lined up by label across the lists
 * compared (a.1 with a.1) and grouped by their words (text and notes, white space collapsed): text
 * identical in several lists is shown once, across their width, and only the lists that differ get
 * a cell of their own. Entry-level notes identical in every list fold into one line.
 */
import { createContext, useContext } from 'react';
import type { Entry as ControlEntry, EntryNote as NoteBlock, EntryParagraph as Paragraph } from './types';

export interface SameText {
  /** Entry-level notes identical in every entry, by `noteKey`. */
  notes: ReadonlySet<string>;
  /** The jurisdictions compared, in column order. */
  jurisdictions: readonly string[];
}

/** One label across the lists: each group of lists with the same words, or without the paragraph. */
export interface ParagraphRow {
  label: string;
  depth: number;
  groups: { jurisdictions: string[]; paragraph: Paragraph | undefined }[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
export const noteKey = (n: NoteBlock): string => `${squash(n.title)}\u0000${squash(n.text)}`;
const paragraphKey = (p: Paragraph): string => `${squash(p.text)}\u0001${p.notes.map(noteKey).join('\u0001')}`;

function flatten(paragraphs: readonly Paragraph[], out = new Map<string, Paragraph>()): Map<string, Paragraph> {
  for (const p of paragraphs) {
    out.set(p.label, p);
    flatten(p.children, out);
  }
  return out;
}

type Compared = readonly { jurisdiction: string; entry: ControlEntry; paragraph?: Paragraph | undefined }[];

/** Undefined when fewer than two entries are compared: nothing to fold. */
export function sameText(entries: Compared): SameText | undefined {
  if (entries.length < 2) return undefined;
  const [first, ...rest] = entries;
  const notes = new Set(
    first!.entry.notes.map(noteKey).filter((k) => rest.every((r) => r.entry.notes.some((n) => noteKey(n) === k))),
  );
  return { notes, jurisdictions: entries.map((e) => e.jurisdiction) };
}

/** Every paragraph label of the entries compared, in reading order, with the lists grouped by their words. */
export function paragraphRows(entries: Compared): ParagraphRow[] {
  const maps = entries.map((e) => ({
    jurisdiction: e.jurisdiction,
    byLabel: flatten(e.paragraph ? [e.paragraph] : e.entry.paragraphs),
  }));
  const labels: string[] = [];
  for (const m of maps) {
    let at = 0;
    for (const label of m.byLabel.keys()) {
      const known = labels.indexOf(label);
      if (known >= 0) at = known + 1;
      else labels.splice(at++, 0, label);
    }
  }
  return labels.map((label) => {
    const groups = new Map<string, { jurisdictions: string[]; paragraph: Paragraph | undefined }>();
    for (const m of maps) {
      const p = m.byLabel.get(label);
      const key = p ? paragraphKey(p) : '';
      const group = groups.get(key) ?? { jurisdictions: [], paragraph: p };
      group.jurisdictions.push(m.jurisdiction);
      groups.set(key, group);
    }
    return { label, depth: label.split('.').length - 1, groups: [...groups.values()] };
  });
}

/** Set by the compare page while differences only are shown; absent elsewhere. */
export const SameTextContext = createContext<SameText | undefined>(undefined);
export const useSameText = (): SameText | undefined => useContext(SameTextContext);
