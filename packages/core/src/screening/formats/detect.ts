/**
 * Which list format a file is, from its name and first bytes, so `dualuse lists import <file>`
 * needs no --format. Compressed files (gzip, zip) are looked into.
 */
import { gunzip, isGzip, isZip, unzip } from './archive';
import { baseName, refuseUtf16, type ParseOptions } from './input';
import { ofacCsvRole } from './ofac-csv';
import { ASPI_GALAXY, FCC_COVERED_HEADER, MILCORPS_HEADER, SPECIAL_LEG_HEADER } from '../../vendors/formats/index';

export const LIST_FORMATS = [
  'ofac-csv',
  'ofac-xml',
  'ofac-enhanced-xml',
  'ofac-advanced-xml',
  'un-xml',
  'eu-fsf-xml',
  'uk-fcdo-xml',
  'uk-fcdo-csv',
  'uk-ofsi-xlsx',
  'au-dfat-xlsx',
  'bis-dpl',
  'csl-csv',
  'csl-json',
  'ftm-jsonl',
  'us-special-leg-csv',
  'us-dod-1260h-csv',
  'us-fcc-covered-csv',
  'aspi-misp-galaxy',
] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

/** First `n` characters as text, lossy (only used for sniffing). */
export function head(bytes: Uint8Array, n = 4096): string {
  let s = '';
  const end = Math.min(bytes.length, n);
  for (let i = 0; i < end; i++) s += String.fromCharCode(bytes[i]!);
  return s.replace(/^\xef\xbb\xbf/, '');
}

const XML_ROOTS: [RegExp, ListFormat][] = [
  [/<CONSOLIDATED_LIST[\s>]/, 'un-xml'],
  [/<(?:\w+:)?export[\s>][^>]*fsd\/export/, 'eu-fsf-xml'],
  [/<Designations[\s>]/, 'uk-fcdo-xml'],
  [/<(?:\w+:)?sanctionsData[\s>]/, 'ofac-enhanced-xml'],
  // OFAC Advanced Sanctions Data Standard: <Sanctions> in its own namespace (older files: UN's 1.0).
  [/<(?:\w+:)?Sanctions[\s>][^>]*(?:exports\/ADVANCED_XML|www\.un\.org\/sanctions\/1\.0)/, 'ofac-advanced-xml'],
  [/<(?:\w+:)?sdnList[\s>]/, 'ofac-xml'],
];

/** Header lines (first line of a delimited file) that name their format. */
const HEADERS: [RegExp, ListFormat][] = [
  [/^"?_id"?,"?source"?,/, 'csl-csv'],
  [SPECIAL_LEG_HEADER, 'us-special-leg-csv'],
  [MILCORPS_HEADER, 'us-dod-1260h-csv'],
  [FCC_COVERED_HEADER, 'us-fcc-covered-csv'],
  [/^"?Name"?\t"?Street_Address"?\t/, 'bis-dpl'],
];

export function detectFormat(fileName: string, bytes: Uint8Array, options: ParseOptions = {}): ListFormat | undefined {
  const name = baseName(fileName).toLowerCase();
  if (isGzip(bytes)) return detectFormat(name.replace(/\.gz$/, ''), gunzip(fileName, bytes, options), options);
  if (isZip(bytes)) return detectZip(fileName, bytes, options);
  const text = head(bytes);
  if (/^\s*</.test(text)) return XML_ROOTS.find(([re]) => re.test(text))?.[1];
  if (/^\s*\{/.test(text)) return detectJson(text);
  if (ofacCsvRole(name)) return 'ofac-csv';
  return detectDelimited(text);
}

/** An xlsx by the column titles in its shared strings, or a zip holding one list file. */
function detectZip(fileName: string, bytes: Uint8Array, options: ParseOptions): ListFormat | undefined {
  const sharedStrings = 'xl/sharedStrings.xml';
  const parts = unzip(
    fileName,
    bytes,
    options,
    (n) => n === sharedStrings || n === 'xl/workbook.xml' || (/\.(xml|csv|json)$/i.test(n) && !n.includes('/')),
  );
  if (parts['xl/workbook.xml']) {
    if (parts[sharedStrings]) refuseUtf16(`${fileName}!${sharedStrings}`, parts[sharedStrings]);
    const strings = head(parts[sharedStrings] ?? new Uint8Array(), 20000);
    if (strings.includes('Group ID') && strings.includes('Alias Type')) return 'uk-ofsi-xlsx';
    if (strings.includes('Name of Individual or Entity') || strings.includes('Alias Strength')) return 'au-dfat-xlsx';
    return undefined;
  }
  const inner = Object.keys(parts).filter((n) => !n.startsWith('xl/'));
  return inner.length === 1 ? detectFormat(inner[0]!, parts[inner[0]!]!, options) : undefined;
}

function detectJson(text: string): ListFormat | undefined {
  if (/"results"\s*:/.test(text)) return 'csl-json';
  if (ASPI_GALAXY.test(text)) return 'aspi-misp-galaxy';
  if (/"schema"\s*:/.test(text) && /"properties"\s*:/.test(text)) return 'ftm-jsonl';
  return undefined;
}

function detectDelimited(text: string): ListFormat | undefined {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const byHeader = HEADERS.find(([re]) => re.test(first))?.[1];
  if (byHeader) return byHeader;
  if (/Unique ?ID/i.test(text.slice(0, 2000)) && /Name ?6/i.test(text.slice(0, 2000))) return 'uk-fcdo-csv';
  // Legacy OFAC rows without a telling name: ent_num, "NAME", type, ... (no header).
  if (/^\d+,"[^"]*",(?:"[^"]*"|-0- ?),/.test(first)) return 'ofac-csv';
  return undefined;
}

/**
 * The format as far as the first bytes tell (a file's head, e.g. 64 KiB): `compressed` for gzip
 * and zip (only the whole archive says more), undefined when the head matches no format — the
 * file can be refused before it is read whole.
 */
export function sniffFormat(fileName: string, headBytes: Uint8Array): ListFormat | 'compressed' | undefined {
  if (isGzip(headBytes) || isZip(headBytes)) return 'compressed';
  return detectFormat(fileName, headBytes);
}
