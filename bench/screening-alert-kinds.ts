/**
 * Reading the alerts of bench/screening-aliases.ts: which removed entries the publisher itself links to the entry hit,
 * and of what kind each remaining alert is. Both read only the list data and the hit's explanation, never a hand label.
 *
 * Publisher links (rule, ours): two entries are linked when one names the other by the publisher's own reference —
 * OFAC's structured relations ("Linked To", "Acting for or on behalf of"; the entry's `related` with its id), or a
 * reference number of the other entry cited in the entry's remarks (UN "… a leader of FDLR (CDe.005)", OFSI
 * "(UN Ref):CFi.010 … son of LRA leader Joseph Kony (CFi.009)", DFAT "A close associate of Mullah Mohammed Omar
 * (TAi.004)"). An entry's own references are its id, its other ids (UN DATAID, UK Sanctions List Ref), the UN reference
 * OFSI quotes ("(UN Ref):X") and the reference DFAT opens its remarks with. A hit on a linked entry is not a false
 * alert on an unrelated party: it is the branch, the relative or the front the publisher names.
 *
 * Alert kinds, first that applies:
 * | kind             | what it is                                                                               |
 * |------------------|------------------------------------------------------------------------------------------|
 * | publisher_linked | the publisher links the two entries (above)                                              |
 * | number           | a number on each side, different ("206th" / "201"): another numbered unit               |
 * | same_words       | the hit's name is the query's name give or take words (fragment, extended, article...)   |
 * | common_names     | every matched word is common in the list (weight < 0.8): no distinctive word agrees      |
 * | near_spelling    | a matched word pair differs in spelling (one letter, a sound-alike): a namesake or a typo |
 * | other            | anything else                                                                            |
 *
 * Beside the kind, `birthDatesConflict` says whether both entries carry dates of birth and no year agrees: a namesake
 * the date of birth on a customer file tells apart (the "with identifiers" line of the bench).
 */
import type { ListEntry } from '@dualuse/core';
import type { Hit, TokenWeight } from '@dualuse/core/matching';
import type { AliasClass } from './screening-alias-classes';

export const ALERT_KINDS = [
  'publisher_linked',
  'number',
  'same_words',
  'common_names',
  'near_spelling',
  'other',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** A reference: letters and digits, dotted (QDi.028, TI.A.109.01), or a UK list reference (RUS1831). */
const REF = /\b(?:[A-Z]{2,3}[a-z]?\.[A-Z0-9.]*\d|[A-Z]{3}\d{3,4})\b/g;

/** The references an entry is known by. */
function ownRefs(e: ListEntry): Set<string> {
  const refs = new Set<string>();
  if (/[A-Za-z]/.test(e.sourceId) && /\d/.test(e.sourceId)) refs.add(e.sourceId);
  for (const o of e.otherIds ?? []) for (const m of o.match(REF) ?? []) refs.add(m);
  const remarks = e.remarks ?? '';
  for (const m of remarks.matchAll(/\(UN Ref\):\s*([A-Za-z.0-9]+\d)/g)) refs.add(m[1]!);
  const lead = /^([A-Z]{2,3}[a-z]?\.[A-Z0-9.]*\d)\./.exec(remarks);
  if (lead) refs.add(lead[1]!);
  return refs;
}

/** The references an entry's remarks and relations cite, its own left out. */
function citedRefs(e: ListEntry, own: Set<string>): Set<string> {
  const cited = new Set<string>();
  for (const m of (e.remarks ?? '').match(REF) ?? []) if (!own.has(m)) cited.add(m);
  for (const r of e.related ?? []) if (r.sourceId) cited.add(`id:${r.sourceId}`);
  return cited;
}

/** Which entries of one list the publisher links to each other. */
export class PublisherLinks {
  private readonly own = new Map<string, Set<string>>();
  private readonly cited = new Map<string, Set<string>>();

  constructor(entries: ListEntry[]) {
    for (const e of entries) {
      const own = ownRefs(e);
      this.own.set(e.sourceId, new Set([...own, `id:${e.sourceId}`]));
      this.cited.set(e.sourceId, citedRefs(e, own));
    }
  }

  /** The count of entries citing or cited by another, for the bench output. */
  get linkedEntries(): number {
    return [...this.cited.values()].filter((c) => c.size > 0).length;
  }

  linked(a: string, b: string): boolean {
    const cites = (x: string, y: string) => {
      const own = this.own.get(y);
      for (const r of this.cited.get(x) ?? []) if (own?.has(r)) return true;
      return false;
    };
    return cites(a, b) || cites(b, a);
  }
}

const years = (e: ListEntry) =>
  e.birthDates.flatMap((d) => {
    const from = Number(d.date.slice(0, 4));
    const to = d.to ? Number(d.to.slice(0, 4)) : from;
    const slack = d.approximate ? 2 : 0;
    return Array.from({ length: to - from + 1 + 2 * slack }, (_, i) => from - slack + i);
  });

/** Both entries carry dates of birth, and no year of one is a year of the other. */
export function birthDatesConflict(a: ListEntry, b: ListEntry): boolean {
  const ya = new Set(years(a));
  const yb = years(b);
  return ya.size > 0 && yb.length > 0 && !yb.some((y) => ya.has(y));
}

const numbers = (tokens: string[]) => tokens.filter((t) => /\d/.test(t));

/** What the alert of a removed entry `query` on the listed entry `hit` is. */
export function alertKind(
  query: ListEntry,
  hit: { entry: ListEntry; hit: Hit },
  context: { links: PublisherLinks; nameClass: AliasClass; weight: TokenWeight },
): AlertKind {
  const x = hit.hit.explanation;
  if (context.links.linked(query.sourceId, hit.entry.sourceId)) return 'publisher_linked';
  const numberPairs = x.tokens.filter((t) => /\d/.test(t.query) && t.query !== t.candidate);
  if (numberPairs.length || (numbers(x.unmatchedQuery).length && numbers(x.unmatchedCandidate).length)) return 'number';
  if (['fragment', 'extended', 'legal_or_article', 'reordered'].includes(context.nameClass)) return 'same_words';
  const w = (t: string) => Math.min(...t.split(' ').map(context.weight));
  if (x.tokens.every((t) => Math.min(w(t.query), w(t.candidate)) < 0.8)) return 'common_names';
  if (x.tokens.some((t) => t.similarity < 1)) return 'near_spelling';
  return 'other';
}
