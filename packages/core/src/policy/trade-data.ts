/**
 * Trade data for policy analysis: one row per reporter (exporter) × partner × HS/CN code × period.
 * Two readers: the documented CSV layout for UN Comtrade / CEPII BACI extracts and the like —
 *   reporter,partner,hs_code,period,value[,quantity]
 *   (reporter/partner: ISO 3166 alpha-2 or an English country name; hs_code: 6–10 digits;
 *    period: YYYY or YYYY-MM; value: a number in the dataset's currency; quantity: optional number)
 * — and Eurostat Comext extracts, read by the diversion reader (`parseComext`) and mapped to ISO codes.
 * A bad row is reported with its line and refused: a dataset is imported whole or not at all.
 */
import { countryCode } from '../common/countries';
import { parseCsv, columns } from '../screening/formats/csv';
import { parseComext } from '../diversion/trade-eurostat';

export interface TradeRow {
  /** Exporting country, ISO alpha-2 (or the source label when it names no country, e.g. an aggregate). */
  reporter: string;
  partner: string;
  /** Digits only: HS-6, CN-8, HTS-10. */
  hs: string;
  /** YYYY or YYYY-MM. */
  period: string;
  value: number;
  quantity?: number;
}

export interface TradeProblem {
  /** 1-based line of the file; 0 when the reader does not keep lines (Comext observations). */
  line: number;
  message: string;
}

const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

const iso = (label: string): string | undefined => {
  const t = label.trim();
  if (/^[A-Za-z]{2}$/.test(t)) return countryCode(t) ? t.toUpperCase() : undefined;
  return countryCode(t);
};

/**
 * The documented layout. Every bad row is collected (line + what is wrong); the caller refuses
 * the dataset when there is any, so a half-read file never becomes a version.
 */
export function parseTradeCsv(text: string, file: string): { rows: TradeRow[]; problems: TradeProblem[] } {
  const [header, ...records] = parseCsv(text, file);
  const col = columns(file, header, ['reporter', 'partner', 'hs_code', 'period', 'value']);
  const rows: TradeRow[] = [];
  const problems: TradeProblem[] = [];
  for (const r of records) {
    const row = tradeRow(r.cells, col);
    if (typeof row === 'string') problems.push({ line: r.line, message: `${file} line ${r.line}: ${row}` });
    else rows.push(row);
  }
  return { rows, problems };
}

type TradeColumns = Record<'reporter' | 'partner' | 'hs_code' | 'period' | 'value', number> & Record<string, number>;

/** One record as a trade row, or what is wrong with it. */
function tradeRow(c: readonly string[], col: TradeColumns): TradeRow | string {
  const reporter = iso(c[col.reporter] ?? '');
  const partner = iso(c[col.partner] ?? '');
  const hs = (c[col.hs_code] ?? '').replace(/[.\s]/g, '');
  const period = (c[col.period] ?? '').trim();
  const value = Number(c[col.value]);
  const qText = col.quantity !== undefined ? (c[col.quantity] ?? '').trim() : '';
  const quantity = qText === '' ? undefined : Number(qText);
  if (!reporter) return `reporter "${c[col.reporter]}" is not a country code or name we know`;
  if (!partner) return `partner "${c[col.partner]}" is not a country code or name we know`;
  if (!/^\d{6,10}$/.test(hs)) return `hs_code "${c[col.hs_code]}" is not a 6–10 digit HS/CN code`;
  if (!PERIOD.test(period)) return `period "${period}" is not YYYY or YYYY-MM`;
  if (c[col.value]?.trim() === '' || !Number.isFinite(value) || value < 0)
    return `value "${c[col.value]}" is not a non-negative number`;
  if (quantity !== undefined && (!Number.isFinite(quantity) || quantity < 0))
    return `quantity "${qText}" is not a non-negative number`;
  return { reporter, partner, hs, period, value, ...(quantity !== undefined ? { quantity } : {}) };
}

/**
 * The CSV reader caps a file at a million records; the full CN8 extract has 1.14 M, so it is read in slices, each with
 * the header.
 */
const SLICE = 500_000;
function chunks(text: string): string[] {
  const nl = text.indexOf('\n');
  if (nl < 0) return [text];
  const header = text.slice(0, nl + 1);
  const out: string[] = [];
  let start = nl + 1;
  while (start < text.length) {
    let end = start;
    // Comext labels hold no newlines inside quotes (SOURCE.md layout), so a slice may end at any newline.
    for (let n = 0; n < SLICE && end >= 0 && end < text.length; n++) end = text.indexOf('\n', end) + 1 || -1;
    const stop = end <= 0 ? text.length : end;
    out.push(header + text.slice(start, stop));
    start = stop;
  }
  return out.length ? out : [header];
}

/**
 * A Comext CN8 extract (shared/data/trade SOURCE.md layout) as trade rows: CN8 rows only (HS4 rows
 * aggregate them and are never added), member-state labels mapped to ISO codes.
 */
export function parseComextTrade(text: string, file: string): { rows: TradeRow[]; problems: TradeProblem[] } {
  const observations = chunks(text).flatMap((chunk) => parseComext(chunk, file));
  const rows: TradeRow[] = [];
  const problems: TradeProblem[] = [];
  const cache = new Map<string, string | undefined>();
  const code = (label: string) => {
    if (!cache.has(label)) cache.set(label, iso(label));
    return cache.get(label);
  };
  observations.forEach((o, i) => {
    const reporter = code(o.reporter);
    const partner = code(o.partner);
    if (!reporter || !partner) {
      problems.push({
        line: 0,
        message: `${file} observation ${i + 1}: country "${reporter ? o.partner : o.reporter}" not recognised`,
      });
      return;
    }
    if (o.product === 'TOTAL') {
      problems.push({
        line: 0,
        message: `${file} observation ${i + 1}: totals without a product code cannot be matched to HS codes`,
      });
      return;
    }
    rows.push({ reporter, partner, hs: o.product, period: o.period, value: o.value });
  });
  return { rows, problems };
}
