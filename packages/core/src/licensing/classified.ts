/**
 * An item's control code per jurisdiction — given, carried over from a multilateral EU/US code
 * (UK, AU), or classified from its parameters — found once per transaction. The app reads it to
 * know which control-list entries to fetch; the engine (facts.ts) and licence matching read the
 * same answers, so an item is never classified twice.
 */
import { DomainError } from '../common/errors';
import { isMultilateral, regimeOf } from '../controls/eccn';
import { isJurisdiction } from '../controls/model';
import { classifyItem } from '../controls/parameters/classify';
import { jurisdictionOf } from './jurisdictions/registry';
import type { LicensingJurisdiction } from './model';
import type { Transaction, TransactionItem } from './transaction';

export interface ItemCode {
  /** "3A090.a", "EAR99", "unlisted"; undefined when neither given nor derivable. */
  code?: string;
  source: 'given' | 'classified' | 'derived' | 'none';
  /** Questions the finding raised (a derived code to confirm, parameters that could not decide). */
  open: readonly string[];
  /** The classification engine refused the parameters; thrown where the law reaches the item. */
  refusal?: DomainError;
}

export const isUnlisted = (code: string | undefined): boolean => code === 'EAR99' || code === 'unlisted';

/** The control-list entry a code sits in: "3a090.a.1" → "3A090". */
export const entryCodeOf = (code: string): string => code.split('.')[0]!.toUpperCase();

/** The codes of one transaction's items, each found on first use and kept. */
export class Classified {
  readonly #codes: Map<LicensingJurisdiction, ItemCode>[];
  constructor(readonly tx: Transaction) {
    this.#codes = tx.items.map(() => new Map());
  }

  /** Item `index`'s code in `j`. */
  item(index: number, j: LicensingJurisdiction): ItemCode {
    const known = this.#codes[index]!.get(j);
    if (known) return known;
    const found = findCode(this.tx.items[index]!, j, this.tx.date, index);
    this.#codes[index]!.set(j, found);
    return found;
  }

  /** The entries ("3A090") the items sit in for `j`, to look up; unlisted, unknown and refused items have none. */
  entryCodes(j: LicensingJurisdiction): string[] {
    const out = new Set<string>();
    for (let i = 0; i < this.tx.items.length; i++) {
      const { code } = this.item(i, j);
      if (code && !isUnlisted(code)) out.add(entryCodeOf(code));
    }
    return [...out];
  }
}

export const classifyTransaction = (tx: Transaction): Classified => new Classified(tx);

function findCode(item: TransactionItem, j: LicensingJurisdiction, asOf: string, index: number): ItemCode {
  const given = item.classification?.[j];
  if (given) return { code: given, source: 'given', open: [] };
  const derived = derivedCode(item, j, index);
  if (derived) return derived;
  if (!item.parameters) return { source: 'none', open: [] };
  let c;
  try {
    c = classifyItem(
      { parameters: item.parameters, ...(item.description ? { description: item.description } : {}) },
      // A jurisdiction without a control list the classification engine knows gets no entry (and an open question).
      { asOf, jurisdictions: isJurisdiction(j) ? [j] : [] },
    );
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    // Name the item in the pointer: "/parameters/tpp" → "/items/0/parameters/tpp".
    const refusal = new DomainError(e.kind, `items[${index}]: ${e.message}`, {
      ...e.details,
      pointer: `/items/${index}${e.details.pointer ?? ''}`,
    });
    return { source: 'none', open: [], refusal };
  }
  const entries = c.entries.filter((e) => e.jurisdiction === j);
  if (entries.length) return { code: entries[0]!.code, source: 'classified', open: [] };
  const missing = c.missing.length ? `; missing ${c.missing.map((m) => m.param).join(', ')}` : '';
  return {
    source: 'none',
    open: [
      `item ${index}: the ${j} classification could not be derived from the parameters (${c.verdict}${missing}); give classification.${j}`,
    ],
  };
}

/**
 * The UK dual-use list (retained Annex I) and DSGL Part 2 number their entries as EU Annex I /
 * the multilateral regimes (controls/data/uk.ts, au.ts): a multilateral EU or US code carries over.
 */
function derivedCode(item: TransactionItem, j: LicensingJurisdiction, index: number): ItemCode | undefined {
  const carried = jurisdictionOf(j)?.traits?.multilateralCode;
  if (!carried) return undefined;
  const from = carried.from.find((k) => {
    const c = item.classification?.[k];
    return !!c && isMultilateral(regimeOf(entryCodeOf(c)));
  });
  if (!from) return undefined;
  const code = item.classification![from]!;
  const military = carried.caveat ? ` (${carried.caveat})` : '';
  return {
    code,
    source: 'derived',
    open: [
      `item ${index}: classification.${j} taken as ${code} from classification.${from} (same multilateral entry); give classification.${j} to confirm${military}`,
    ],
  };
}
