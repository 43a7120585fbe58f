/**
 * A procurement or network inventory, CSV (header: vendor, product, model, category,
 * country_of_origin, deployed_in) or JSON (an array of objects with those fields, or
 * { items: [...] }). Rows are checked one by one: a bad row is reported with its line (or JSON
 * pointer), field and reason and left out; the good rows are still checked.
 */
import { countryCode } from '../common/countries';
import { parseCsv } from '../screening/formats/csv';
import { clean } from '../screening/formats/input';

export interface InventoryRow {
  /** "line 3" or "/items/2". */
  at: string;
  vendor: string;
  product: string | null;
  model: string | null;
  category: string | null;
  /** ISO 3166-1 alpha-2, or null when not given. */
  countryOfOrigin: string | null;
  deployedIn: string | null;
}
export interface RowError {
  at: string;
  field: string;
  reason: string;
}
export interface ParsedInventory {
  rows: InventoryRow[];
  errors: RowError[];
}

const FIELDS = ['vendor', 'product', 'model', 'category', 'country_of_origin', 'deployed_in'] as const;
const ALIASES: Record<string, (typeof FIELDS)[number]> = {
  countryoforigin: 'country_of_origin',
  origin: 'country_of_origin',
  deployedin: 'deployed_in',
  deployed: 'deployed_in',
  where_deployed: 'deployed_in',
  manufacturer: 'vendor',
};
const key = (h: string) => {
  const k = h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return (FIELDS as readonly string[]).includes(k) ? k : (ALIASES[k.replace(/_/g, '')] ?? ALIASES[k] ?? k);
};

function rowOf(at: string, get: (f: string) => unknown, errors: RowError[]): InventoryRow | null {
  const text = (f: string): string | null => {
    const v = get(f);
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') {
      errors.push({ at, field: f, reason: `expected text, found ${typeof v}` });
      return null;
    }
    return clean(v) ?? null;
  };
  const before = errors.length;
  const vendor = text('vendor');
  if (!vendor) errors.push({ at, field: 'vendor', reason: 'vendor is empty: nothing to screen' });
  const origin = text('country_of_origin');
  const code = origin ? countryCode(origin) : undefined;
  if (origin && !code)
    errors.push({ at, field: 'country_of_origin', reason: `"${origin}" is not a country name or ISO code` });
  const row = {
    at,
    vendor: vendor ?? '',
    product: text('product'),
    model: text('model'),
    category: text('category'),
    countryOfOrigin: code ?? null,
    deployedIn: text('deployed_in'),
  };
  return errors.length > before ? null : row;
}

export function parseInventory(name: string, content: string): ParsedInventory {
  const errors: RowError[] = [];
  const rows: InventoryRow[] = [];
  if (/^\s*[[{]/.test(content)) {
    let doc: unknown;
    try {
      doc = JSON.parse(content);
    } catch (err) {
      return { rows, errors: [{ at: name, field: '(file)', reason: `not JSON: ${(err as Error).message}` }] };
    }
    const items = Array.isArray(doc) ? doc : (doc as { items?: unknown }).items;
    const base = Array.isArray(doc) ? '' : '/items';
    if (!Array.isArray(items))
      return {
        rows,
        errors: [{ at: name, field: '(file)', reason: 'expected an array of items or { "items": [...] }' }],
      };
    items.forEach((it, i) => {
      const at = `${base}/${i}`;
      if (!it || typeof it !== 'object' || Array.isArray(it))
        return void errors.push({ at, field: '(row)', reason: 'expected an object' });
      const o = Object.fromEntries(Object.entries(it as Record<string, unknown>).map(([k, v]) => [key(k), v]));
      const r = rowOf(at, (f) => o[f], errors);
      if (r) rows.push(r);
    });
    return { rows, errors };
  }
  const csv = parseCsv(content, name);
  const header = csv[0]?.cells.map(key) ?? [];
  if (!header.includes('vendor'))
    return {
      rows,
      errors: [
        { at: 'line 1', field: 'vendor', reason: `no "vendor" column; found ${header.join(', ') || 'nothing'}` },
      ],
    };
  for (const r of csv.slice(1)) {
    const at = `line ${r.line}`;
    if (r.cells.length !== header.length) {
      errors.push({ at, field: '(row)', reason: `expected ${header.length} fields, found ${r.cells.length}` });
      continue;
    }
    const got = rowOf(at, (f) => (header.includes(f) ? r.cells[header.indexOf(f)] : undefined), errors);
    if (got) rows.push(got);
  }
  return { rows, errors };
}
