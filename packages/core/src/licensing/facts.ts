/**
 * What the rules look at for one item in one jurisdiction: its control code (given, or derived
 * by the classification engine from its parameters), the control-list entry, and the Country
 * Chart columns its reasons for control point to for that paragraph (ECCN License Requirements
 * table, "applies to" column).
 */
import type { ChartColumn, ControlEntry } from '../controls/model';
import { entryCodeOf, isUnlisted, type Classified, type ItemCode } from './classified';
import type { LicensingJurisdiction } from './model';

export { isUnlisted } from './classified';

/** Finds a control-list entry ("3A090") of a jurisdiction as of the transaction date. */
export type ControlLookup = (jurisdiction: LicensingJurisdiction, entry: string) => ControlEntry | undefined;

/**
 * Where the facts come from: the transaction's codes, found once (classified.ts), and the control entries looked up for
 * them.
 */
export interface FactsSource {
  classified: Classified;
  controls?: ControlLookup | undefined;
  /** Jurisdictions whose rules read the entry (entry-readers.ts): a missing entry is an open question there. */
  readsEntry?: ReadonlySet<LicensingJurisdiction> | undefined;
}

export interface ItemFacts {
  /** "3A090.a", "EAR99", "unlisted"; undefined when neither given nor derivable. */
  code?: string;
  source: ItemCode['source'];
  entry?: ControlEntry;
  columns: { column: ChartColumn; appliesTo: string; note?: string }[];
}

/**
 * Item `index`'s facts in `j`; questions go to `open`; a refusal of its parameters is thrown here, where the law
 * reaches it.
 */
export function itemFacts(src: FactsSource, j: LicensingJurisdiction, index: number, open: string[]): ItemFacts {
  const { code, source, open: raised, refusal } = src.classified.item(index, j);
  if (refusal) throw refusal;
  for (const q of raised) open.push(q);
  if (!code) return { source, columns: [] };
  if (isUnlisted(code)) return { code, source, columns: [] };
  const entryCode = entryCodeOf(code);
  const entry = src.controls?.(j, entryCode);
  if (!entry) {
    if (src.readsEntry?.has(j))
      open.push(
        `item ${index}: ${entryCode} is not in the loaded control-list data: its reasons for control could not be read (every chart column is assumed to apply)`,
      );
    return { code, source, columns: [] };
  }
  return { code, source, entry, columns: columnsOf(entry, code) };
}

const COLUMNS_MEMO = new WeakMap<ControlEntry, Map<string, ItemFacts['columns']>>();

/** The chart columns of an entry's rows that reach a paragraph, memoised per entry (entries are immutable versions). */
function columnsOf(entry: ControlEntry, code: string): ItemFacts['columns'] {
  let byCode = COLUMNS_MEMO.get(entry);
  if (!byCode) COLUMNS_MEMO.set(entry, (byCode = new Map()));
  let columns = byCode.get(code);
  if (!columns) {
    columns = [];
    for (const row of entry.controls) {
      if (!row.columns.length) continue;
      const a = rowApplies(row.appliesTo, code);
      if (a.applies)
        for (const column of row.columns)
          columns.push({ column, appliesTo: row.appliesTo, ...(a.note ? { note: a.note } : {}) });
    }
    byCode.set(code, columns);
  }
  return columns;
}

const CODE_IN_TEXT = /\b\d[A-E]\d{3}(?:\.[a-z0-9]{1,2})+/g;

/**
 * Does a License Requirements row ("2B001.a, .b, .c, and .d, EXCEPT: ...", "entire entry") reach the item's paragraph?
 */
export function rowApplies(appliesTo: string, code: string): { applies: boolean; note?: string } {
  const text = appliesTo.trim();
  if (/^entire entry\.?$/i.test(text)) return { applies: true };
  if (!code.includes('.')) return { applies: true, note: `applies to "${text}"; the item's paragraph was not given` };
  const codes = text.match(CODE_IN_TEXT) ?? [];
  if (codes.some((c) => code === c || code.startsWith(`${c}.`)))
    return { applies: true, ...(/except/i.test(text) ? { note: `applies to "${text}"` } : {}) };
  // A plain enumeration of paragraphs that does not name the item's: the row does not reach it.
  // Ranges ("3B001.a.1 to a.3") and relative paragraphs ("2B001.a, .b") are read conservatively.
  const rest = text.replace(CODE_IN_TEXT, 'CODE');
  if (
    codes.length &&
    !/except|\b(?:to|through)\s+\.?[a-z]{1,2}(?:\.\d+)?\b|,\s*(?:and\s+)?\.?[a-z]{1,2}(?:\.\d+)?(?=[\s,.;]|$)/i.test(
      rest,
    )
  )
    return { applies: false };
  return { applies: true, note: `applies to "${text}" (read conservatively)` };
}
