/**
 * Parties to screen, from the files users have: CSV with a header (`name` or `full_name`,
 * optional `type`/`schema`, `country`/`nationality`, `date_of_birth`, `id`, `aliases`;
 * other columns ignored) or JSON lines with the same fields. Errors name the line and field.
 */
import { countryCode, isCountryCode } from '../common/countries';
import { invalidInput } from '../common/errors';
import { canonicalJson } from '../common/canonical-json';
import { sha256Hex } from '../common/hash';
import { parseCsv } from './formats/csv';
import { entityTypeOfSchema } from './matching/pair';
import { parsePartyDate } from './party-dates';
import type { PartyQuery } from './matching/screen';

export interface PartyInput extends PartyQuery {
  /** The caller's own id for the party (CSV `id`), echoed in results. */
  externalId?: string;
  /** Where it came from, for error messages: "parties.csv line 12". */
  source?: string;
  /** The line of the input file the party starts on. */
  line?: number;
}

function countriesOf(text: string, where: string): string[] {
  return text
    .split(/[;|]/)
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => {
      const code = c.length === 2 && isCountryCode(c) ? c.toUpperCase() : countryCode(c);
      if (!code)
        throw invalidInput(
          `${where}: unknown country '${c}' (use ISO 3166 alpha-2 codes or English names)`,
          `${where}/country`,
        );
      return code;
    });
}

const TYPES = ['person', 'organization', 'organisation', 'vessel', 'aircraft', 'unknown'];

/** Validates and normalises one party; `where` prefixes every error. */
export function partyFrom(raw: Record<string, unknown>, where: string): PartyInput {
  const str = (k: string) =>
    typeof raw[k] === 'string'
      ? (raw[k] as string).trim()
      : raw[k] === undefined || raw[k] === null
        ? ''
        : String(raw[k]).trim();
  const name = str('name') || str('full_name');
  if (!name) throw invalidInput(`${where}: a name is required (column 'name' or 'full_name')`, `${where}/name`);
  if (name.length > 500) throw invalidInput(`${where}: name longer than 500 characters`, `${where}/name`);
  const party: PartyInput = { name, source: where };
  const type = str('type') || str('schema');
  if (type) party.type = typeOf(type, where);
  const countries = Array.isArray(raw.countries)
    ? (raw.countries as string[]).join(';')
    : str('countries') || str('country') || str('nationality');
  if (countries) party.countries = countriesOf(countries, where);
  const dob = str('birthDate') || str('date_of_birth') || str('dob');
  if (dob) party.birthDate = birthDateOf(dob, where);
  const aliases = aliasesOf(raw.aliases, str('aliases'));
  if (aliases.length) party.aliases = aliases.map((a) => a.trim()).filter(Boolean);
  if (Array.isArray(raw.identifiers))
    party.identifiers = (raw.identifiers as { type?: string; value: string }[]).filter(
      (i) => i && typeof i.value === 'string',
    );
  const id = str('externalId') || str('id');
  if (id) party.externalId = id;
  return party;
}

/** person / organization (or organisation) / vessel / aircraft / unknown, or a FollowTheMoney schema name. */
function typeOf(type: string, where: string): NonNullable<PartyQuery['type']> {
  const t = TYPES.includes(type.toLowerCase())
    ? (type.toLowerCase().replace('organisation', 'organization') as NonNullable<PartyQuery['type']>)
    : entityTypeOfSchema(type);
  if (t === 'unknown' && type.toLowerCase() !== 'unknown')
    throw invalidInput(`${where}: unknown type '${type}' (person, organization, vessel, aircraft)`, `${where}/type`);
  return t;
}

function birthDateOf(dob: string, where: string): string {
  const date = parsePartyDate(dob);
  if (typeof date !== 'string') throw invalidInput(`${where}: date of birth ${date.error}`, `${where}/date_of_birth`);
  return date;
}

/** A JSON array of aliases, or a CSV cell of `;`-separated ones. */
function aliasesOf(list: unknown, cell: string): string[] {
  if (Array.isArray(list)) return (list as unknown[]).map(String);
  return cell ? cell.split(';') : [];
}

export function parsePartiesCsv(text: string, file: string): PartyInput[] {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''), file);
  const header = rows.shift();
  if (!header) throw invalidInput(`${file}: empty file`);
  const names = header.cells.map((h) => h.trim().toLowerCase());
  if (!names.includes('name') && !names.includes('full_name'))
    throw invalidInput(`${file} line ${header.line}: no 'name' or 'full_name' column (columns: ${names.join(', ')})`);
  return rows.map((r) =>
    partyFrom(Object.fromEntries(names.map((n, i) => [n, r.cells[i] ?? ''])), `${file} line ${r.line}`),
  );
}

export function parsePartiesJsonl(text: string, file: string): PartyInput[] {
  const out: PartyInput[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw invalidInput(`${file} line ${i + 1}: not JSON (${(error as Error).message})`);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
      throw invalidInput(`${file} line ${i + 1}: expected a JSON object`);
    out.push(partyFrom(value as Record<string, unknown>, `${file} line ${i + 1}`));
  });
  return out;
}

/** Changes whenever a screened field changes: good-guy decisions are keyed on it. */
export function partyFingerprint(p: PartyQuery): string {
  return sha256Hex(
    canonicalJson({
      name: p.name.trim(),
      aliases: [...(p.aliases ?? [])].sort(),
      type: p.type ?? 'unknown',
      countries: [...(p.countries ?? [])].sort(),
      birthDate: p.birthDate ?? null,
      identifiers: [...(p.identifiers ?? [])].map((i) => `${i.type ?? ''}:${i.value}`).sort(),
    }),
  );
}
