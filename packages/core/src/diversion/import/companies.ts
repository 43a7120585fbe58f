/**
 * Company files (docs/diversion-import.md): CSV or JSON lines with a `record` column (company,
 * person, shareholder, officer, link), or FollowTheMoney JSON lines (Company, Person,
 * Organization, LegalEntity; Ownership, Directorship, UnknownLink and the other interval
 * schemata) such as OpenSanctions or registry exports, read through ftm-graph.ts so "listed"
 * means the same everywhere (FtM target, sanction/export-control topics, a Sanction record).
 */
import { countryCode } from '../../common/countries';
import { parseDate } from '../../screening/formats/dates';
import { decodeText } from '../../screening/formats/input';
import { OWNERSHIP_LISTS, ownershipListOf } from '../data/ownership-lists';
import { ftmGraph } from '../ftm-graph';
import { checkActivityCode, type Activity } from '../activity';
import { Cells, compact, importError, readRows, type ImportFormat } from './records';

export interface CompanyInput {
  ref: string;
  kind: 'company' | 'person' | 'organization';
  name: string;
  country?: string;
  registrationNumber?: string;
  incorporated?: string;
  addresses: string[];
  phones: string[];
  emails: string[];
  websites: string[];
  listed: boolean;
  /** Ids of the lists it is on (data/ownership-lists.ts); a listed party naming none counts under no regime. */
  listedOn: string[];
  listedFrom?: string;
  /** What it does: NACE Rev. 2 / NAICS 2022 / ISIC Rev. 4 codes and words (activity.ts). */
  activities: Activity[];
}

export interface CompanyLinkInput {
  ref: string;
  /**
   * ownership = shareholder (from owns to), directorship = officer/director (from of to), unknown = any other stated
   * link.
   */
  kind: 'ownership' | 'directorship' | 'unknown';
  from: string;
  to: string;
  role?: string;
  percentage?: number;
  startDate?: string;
  endDate?: string;
}

export interface CompanyFile {
  format: ImportFormat | 'ftm';
  companies: (CompanyInput & { line: number })[];
  links: (CompanyLinkInput & { line: number })[];
}

export const COMPANY_COLUMNS: ReadonlySet<string> = new Set([
  'record',
  'id',
  'name',
  'country',
  'registration_number',
  'incorporated',
  'address',
  'phone',
  'email',
  'website',
  'listed',
  'listed_on',
  'listed_from',
  'nace',
  'naics',
  'isic',
  'activity',
  'from',
  'to',
  'role',
  'percentage',
  'start_date',
  'end_date',
]);
const LINK_KINDS: Record<string, CompanyLinkInput['kind']> = {
  shareholder: 'ownership',
  officer: 'directorship',
  link: 'unknown',
};
const snake = (k: string) => k.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);

/** FtM when the first record has a "schema"; otherwise the native layout. */
export function parseCompanyFile(file: string, bytes: Uint8Array, format: ImportFormat): CompanyFile {
  const text = decodeText(file, bytes);
  const firstLine = text.split('\n').find((l) => l.trim());
  if (format === 'jsonl' && firstLine && /"schema"\s*:/.test(firstLine)) return fromFtm(file, bytes, text);
  const out: CompanyFile = { format, companies: [], links: [] };
  for (let row of readRows(file, text, format, COMPANY_COLUMNS)) {
    if (format === 'jsonl') {
      const flat: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(row.values)) {
        const col = snake(k).replace(/^(address|phone|email|website)es$|^(address|phone|email|website)s$/, '$1$2');
        if (!COMPANY_COLUMNS.has(col))
          throw importError(file, row.line, k, `unknown field (known: ${[...COMPANY_COLUMNS].join(', ')})`);
        flat[col] = v;
      }
      row = { line: row.line, values: flat };
    }
    const c = new Cells(file, row);
    const record = c.required('record', 20).toLowerCase();
    if (record === 'company' || record === 'person') {
      out.companies.push({
        line: row.line,
        ...compact({
          ref: c.required('id', 300),
          kind: record as 'company' | 'person',
          name: c.required('name'),
          country: c.country('country'),
          registrationNumber: c.text('registration_number', 200),
          incorporated: c.date('incorporated'),
          addresses: c.list('address') ?? [],
          phones: c.list('phone') ?? [],
          emails: c.list('email') ?? [],
          websites: c.list('website') ?? [],
          ...listing(c),
          listedFrom: c.date('listed_from'),
          activities: activities(c),
        }),
      });
    } else if (LINK_KINDS[record]) {
      out.links.push({ line: row.line, ...link(c, LINK_KINDS[record]) });
    } else c.fail('record', `"${record}" is not company, person, shareholder, officer or link`);
  }
  return checked(file, out);
}

/**
 * `listed_on` names the lists (ids or aliases of data/ownership-lists.ts); it implies `listed`.
 * An unknown name is an error, never a guess; `listed: false` with lists is a contradiction.
 */
function listing(c: Cells): { listed: boolean; listedOn: string[] } {
  const names = c.list('listed_on') ?? [];
  const listedOn = [
    ...new Set(
      names.map(
        (n) =>
          ownershipListOf(n) ??
          c.fail('listed_on', `unknown list "${n}" (known: ${OWNERSHIP_LISTS.map((l) => l.id).join(', ')})`),
      ),
    ),
  ];
  const flag = c.bool('listed');
  if (flag === false && listedOn.length) c.fail('listed', `false, but listed_on names ${listedOn.join(', ')}`);
  return { listed: flag ?? listedOn.length > 0, listedOn };
}

/** `nace`, `naics`, `isic` (codes, `;`-separated, each in its scheme's form) and `activity` (words). */
function activities(c: Cells): Activity[] {
  const out: Activity[] = [];
  for (const scheme of ['NACE', 'NAICS', 'ISIC'] as const)
    for (const code of c.list(scheme.toLowerCase()) ?? []) {
      const wrong = checkActivityCode(scheme, code);
      if (wrong) c.fail(scheme.toLowerCase(), wrong);
      out.push({ scheme, code: code.trim() });
    }
  for (const text of c.list('activity') ?? []) out.push({ scheme: 'text', text });
  return out;
}

function link(c: Cells, kind: CompanyLinkInput['kind']): CompanyLinkInput {
  const l = compact({
    ref: c.required('id', 300),
    kind,
    from: c.required('from', 300),
    to: c.required('to', 300),
    role: c.text('role', 500),
    percentage: c.number('percentage'),
    startDate: c.date('start_date'),
    endDate: c.date('end_date'),
  });
  if (l.percentage !== undefined && l.percentage > 100) c.fail('percentage', `${l.percentage} is more than 100`);
  if (l.percentage !== undefined && kind !== 'ownership')
    c.fail('percentage', 'only a shareholder row has a percentage');
  if (l.startDate && l.endDate && l.endDate < l.startDate)
    c.fail('end_date', `${l.endDate} is before start_date ${l.startDate}`);
  return l;
}

/** Ids unique in the file; a company repeated is an error, not a silent overwrite. */
function checked(file: string, f: CompanyFile): CompanyFile {
  for (const [list, what] of [
    [f.companies, 'company'],
    [f.links, 'link'],
  ] as const) {
    const seen = new Map<string, number>();
    for (const x of list) {
      const first = seen.get(x.ref);
      if (first !== undefined) throw importError(file, x.line, 'id', `${what} "${x.ref}" already on line ${first}`);
      seen.set(x.ref, x.line);
    }
  }
  return f;
}

const FTM_KIND: Record<string, CompanyInput['kind']> = {
  Company: 'company',
  Person: 'person',
  Organization: 'organization',
  LegalEntity: 'organization',
  PublicBody: 'organization',
};
const FTM_LINK: Record<string, CompanyLinkInput['kind']> = {
  Ownership: 'ownership',
  Directorship: 'directorship',
  UnknownLink: 'unknown',
};

const dateOf = (v: string | undefined) => {
  const d = v ? parseDate(v) : undefined;
  return d && /^\d{4}-\d{2}-\d{2}$/.test(d.date) ? d.date : undefined;
};

function fromFtm(file: string, bytes: Uint8Array, text: string): CompanyFile {
  const g = ftmGraph(file, bytes);
  const parties = new Map(g.parties.map((p) => [p.id, p]));
  const out: CompanyFile = { format: 'ftm', companies: [], links: [] };
  const lineOf = new Map<string, number>();
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    const r = JSON.parse(raw) as { id: string; schema: string; properties?: Record<string, string[]> };
    lineOf.set(r.id, i + 1);
    const kind = FTM_KIND[r.schema];
    const party = parties.get(r.id);
    if (!kind || !party) return;
    const p = r.properties ?? {};
    // Registries write dates every way ("17 Oct 1990", "1990-10-17"); a year alone is no incorporation date.
    const country = [
      ...(p.country ?? []),
      ...(p.jurisdiction ?? []),
      ...(p.mainCountry ?? []),
      ...(p.nationality ?? []),
    ]
      .map((c) => countryCode(c))
      .find(Boolean);
    out.companies.push({
      line: i + 1,
      ...compact({
        ref: r.id,
        kind,
        name: party.name,
        country,
        registrationNumber: (p.registrationNumber ?? p.ogrnCode ?? p.innCode)?.[0],
        incorporated: dateOf(p.incorporationDate?.[0]),
        addresses: party.addresses,
        phones: party.phones ?? [],
        emails: party.emails ?? [],
        websites: p.website ?? [],
        listed: !!party.listed,
        listedOn: party.lists,
        listedFrom: party.listedFrom,
        // FtM LegalEntity `sector` and `classification` are free text.
        activities: [...(p.sector ?? []), ...(p.classification ?? [])].map((text): Activity => ({
          scheme: 'text',
          text,
        })),
      }),
    });
  });
  for (const l of g.links) {
    const line = lineOf.get(l.sourceId) ?? 0;
    const pct = l.properties.percentage?.[0] ? Number.parseFloat(l.properties.percentage[0]) : undefined;
    if (pct !== undefined && (!Number.isFinite(pct) || pct < 0 || pct > 100))
      throw importError(file, line, 'percentage', `"${l.properties.percentage![0]}" is not a percentage 0–100`);
    const kind = FTM_LINK[l.schema] ?? 'unknown';
    const role =
      [FTM_LINK[l.schema] ? undefined : l.schema, l.properties.role?.[0] ?? l.properties.relationship?.[0]]
        .filter(Boolean)
        .join(': ') || undefined;
    const start = l.properties.startDate?.[0];
    const end = l.properties.endDate?.[0];
    out.links.push({
      line,
      ...compact({
        ref: l.sourceId,
        kind,
        from: l.from,
        to: l.to,
        role,
        percentage: kind === 'ownership' ? pct : undefined,
        startDate: dateOf(start),
        endDate: dateOf(end),
      }),
    });
  }
  if (!out.companies.length)
    throw importError(
      file,
      undefined,
      undefined,
      'no Company, Person or Organization record in the FollowTheMoney file',
    );
  return checked(file, out);
}
