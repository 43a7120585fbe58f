/**
 * Eurostat Comext extracts as trade observations. Two layouts (see shared/data/trade SOURCE.md):
 * the long CN8 table `product_code,flow,reporter,partner,period,value_eur` and the normalised
 * totals `reporter,partner,flow,freq,period,value_eur,reporter_is_aggregate` (product "TOTAL").
 * Exports unless asked for imports. HS4 rows of the CN8 table aggregate its CN8 rows, so they are skipped unless
 * asked for; aggregate reporters (EU27_2020, EA20) are kept apart from member states, never added.
 */
import { columns, parseCsv } from '../screening/formats/csv';
import type { TradeObservation } from './trade';

export interface ComextOptions {
  /** Keep only monthly ('M') or annual ('A') rows of the totals layout. */
  freq?: 'M' | 'A';
  /** Sum member states into one reporter with this label (aggregate rows are then dropped). */
  aggregateAs?: string;
  /** EXPORT (default) or IMPORT rows (the partners' own import statistics, for mirror comparisons). */
  flow?: 'EXPORT' | 'IMPORT';
  /** Keep HS4 rows of the CN8 table (default: CN8 only). */
  includeHs4?: boolean;
}

export function parseComext(text: string, file: string, options: ComextOptions = {}): TradeObservation[] {
  const [header, ...rows] = parseCsv(text, file);
  // The "Relational view" downloads and national mirror files name columns in capitals.
  if (header)
    header.cells = header.cells.map((h) => {
      const k = h.trim().toLowerCase();
      return k === 'value_in_eur' ? 'value_eur' : k === 'product' ? 'product_code' : k;
    });
  const col = columns(file, header, ['reporter', 'partner', 'period', 'value_eur']);
  const product = col.product_code;
  const freq = col.freq;
  const aggregate = col.reporter_is_aggregate;
  const flow = col.flow;
  const out: TradeObservation[] = [];
  for (const r of rows) {
    const c = r.cells;
    if (flow !== undefined && c[flow] !== (options.flow ?? 'EXPORT')) continue;
    if (options.freq && freq !== undefined && c[freq] !== options.freq) continue;
    const code = product !== undefined ? c[product]! : 'TOTAL';
    if (product !== undefined && code !== 'TOTAL' && code.length !== 8 && !options.includeHs4) continue;
    const isAggregate = aggregate !== undefined ? c[aggregate] === 'True' : /^(EU|EA)\d/.test(c[col.reporter]!);
    if (options.aggregateAs && isAggregate) continue;
    const value = Number(c[col.value_eur]);
    if (!Number.isFinite(value))
      throw new Error(`${file} line ${r.line}: value_eur "${c[col.value_eur]}" is not a number`);
    // National files write years as "Y2019".
    out.push({
      reporter: options.aggregateAs ?? c[col.reporter]!,
      partner: c[col.partner]!,
      product: code,
      period: c[col.period]!.replace(/^Y(\d{4})$/, '$1'),
      value,
    });
  }
  return out;
}
