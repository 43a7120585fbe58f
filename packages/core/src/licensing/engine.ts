/**
 * The one licence-determination engine. Per jurisdiction and item: (1) jurisdiction rules —
 * is the item subject at all; (2) requirement rules — every one that fires is kept with why;
 * (3) exception rules — the first that covers every reason of the requirements applies, unless
 * a requirement blocks exceptions (15 CFR 740.2(a): never over a 744/746 prohibition). The
 * transaction's answer per jurisdiction is its most restrictive item answer, "as of" its date.
 */
import { noTables, type EarTables } from '../regulations/tables';
import { LicensingCache, type PartyHit } from './conditions';
import { classifyTransaction, type Classified } from './classified';
import { jurisdictionsReadingEntry } from './entry-readers';
import type { ControlLookup, FactsSource } from './facts';
import type { DeterminationResult, LicensingJurisdiction, LicensingRule } from './model';
import { forJurisdiction } from './jurisdiction-run';
import { licensingJurisdictions, licensingRules } from './jurisdictions/registry';
import { rulesInForce } from './staged';
import { parseTransaction, type Transaction } from './transaction';

export interface DetermineOptions {
  /** Control-list entries as of the transaction date (reasons for control, licence-exception lines). */
  controls?: ControlLookup;
  /**
   * The items' codes, found once by the caller (`classifyTransaction(tx)`) to look the entries up; found here if
   * absent.
   */
  classified?: Classified;
  /** Screening hits of the transaction's parties. */
  hits?: readonly PartyHit[];
  /** Whether the parties were screened; if not, the determination says so. */
  screened?: boolean;
  rules?: readonly LicensingRule[];
  /** `full` (default) explains every rule considered; `fired` leaves out `not_fired` (batch throughput). */
  detail?: 'full' | 'fired';
  /** Ids of opt-in rule versions to switch on (e.g. the rescinded AI-diffusion rule). */
  optIn?: readonly string[];
  jurisdictions?: readonly LicensingJurisdiction[];
  /**
   * The EAR Country Chart and Country Groups (an imported version, regulations/). Without it every
   * US answer fails closed: licence required, with an open question saying why.
   */
  tables?: EarTables;
  /**
   * Re-use outcomes of keyed conditions across items and transactions (item-context.ts); default on, off only to
   * compare.
   */
  memo?: boolean;
  /**
   * Where staged rules and keyed outcomes are kept (conditions/cache.ts). A batch passes one cache
   * to every determination so that they share outcomes; without one, a determination gets its own.
   */
  cache?: LicensingCache;
}

const NO_TABLES = noTables();
const NO_OPT_IN: readonly string[] = [];

export { policyFromText } from './policy-text';

export function determineTransaction(input: unknown, options: DetermineOptions = {}): DeterminationResult {
  return determine(parseTransaction(input), options);
}

export function determine(tx: Transaction, options: DetermineOptions = {}): DeterminationResult {
  const asOf = tx.date;
  if (!options.cache) options = { ...options, cache: new LicensingCache() };
  const rules = rulesInForce(options.rules ?? licensingRules(), asOf, options.optIn ?? NO_OPT_IN, options.cache!);
  const warnings: string[] = [];
  if (!options.screened && tx.parties.length)
    warnings.push(
      'parties were not screened against restricted-party lists: Entity List, MEU, SDN and EU listings are not reflected',
    );
  const tables = options.tables ?? NO_TABLES;
  const source: FactsSource = {
    classified: options.classified?.tx === tx ? options.classified : classifyTransaction(tx),
    controls: options.controls,
    readsEntry: jurisdictionsReadingEntry(options.rules ?? licensingRules()),
  };
  const f = (j: LicensingJurisdiction) => {
    const staged = rules.get(j);
    if (!staged)
      throw new Error(`'${j}' is not a jurisdiction of the registry (${licensingJurisdictions().join(', ')})`);
    return forJurisdiction(tx, j, staged, { ...options, source, tables });
  };
  const determinations: DeterminationResult['determinations'] = {};
  for (const j of options.jurisdictions ?? licensingJurisdictions()) determinations[j] = f(j);
  return {
    id: tx.id,
    asOf,
    determinations,
    warnings,
    ...(tables.ref
      ? { regulations: { id: tables.ref.id, contentDate: tables.ref.contentDate, format: tables.ref.format } }
      : {}),
  };
}
