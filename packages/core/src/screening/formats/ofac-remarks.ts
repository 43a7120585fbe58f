/**
 * OFAC legacy-format Remarks: "; "-separated statements such as "DOB 10 Dec 1948",
 * "alt. DOB circa 1951", "POB Tehran, Iran", "nationality Iran", "Passport A123 (Iran)",
 * "a.k.a. 'BNC'", "Vessel Registration Identification IMO 7406784", "Linked To: HIZBALLAH".
 * OFAC keeps its *weak* a.k.a.s only here (OFAC FAQ 277: "weak AKAs ... are listed in the
 * remarks"), so remark aliases become weak_alias. Statements not understood stay in `remarks`.
 */
import type { ListEntry } from '../model';
import { addCountry, addDate, addIdentifier, addName, addUnique, codeOf } from './build';
import { parseDate } from './dates';

/** Remark label → identifier type (labels as OFAC prints them). Longest first where they overlap. */
const ID_LABELS: [RegExp, string][] = [
  [/^Vessel Registration Identification(?: IMO)?/i, 'imo'],
  [/^MMSI/i, 'mmsi'],
  [/^Passport(?: No\.)?/i, 'passport'],
  [/^Diplomatic Passport/i, 'passport'],
  [
    /^(?:National ID No\.|National Identification Number|Identification Number|Personal ID Card|D\.N\.I\.|Cedula No\.|C\.U\.R\.P\.|Birth Certificate Number|Electoral Registry No\.|Driver's License No\.|Residency Number|SSN|Kenyan ID No\.|NIE|C\.I\.F\.|Public Security and Immigration No\.)/i,
    'national_id',
  ],
  [/^(?:Tax ID No\.|R\.F\.C\.|NIT #|RUC #|RIF #|V\.A\.T\. Number|CUIT|Tax Number)/i, 'tax_id'],
  [/^Legal Entity Number/i, 'lei'],
  [/^SWIFT\/BIC/i, 'swift_bic'],
  [/^D-U-N-S Number/i, 'duns'],
  [/^Unified Social Credit Code \(USCC\)/i, 'registration'],
  [
    /^(?:Registration ID|Registration Number|Company Number|Commercial Registry Number|Business Registration Document #|Business Registration Number|Government Gazette Number|Chamber of Commerce Number|Trade License No\.|Economic Register Number \(CBLS\)|Central Registration System Number|Folio Mercantil No\.|Matricula Mercantil No|C\.R\. No\.|Istanbul Chamber of Comm\. No\.|Commercial Registry No\.|Business Number|Certificate of Incorporation Number|Enterprise Number|Registered Charity No\.|License)/i,
    'registration',
  ],
  [/^Aircraft Tail Number/i, 'aircraft_registration'],
  [/^Aircraft Manufacturer.s Serial Number \(MSN\)/i, 'aircraft_msn'],
  [/^Aircraft Construction Number \(also called L\/N or S\/N or F\/N\)/i, 'aircraft_construction_number'],
  [/^Digital Currency Address - /i, 'crypto_wallet'],
  [/^Email(?: Address)?:?/i, 'email'],
  [/^Website/i, 'website'],
  [/^(?:Phone Number|Telephone|Fax)/i, 'phone'],
];

/** Identifier type for an OFAC/CSL id label ("Passport", "Tax ID No."), undefined if not an identifier. */
export function identifierType(label: string): string | undefined {
  for (const [re, type] of ID_LABELS) {
    const m = re.exec(label);
    if (m && m[0].length >= label.trim().replace(/:$/, '').length - 1) return type;
  }
  return undefined;
}

const ALIAS = /^([afn])\.k\.a\.,?\s+['‘’"](.+)['‘’"]$/i;

/** Reads remarks into `e`; returns the statements that were not structured. */
export function applyRemarks(e: ListEntry, remarks: string, warnings: string[], where: string): string[] {
  const rest: string[] = [];
  const parts = remarks.trim().replace(/\.$/, '').split(/;\s+/);
  for (const raw of parts) {
    const part = raw.trim().replace(/\.$/, '');
    if (!part) continue;
    const body = part.replace(/^alt\.\s+/i, '');
    const alias = ALIAS.exec(body);
    if (alias) {
      // Weak by OFAC's own definition, whatever the prefix (a.k.a., f.k.a., n.k.a.).
      addName(e, alias[2], 'weak_alias');
      continue;
    }
    let m = /^DOB\s+(.+)$/i.exec(body);
    if (m) {
      const d = parseDate(m[1]);
      if (d) addDate(e, d);
      else warnings.push(`${where}: DOB "${m[1]}" not understood`);
      continue;
    }
    m = /^POB\s+(.+)$/i.exec(body);
    if (m) {
      addUnique(e.birthPlaces, m[1]);
      continue;
    }
    m = /^(?:Nationality of Registration|nationality|citizen)\s+(.+)$/i.exec(body);
    if (m) {
      addCountry(e, m[1], warnings, where);
      continue;
    }
    m = /^Gender\s+(\w+)$/i.exec(body);
    if (m) {
      e.gender = m[1]!.toLowerCase();
      continue;
    }
    m = /^Linked To:\s*(.+)$/i.exec(body);
    if (m) {
      (e.related ??= []).push({ relation: 'linked_to', name: m[1]! });
      continue;
    }
    if (readIdentifier(e, body, warnings, where)) continue;
    rest.push(part);
  }
  return rest;
}

function readIdentifier(e: ListEntry, body: string, warnings: string[], where: string): boolean {
  for (const [label, type] of ID_LABELS) {
    const m = label.exec(body);
    if (!m) continue;
    let value = body.slice(m[0].length).trim();
    let note: string | undefined;
    let country: string | undefined;
    if (type === 'crypto_wallet') {
      const c = /^(\w+)\s+(.+)$/.exec(value);
      if (c) {
        note = c[1];
        value = c[2]!;
      }
    }
    // "A123 (Iran) issued 01 Jan 2010 expires ..." → value, issuing country, note.
    const p = /^(.*?)\s*\(([^()]+)\)\s*(.*)$/.exec(value);
    if (p && p[1]) {
      const code = codeOf(p[2], [], where);
      if (code) {
        country = code;
        value = p[1];
        note = [note, p[3]].filter(Boolean).join(' ') || undefined;
      }
    }
    if (type === 'imo' || type === 'mmsi') value = value.replace(/^(?:IMO\s*)/i, '');
    if (!value) {
      warnings.push(`${where}: empty identifier "${body}"`);
      return true;
    }
    addIdentifier(e, { type, value, ...(country ? { country } : {}), ...(note ? { note } : {}) });
    return true;
  }
  return false;
}
