/**
 * The form's state (strings, as typed) and its translation into the API's transaction
 * (packages/core/src/licensing/transaction.ts). Values are sent as typed where they do not
 * parse, so the API names the bad field rather than the form guessing.
 */
import { jurisdictions } from '@dualuse/core/licensing';
import { ApiError } from '../../lib/api';

export interface ItemForm {
  description: string;
  /** Per jurisdiction of the registry (US, EU, UK, ...): the item's code on its list, as typed. */
  codes: Record<string, string>;
  /** The item fields only one law reads (the registry's `form.itemFields`, e.g. US `enc_eligible`), by field name. */
  fields: Record<string, string | boolean>;
  hs: string;
  origin: string;
  value: string;
  quantity: string;
}

export interface PartyForm {
  role: string;
  name: string;
  country: string;
}

export interface TransactionForm {
  id: string;
  date: string;
  exporterName: string;
  exporterCountry: string;
  destination: string;
  releaseTo: string;
  endUse: string[];
  items: ItemForm[];
  parties: PartyForm[];
}

export const today = (): string => new Date().toISOString().slice(0, 10);

export const emptyItem = (): ItemForm => ({
  description: '',
  codes: {},
  fields: {},
  hs: '',
  origin: '',
  value: '',
  quantity: '',
});

export const emptyForm = (): TransactionForm => ({
  id: `TX-${today().replaceAll('-', '')}-${Math.floor(Math.random() * 9000 + 1000)}`,
  date: today(),
  exporterName: '',
  exporterCountry: '',
  destination: '',
  releaseTo: '',
  endUse: [],
  items: [emptyItem()],
  parties: [],
});

const text = (s: string): string | undefined => (s.trim() ? s.trim() : undefined);
const number = (s: string): number | string | undefined => {
  const t = s.trim().replaceAll(',', '');
  if (!t) return undefined;
  return Number.isNaN(Number(t)) ? t : Number(t);
};
const defined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

export function toTransaction(f: TransactionForm): Record<string, unknown> {
  return defined({
    id: text(f.id) ?? 'web',
    date: f.date,
    exporter: defined({ name: text(f.exporterName), country: text(f.exporterCountry) }),
    destination: text(f.destination),
    technology_release_to: text(f.releaseTo),
    end_use: f.endUse,
    items: f.items.map((i) =>
      defined({
        description: text(i.description),
        classification: classification(i),
        hs: text(i.hs),
        origin: text(i.origin),
        ...lawFields(i),
        value: number(i.value),
        quantity: number(i.quantity),
      }),
    ),
    parties: f.parties.map((p) => defined({ role: p.role, name: text(p.name), country: text(p.country) })),
  });
}

/** The codes typed, in the registry's order; none typed: no classification (the API says what is missing). */
function classification(i: ItemForm): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const j of jurisdictions()) {
    const c = text(i.codes[j.code] ?? '');
    if (c) out[j.code] = c;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The jurisdiction-specific item fields: numbers as typed, flags only when set. */
function lawFields(i: ItemForm): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const j of jurisdictions())
    for (const f of j.form.itemFields ?? []) {
      const v = i.fields[f.field];
      const value = f.kind === 'flag' ? v === true || undefined : typeof v === 'string' ? number(v) : undefined;
      if (value !== undefined) out[f.field] = value;
    }
  return out;
}

/** Every field error of a refused transaction (the problem's `errors` lists each, by JSON Pointer). */
export function fieldErrors(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fields() : {};
}
