/**
 * The form's state (strings, as typed) and its translation into the API's transaction
 * (packages/core/src/licensing/transaction.ts). Values are sent as typed where they do not
 * parse, so the API names the bad field rather than the form guessing.
 */
import { ApiError } from '../../lib/api';

export interface ItemForm {
  description: string;
  us: string;
  eu: string;
  /** Codes on the UK, Dutch, Japanese and Australian lists (e.g. PL9010, 3B1001.l, DSGL 3A001). */
  uk: string;
  nl: string;
  jp: string;
  au: string;
  hs: string;
  origin: string;
  usContent: string;
  value: string;
  quantity: string;
  /** 15 CFR 740.17: the exporter has assessed the item as ENC-eligible. */
  enc: boolean;
  /** 15 CFR 740.20(d)(2): the consignee's prior STA statement is on file. */
  sta: boolean;
  /** 15 CFR 734.9: a direct product of US technology or software. */
  usTech: boolean;
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
  us: '',
  eu: '',
  uk: '',
  nl: '',
  jp: '',
  au: '',
  hs: '',
  origin: '',
  usContent: '',
  value: '',
  quantity: '',
  enc: false,
  sta: false,
  usTech: false,
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
        classification: [i.us, i.eu, i.uk, i.nl, i.jp, i.au].some((c) => c.trim())
          ? defined({ US: text(i.us), EU: text(i.eu), UK: text(i.uk), NL: text(i.nl), JP: text(i.jp), AU: text(i.au) })
          : undefined,
        hs: text(i.hs),
        origin: text(i.origin),
        us_content_percent: number(i.usContent),
        value: number(i.value),
        quantity: number(i.quantity),
        enc_eligible: i.enc || undefined,
        sta_consignee_statement: i.sta || undefined,
        made_with_us_technology: i.usTech || undefined,
      }),
    ),
    parties: f.parties.map((p) => defined({ role: p.role, name: text(p.name), country: text(p.country) })),
  });
}

/** Every field error of a refused transaction (the problem's `errors` lists each, by JSON Pointer). */
export function fieldErrors(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fields() : {};
}
