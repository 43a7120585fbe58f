/**
 * The S&T agreement registry (issue 15 item 4): agreements as data, each field sourced or "unknown";
 * a comparison matrix of terms; and a link from fields of science to control-list categories (OUR
 * heuristic keyword map, labelled as such) flagging agreements that touch controlled technology
 * without a research-security clause on record.
 */
import { invalidInput } from '../common/errors';

export interface Sourced<T> {
  value: T | 'unknown';
  quote?: string;
  url?: string;
  citation?: string;
  /** How the value follows from the quote when it is not said in so many words. */
  note?: string;
}

export const TERMS = [
  'reciprocity',
  'nationalTreatment',
  'ipAllocation',
  'researchSecurity',
  'exportControl',
  'disputeSettlement',
] as const;
export type Term = (typeof TERMS)[number];

export interface Agreement {
  id: string;
  title: string;
  /** ISO alpha-2 codes, or EU. */
  parties: string[];
  kind: 'bilateral' | 'plurilateral';
  signed: Sourced<string>;
  inForce: Sourced<string>;
  expiry: Sourced<string>;
  fields: Sourced<string[]>;
  terms: Record<Term, Sourced<string>>;
  agencies: Sourced<string[]>;
}

/** Every known value must cite a passage and a URL or citation; "unknown" needs neither. */
export function agreementProblems(a: Agreement): string[] {
  const out: string[] = [];
  const check = (name: string, s: Sourced<unknown>) => {
    if (s.value === 'unknown') return;
    if (!s.quote || s.quote.length < 10) out.push(`${a.id} ${name}: a value without its quoted source`);
    if (!s.url && !s.citation) out.push(`${a.id} ${name}: no URL or citation`);
  };
  for (const k of ['signed', 'inForce', 'expiry', 'fields', 'agencies'] as const) check(k, a[k]);
  for (const t of TERMS) check(`terms.${t}`, a.terms[t]);
  if (a.parties.length < 2) out.push(`${a.id}: an agreement needs two parties`);
  if ((a.kind === 'bilateral') !== (a.parties.length === 2))
    out.push(`${a.id}: kind ${a.kind} but ${a.parties.length} parties`);
  return out;
}

export function parseAgreement(input: unknown): Agreement {
  const a = input as Agreement;
  if (!a || typeof a.id !== 'string' || !a.title || !Array.isArray(a.parties) || !a.terms)
    throw invalidInput('agreement: id, title, parties and terms are required', '/');
  for (const t of TERMS)
    if (!a.terms[t]) throw invalidInput(`/terms/${t}: required (use { "value": "unknown" })`, `/terms/${t}`);
  const problems = agreementProblems(a);
  if (problems.length) throw invalidInput(problems.join('; '), '/');
  return a;
}

export interface ComparisonMatrix {
  agreements: { id: string; title: string; parties: string[] }[];
  rows: { term: string; cells: Sourced<string>[] }[];
}

export function compareAgreements(list: readonly Agreement[]): ComparisonMatrix {
  const row = (term: string, get: (a: Agreement) => Sourced<string>) => ({ term, cells: list.map(get) });
  return {
    agreements: list.map((a) => ({ id: a.id, title: a.title, parties: a.parties })),
    rows: [
      row('signed', (a) => a.signed),
      row('in force', (a) => a.inForce),
      row('expiry / renewal', (a) => a.expiry),
      ...TERMS.map((t) => row(t, (a) => a.terms[t])),
      row('fields', (a) => ({
        ...a.fields,
        value: a.fields.value === 'unknown' ? 'unknown' : a.fields.value.join('; '),
      })),
    ],
  };
}

/** OURS: keywords of a field of science → CCL categories (15 CFR 774 Supp. 1 category titles) it may touch. */
export const FIELD_TO_CONTROLS: readonly { keyword: RegExp; controls: string }[] = [
  {
    keyword: /information|telematics|computing|communication/i,
    controls: 'CCL Cat. 4 (Computers), Cat. 5 (Telecommunications and Information Security)',
  },
  {
    keyword: /biotech|biomedic|life sciences/i,
    controls: 'CCL Cat. 1 (1C351–1C353 human and animal pathogens, genetic elements)',
  },
  { keyword: /materials|superconduct/i, controls: 'CCL Cat. 1 (Special Materials), 3C (semiconductor materials)' },
  {
    keyword: /artificial intelligence|emerging/i,
    controls: 'emerging technologies (ECRA 50 U.S.C. 4817), e.g. 3A090 / 4A090 advanced computing',
  },
  { keyword: /energy/i, controls: 'CCL Cat. 0 (nuclear, when nuclear energy), Cat. 3 (power electronics)' },
  {
    keyword: /automation|process control|engineering/i,
    controls: 'CCL Cat. 2 (Materials Processing: machine tools, robots)',
  },
  { keyword: /marine|geoscience/i, controls: 'CCL Cat. 6 (Sensors), Cat. 8 (Marine)' },
];

export interface AgreementFlag {
  id: string;
  fields: { field: string; controls: string }[];
  researchSecurity: string;
  flagged: boolean;
  why: string;
}

export function flagAgreements(list: readonly Agreement[]): AgreementFlag[] {
  return list.map((a) => {
    const fields = (a.fields.value === 'unknown' ? [] : a.fields.value).flatMap((f) =>
      FIELD_TO_CONTROLS.filter((m) => m.keyword.test(f)).map((m) => ({ field: f, controls: m.controls })),
    );
    const rs = a.terms.researchSecurity.value;
    const flagged = fields.length > 0 && rs !== 'yes';
    return {
      id: a.id,
      fields,
      researchSecurity: rs,
      flagged,
      why: flagged
        ? `covers fields touching controlled technology (${[...new Set(fields.map((f) => f.field))].join(', ')}) with research-security clause "${rs}" (keyword map ours)`
        : fields.length
          ? 'research-security clause on record'
          : 'no field maps to a controlled-technology category (keyword map ours)',
    };
  });
}
