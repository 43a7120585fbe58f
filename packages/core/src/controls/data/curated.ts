/**
 * Reviewed, hand-transcribed list entries (EU Annex IV, UK national PL entries, Dutch and
 * Japanese chip-equipment additions, EU-autonomous entries) and how they become entries of
 * the one control-list model (model.ts). Every entry carries its legal citation, the date from
 * which it applies and whether we checked it against the published text: `verified: false`
 * says what still has to be checked (`verify`), so nobody mistakes a summary for the law.
 */
import { invalidInput } from '../../common/errors';
import { provenanceProblems, type Evidence } from '../../common/evidence';
import type { ControlEntry, ControlListId, Jurisdiction, NoteBlock, Paragraph } from '../model';

export interface Provenance {
  /** The legal act and provision, as one would cite it. */
  citation: string;
  /** ISO date from which the entry applies. */
  effectiveFrom: string;
  /** ISO date from which it no longer applies (replaced or deleted), if known. */
  effectiveTo?: string;
  /**
   * true only when checked against the published legal text (not a law-firm note or a summary),
   * and then only with `evidence`: the passage quoted word for word and the source's URL or its
   * Federal Register / Official Journal citation (common/evidence.ts; issue 11 item 6).
   */
  verified: boolean;
  evidence?: readonly Evidence[];
  /** What to check, and where, when `verified` is false. */
  verify?: string;
  /** Where the facts were read (official page or secondary source). */
  source: string;
}

export interface CuratedParagraph {
  label: string;
  text: string;
  /** Provenance of this paragraph when it differs from the entry's. */
  provenance?: Partial<Provenance>;
}

export interface CuratedItem extends Provenance {
  code: string;
  heading: string;
  /** Our summary of the entry (not the legal wording), for display and full-text search. */
  summary: string;
  paragraphs?: CuratedParagraph[];
  /** US ECCNs (or paragraphs) this entry corresponds to or overlays, for the mapping. */
  usCounterparts?: string[];
  /** Other codes the entry is found by (e.g. Japan's former group codes JP2023ETC). */
  aliases?: string[];
  notes?: string[];
}

/** What a curated entry looks like in the model: a ControlEntry plus its provenance. */
export type CuratedControlEntry = ControlEntry & Provenance & { usCounterparts?: string[] };

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Throws on an entry a reviewer would reject: no citation, bad dates, an unverified entry without a "verify". */
export function checkCuratedItem(item: CuratedItem, where: string): void {
  const fail = (why: string) => {
    throw invalidInput(`${where} ${item.code}: ${why}`);
  };
  // 2-12 capitals/digits, or a Japanese provision key (JP6-17-KA, jp-provision.ts).
  if (!/^[A-Z0-9]{2,12}(-[A-Z0-9]{1,4}){0,3}$/.test(item.code))
    fail('code must be 2-12 capitals/digits, optionally hyphenated (paragraphs go in `paragraphs`)');
  if (!item.citation.trim()) fail('no legal citation');
  if (!ISO.test(item.effectiveFrom)) fail(`effectiveFrom '${item.effectiveFrom}' is not YYYY-MM-DD`);
  if (item.effectiveTo !== undefined && (!ISO.test(item.effectiveTo) || item.effectiveTo <= item.effectiveFrom))
    fail('effectiveTo must be a date after effectiveFrom');
  if (!item.verified && !item.verify?.trim()) fail('unverified entry without `verify` (what to check)');
  for (const why of provenanceProblems(item)) fail(why);
  for (const p of item.paragraphs ?? [])
    if (!/^[a-z0-9]{1,2}(\.[a-z0-9]{1,2})*$/.test(p.label)) fail(`paragraph label '${p.label}'`);
}

function paragraphOf(code: string, p: CuratedParagraph): Paragraph {
  const notes: NoteBlock[] = [];
  if (p.provenance?.verified === false && p.provenance.verify)
    notes.push({ kind: 'other', title: 'To verify', text: p.provenance.verify });
  return { code: `${code}.${p.label}`, label: p.label, text: p.text, notes, children: [] };
}

/** One curated item as an entry of `list` (paragraphs nest by their dotted labels). */
export function curatedEntry(list: ControlListId, jurisdiction: Jurisdiction, item: CuratedItem): CuratedControlEntry {
  const roots: Paragraph[] = [];
  const byLabel = new Map<string, Paragraph>();
  for (const cp of item.paragraphs ?? []) {
    const p = paragraphOf(item.code, cp);
    byLabel.set(cp.label, p);
    const parent = byLabel.get(cp.label.split('.').slice(0, -1).join('.'));
    (parent ? parent.children : roots).push(p);
  }
  const notes: NoteBlock[] = (item.notes ?? []).map((text) => ({ kind: 'note', title: 'Note', text }));
  notes.push({
    kind: 'other',
    title: 'Citation',
    text: `${item.citation}; applies from ${item.effectiveFrom}${item.effectiveTo ? ` to ${item.effectiveTo}` : ''}; source: ${item.source}`,
  });
  if (!item.verified) notes.push({ kind: 'other', title: 'Unverified', text: item.verify! });
  const text = [
    item.heading,
    item.summary,
    ...(item.paragraphs ?? []).map((p) => `${p.label}. ${p.text}`),
    ...(item.notes ?? []),
    ...(item.aliases?.length ? [`Also known as ${item.aliases.join(', ')}`] : []),
  ].join('\n');
  return {
    list,
    jurisdiction,
    code: item.code,
    heading: item.heading,
    reasons: [],
    controls: [],
    chartColumns: [],
    licenceExceptions: [],
    relatedControls: '',
    relatedDefinitions: '',
    notes,
    paragraphs: roots,
    text,
    textSource: 'summary',
    citation: item.citation,
    effectiveFrom: item.effectiveFrom,
    ...(item.effectiveTo ? { effectiveTo: item.effectiveTo } : {}),
    verified: item.verified,
    ...(item.verify ? { verify: item.verify } : {}),
    source: item.source,
    ...(item.usCounterparts ? { usCounterparts: item.usCounterparts } : {}),
    ...(item.aliases ? { aliases: item.aliases } : {}),
  };
}

/** The entries of a curated list in force on `date`. */
export const curatedInForce = <T extends Provenance>(items: readonly T[], date: string): T[] =>
  items.filter((i) => i.effectiveFrom <= date && (i.effectiveTo === undefined || date < i.effectiveTo));

/** The dates at which a curated list changes: one version per date. */
export const changeDates = (items: readonly Provenance[]): string[] =>
  [...new Set(items.flatMap((i) => [i.effectiveFrom, ...(i.effectiveTo ? [i.effectiveTo] : [])]))].sort();
