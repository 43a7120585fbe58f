/**
 * The weakest-link matrix: items × destinations × jurisdictions, each cell the licensing engine's
 * own determination of a one-item transaction exported from that jurisdiction (so a cell is
 * exactly what `determine` answers for it, rule chain included). A row — an item to a destination —
 * is a weak link when one ally requires a licence (or prohibits) and another lets it go without.
 */
import { DomainError, invalidInput } from '../common/errors';
import { determine, type DetermineOptions } from '../licensing/engine';
import { licensingJurisdictions } from '../licensing/jurisdictions/registry';
import { DECISIONS, type Decision, type LicensingJurisdiction } from '../licensing/model';
import type { Transaction } from '../licensing/transaction';
import { country } from './parse';

export interface MatrixItem {
  id: string;
  label: string;
  /** Per jurisdiction, as a transaction item gives it ("3B001.f.1", "3B1001.l", "EAR99", "unlisted"). */
  classification: Record<string, string>;
  /** ISO alpha-2 where the item is made; default: the exporting jurisdiction's country. */
  origin?: string;
}

export interface MatrixRequest {
  date: string;
  items: MatrixItem[];
  destinations: string[];
  jurisdictions: LicensingJurisdiction[];
  /** The exporting country assumed per jurisdiction (the EU needs a member state). */
  exporters?: Partial<Record<LicensingJurisdiction, string>>;
}

export interface MatrixCell {
  item: string;
  destination: string;
  jurisdiction: LicensingJurisdiction;
  exporter: string;
  decision: Decision;
  authorisation?: string;
  policy?: string;
  /** The rules that fired: id and citation. */
  rules: { id: string; citation: string }[];
  open_questions: string[];
}

export interface MatrixRow {
  item: string;
  destination: string;
  cells: MatrixCell[];
  /** Some jurisdiction requires a licence (or prohibits) while another does not. */
  weakLink: boolean;
  /** The jurisdictions letting it go without a licence when another requires one. */
  weakest: LicensingJurisdiction[];
}

/** Default exporting country per jurisdiction; the EU's is an assumption the request can change. */
export const DEFAULT_EXPORTERS: Record<LicensingJurisdiction, string> = {
  US: 'US',
  EU: 'DE',
  UK: 'GB',
  NL: 'NL',
  JP: 'JP',
  AU: 'AU',
};

const restrictive = (d: Decision) => DECISIONS.indexOf(d) >= DECISIONS.indexOf('LICENCE_REQUIRED');
const free = (d: Decision) => d === 'NO_LICENCE_REQUIRED' || d === 'LICENCE_EXCEPTION';

/** The one-item transaction behind a cell: what `determine` is asked. */
export function cellTransaction(
  req: MatrixRequest,
  item: MatrixItem,
  destination: string,
  j: LicensingJurisdiction,
): Transaction {
  const exporter = req.exporters?.[j] ?? DEFAULT_EXPORTERS[j];
  return {
    id: `${item.id}|${destination}|${j}`,
    date: req.date,
    exporter: { country: exporter },
    items: [{ classification: item.classification, origin: item.origin ?? exporter, description: item.label }],
    destination,
    parties: [],
    end_use: [],
    technology_release_to: null,
  } as Transaction;
}

export function computeMatrix(req: MatrixRequest, options: DetermineOptions = {}): MatrixRow[] {
  checkRequest(req);
  const rows: MatrixRow[] = [];
  for (const item of req.items)
    for (const destination of req.destinations) {
      const cells = req.jurisdictions.map((j) => cell(req, { item, destination, jurisdiction: j }, options));
      const anyRestrictive = cells.some((c) => restrictive(c.decision));
      const weakest = anyRestrictive ? cells.filter((c) => free(c.decision)).map((c) => c.jurisdiction) : [];
      rows.push({ item: item.id, destination, cells, weakLink: weakest.length > 0, weakest });
    }
  return rows;
}

/** One cell's coordinates: the item, the destination and the jurisdiction whose engine decides. */
interface CellAt {
  item: MatrixItem;
  destination: string;
  jurisdiction: LicensingJurisdiction;
}

function cell(req: MatrixRequest, at: CellAt, options: DetermineOptions): MatrixCell {
  const { item, destination, jurisdiction: j } = at;
  const tx = cellTransaction(req, item, destination, j);
  const d = determine(tx, { ...options, jurisdictions: [j], detail: 'fired' }).determinations[j]!;
  return {
    item: item.id,
    destination,
    jurisdiction: j,
    exporter: tx.exporter.country,
    decision: d.decision,
    ...(d.authorisation ? { authorisation: d.authorisation } : {}),
    ...(d.policy ? { policy: d.policy } : {}),
    rules: d.rules.map((r) => ({ id: r.id, citation: r.citation })),
    open_questions: d.open_questions,
  };
}

function checkRequest(req: MatrixRequest): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(req.date)) throw invalidInput('expected an ISO date YYYY-MM-DD', '/date');
  if (!req.items.length) throw invalidInput('at least one item', '/items');
  req.destinations.forEach((d, i) => country(d, `/destinations/${i}`));
  if (!req.destinations.length) throw invalidInput('at least one destination', '/destinations');
  req.jurisdictions.forEach((j, i) => {
    if (!licensingJurisdictions().includes(j))
      throw invalidInput(`expected one of ${licensingJurisdictions().join(', ')}`, `/jurisdictions/${i}`);
  });
  const cells = req.items.length * req.destinations.length * req.jurisdictions.length;
  if (cells > 20_000)
    throw new DomainError('invalid_input', `${cells} cells: at most 20000 per matrix`, { pointer: '' });
}

const csvField = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** RFC 4180 CSV, one line per cell. */
export function matrixCsv(rows: readonly MatrixRow[]): string {
  const head = 'item,destination,jurisdiction,exporter,decision,authorisation,policy,weak_link,rules';
  const lines = rows.flatMap((r) =>
    r.cells.map((c) =>
      [
        c.item,
        c.destination,
        c.jurisdiction,
        c.exporter,
        c.decision,
        c.authorisation ?? '',
        c.policy ?? '',
        String(r.weakLink),
        c.rules.map((x) => x.id).join(' '),
      ]
        .map(csvField)
        .join(','),
    ),
  );
  return `${[head, ...lines].join('\r\n')}\r\n`;
}

/** A matrix request as a user sends it; `{ "seed": true, "date" }` asks for the seed matrix. */
export function parseMatrixRequest(input: unknown): MatrixRequest | { seed: true; date: string } {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw invalidInput('expected a JSON object', '');
  const o = input as Record<string, unknown>;
  const date = typeof o.date === 'string' ? o.date : '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw invalidInput('expected an ISO date YYYY-MM-DD', '/date');
  if (o.seed === true) return { seed: true, date };
  const arr = (k: string) => {
    if (!Array.isArray(o[k]) || !(o[k] as unknown[]).length) throw invalidInput('expected a non-empty array', `/${k}`);
    return o[k] as unknown[];
  };
  const items = arr('items').map((x, i): MatrixItem => {
    const it = x as Partial<MatrixItem> | null;
    if (!it || typeof it.id !== 'string' || !it.id) throw invalidInput('expected a string id', `/items/${i}/id`);
    const cls = it.classification;
    if (!cls || typeof cls !== 'object' || !Object.values(cls).every((v) => typeof v === 'string'))
      throw invalidInput('expected {jurisdiction: code}', `/items/${i}/classification`);
    return {
      id: it.id,
      label: typeof it.label === 'string' ? it.label : it.id,
      classification: cls,
      ...(typeof it.origin === 'string' ? { origin: it.origin } : {}),
    };
  });
  const destinations = arr('destinations').map((d, i) => country(d, `/destinations/${i}`));
  const jurisdictions = (
    o.jurisdictions === undefined ? [...licensingJurisdictions()] : arr('jurisdictions')
  ) as LicensingJurisdiction[];
  const req: MatrixRequest = { date, items, destinations, jurisdictions };
  checkRequest(req);
  return req;
}
