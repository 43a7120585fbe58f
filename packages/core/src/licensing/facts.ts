/**
 * What the rules look at for one item in one jurisdiction: its control code (given, or derived
 * by the classification engine from its parameters), the control-list entry, and the Country
 * Chart columns its reasons for control point to for that paragraph (ECCN License Requirements
 * table, "applies to" column).
 */
import type { ChartColumn, ControlEntry } from '../controls/model';
import { DomainError } from '../common/errors';
import { isMultilateral, regimeOf } from '../controls/eccn';
import { classifyItem } from '../controls/parameters/classify';
import type { LicensingJurisdiction } from './model';
import type { TransactionItem } from './transaction';

/** Finds a control-list entry ("3A090") of a jurisdiction as of the transaction date. */
export type ControlLookup = (jurisdiction: LicensingJurisdiction, entry: string) => ControlEntry | undefined;

export interface ItemFacts {
  /** "3A090.a", "EAR99", "unlisted"; undefined when neither given nor derivable. */
  code?: string;
  source: 'given' | 'classified' | 'derived' | 'none';
  entry?: ControlEntry;
  columns: { column: ChartColumn; appliesTo: string; note?: string }[];
}

export const isUnlisted = (code: string | undefined): boolean => code === 'EAR99' || code === 'unlisted';

export function itemFacts(
  item: TransactionItem,
  j: LicensingJurisdiction,
  asOf: string,
  controls: ControlLookup | undefined,
  open: string[],
  index: number,
): ItemFacts {
  let code = item.classification?.[j];
  let source: ItemFacts['source'] = code ? 'given' : 'none';
  if (!code && (j === 'UK' || j === 'AU')) {
    // The UK dual-use list (retained Annex I) and DSGL Part 2 number their entries as EU Annex I /
    // the multilateral regimes (controls/data/uk.ts, au.ts): a multilateral EU or US code carries over.
    const from = (['EU', 'US'] as const).find((k) => {
      const c = item.classification?.[k];
      return !!c && isMultilateral(regimeOf(c.split('.')[0]!.toUpperCase()));
    });
    if (from) {
      code = item.classification![from]!;
      source = 'derived';
      open.push(
        `item ${index}: classification.${j} taken as ${code} from classification.${from} (same multilateral entry); give classification.${j} to confirm${j === 'UK' ? ' (UK military ML / PL entries are not derived)' : ''}`,
      );
    }
  }
  if (!code && item.parameters) {
    let c;
    try {
      c = classifyItem(
        { parameters: item.parameters, ...(item.description ? { description: item.description } : {}) },
        { asOf, jurisdictions: [j] },
      );
    } catch (e) {
      // Name the item in the pointer: "/parameters/tpp" → "/items/0/parameters/tpp".
      if (e instanceof DomainError)
        throw new DomainError(e.kind, `items[${index}]: ${e.message}`, {
          ...e.details,
          pointer: `/items/${index}${e.details.pointer ?? ''}`,
        });
      throw e;
    }
    const entries = c.entries.filter((e) => e.jurisdiction === j);
    if (entries.length) {
      code = entries[0]!.code;
      source = 'classified';
    } else
      open.push(
        `item ${index}: the ${j} classification could not be derived from the parameters (${c.verdict}${c.missing.length ? `; missing ${c.missing.map((m) => m.param).join(', ')}` : ''}); give classification.${j}`,
      );
  }
  if (!code) return { source, columns: [] };
  if (isUnlisted(code)) return { code, source, columns: [] };
  const entryCode = code.split('.')[0]!.toUpperCase();
  const entry = controls?.(j, entryCode);
  if (!entry) {
    if (j === 'US')
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

/** Does a License Requirements row ("2B001.a, .b, .c, and .d, EXCEPT: ...", "entire entry") reach the item's paragraph? */
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
