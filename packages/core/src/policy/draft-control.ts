/**
 * A proposed control as data (issue 15 item 1): what it covers (HS/CN codes, CHPL tiers, control-list
 * entries through a cited correspondence), to where, who adopts it and from when. Validated field by
 * field; every refusal names the field.
 */
import { invalidInput } from '../common/errors';
import { isCountryCode } from '../common/countries';
import type { Correspondence } from './correspondence';

export interface DraftControl {
  name: string;
  /** HS-4/6 or CN-8 prefixes (digits). */
  hs?: string[];
  /** CHPL tiers ("1", "2", "3.A" ...), resolved through the imported CHPL. */
  chplTiers?: string[];
  /** Control-list entries, resolved through the cited correspondence table. */
  entries?: string[];
  /** Destinations, ISO alpha-2. */
  destinations: string[];
  /** Adopting jurisdictions: ISO alpha-2, or "EU" for every member state. */
  adopters: string[];
  /** YYYY-MM-DD. */
  effectiveDate: string;
  /** A comparable past control, to read the trend before and after it (e.g. the 2022-02-24 Russia measures). */
  comparable?: { name: string; date: string };
}

/** The member states of the EU since 1 Feb 2020 (TEU Art. 52; the UK withdrew on 31 Jan 2020). */
export const EU_MEMBERS = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const; // prettier-ignore

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const bad = (field: string, message: string) => invalidInput(`${field}: ${message}`, field);

function codes(list: unknown, field: string, allowEu = false): string[] {
  if (!Array.isArray(list) || !list.length) throw bad(field, 'expected a non-empty list of ISO alpha-2 codes');
  return list.map((c, i) => {
    const v = String(c).toUpperCase();
    if (!(allowEu && v === 'EU') && !isCountryCode(v))
      throw bad(`${field}/${i}`, `"${String(c)}" is not a country code`);
    return v;
  });
}

export function parseDraftControl(input: unknown): DraftControl {
  if (typeof input !== 'object' || input === null) throw bad('/', 'expected an object');
  const o = input as Record<string, unknown>;
  if (typeof o.name !== 'string' || !o.name.trim()) throw bad('/name', 'required');
  const coverage = parseCoverage(o);
  if (typeof o.effectiveDate !== 'string' || !DATE.test(o.effectiveDate))
    throw bad('/effectiveDate', 'expected YYYY-MM-DD');
  const c = o.comparable as { name?: unknown; date?: unknown } | undefined;
  if (c !== undefined && (typeof c.name !== 'string' || typeof c.date !== 'string' || !DATE.test(c.date)))
    throw bad('/comparable', 'expected { name, date: YYYY-MM-DD }');
  return {
    name: o.name.trim(),
    ...coverage,
    destinations: codes(o.destinations, '/destinations'),
    adopters: codes(o.adopters, '/adopters', true),
    effectiveDate: o.effectiveDate,
    ...(c ? { comparable: { name: c.name as string, date: c.date as string } } : {}),
  };
}

/** What the control covers (HS codes, CHPL tiers, cited entries); at least one of them. */
function parseCoverage(o: Record<string, unknown>): Pick<DraftControl, 'hs' | 'chplTiers' | 'entries'> {
  const hs = o.hs === undefined ? undefined : (o.hs as unknown[]).map((h) => String(h).replace(/[.\s]/g, ''));
  hs?.forEach((h, i) => {
    if (!/^\d{4,10}$/.test(h)) throw bad(`/hs/${i}`, `"${h}" is not an HS/CN code of 4–10 digits`);
  });
  const chplTiers = o.chplTiers === undefined ? undefined : (o.chplTiers as unknown[]).map(String);
  chplTiers?.forEach((t, i) => {
    if (!/^[1-4](\.[AB])?$/.test(t)) throw bad(`/chplTiers/${i}`, `"${t}" is not a CHPL tier`);
  });
  const entries = o.entries === undefined ? undefined : (o.entries as unknown[]).map(String);
  if (!hs?.length && !chplTiers?.length && !entries?.length)
    throw bad('/hs', 'a control must cover something: hs, chplTiers or entries');
  return {
    ...(hs ? { hs } : {}),
    ...(chplTiers ? { chplTiers } : {}),
    ...(entries ? { entries } : {}),
  };
}

/** One HS prefix the control covers and why (the basis a reader can check). */
export interface CoveredCode {
  hs: string;
  basis: string;
}

/**
 * The HS prefixes a control covers. `chpl`: HS-6 → tier (diversion `parseChplTiers`); `correspondence`:
 * cited entry → HS-6 rows. A tier or entry that resolves to nothing is an error, not an empty control.
 */
export function coveredCodes(
  control: DraftControl,
  sources: { chpl?: Map<string, string>; correspondence?: readonly Correspondence[] } = {},
): CoveredCode[] {
  const out = new Map<string, string[]>();
  const add = (hs: string, basis: string) => out.set(hs, [...(out.get(hs) ?? []), basis]);
  for (const h of control.hs ?? []) add(h, 'named in the draft');
  for (const tier of control.chplTiers ?? []) {
    if (!sources.chpl) throw bad('/chplTiers', 'no CHPL imported: the tiers cannot be resolved');
    const hit = [...sources.chpl].filter(([, t]) => t === tier);
    if (!hit.length) throw bad('/chplTiers', `CHPL tier ${tier} has no HS codes in the imported list`);
    for (const [code] of hit) add(code, `CHPL Tier ${tier} (BIS CHPL, HS-6)`);
  }
  for (const entry of control.entries ?? []) {
    const rows = (sources.correspondence ?? []).filter((r) => r.entry.toLowerCase() === entry.toLowerCase());
    if (!rows.length)
      throw bad(
        '/entries',
        `no cited HS correspondence for ${entry}: unknown, so the control's trade cannot be measured`,
      );
    for (const r of rows) add(r.hs6, `${entry} → HS ${r.hs6} (${r.source}: "${r.quote}")`);
  }
  return [...out].map(([hs, basis]) => ({ hs, basis: basis.join('; ') }));
}

/** Whether an exporter is bound by the control: named, or a member state when "EU" adopts it. */
export const adopts = (control: DraftControl, exporter: string): boolean =>
  control.adopters.includes(exporter) ||
  (control.adopters.includes('EU') && (EU_MEMBERS as readonly string[]).includes(exporter));
