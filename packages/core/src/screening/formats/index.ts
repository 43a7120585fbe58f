/**
 * One entry point for every official list format: `parseListFile(files, options)`.
 * Each file's format is detected (or forced with `options.format`); OFAC legacy CSV files
 * given together are joined as one list (sdn.csv + alt.csv + add.csv + sdn_comments.csv).
 * All or nothing: any bad file throws a DomainError('invalid_input') naming file, position and
 * reason, and nothing is returned.
 */
import type { ParsedList } from '../model';
import { gunzip, isGzip, isZip, unzip } from './archive';
import { parseBisDpl } from './bis-dpl';
import { parseCslCsv, parseCslJson } from './csl';
import { detectFormat, type ListFormat } from './detect';
import { parseEuFsf } from './eu-fsf';
import { parseFtm } from './ftm';
import { parseError, refuseUtf16, type InputFile, type ParseOptions } from './input';
import { parseDfat } from './au-dfat';
import { parseOfacAdvanced } from './ofac-advanced';
import { ofacCsvRole, parseOfacCsv } from './ofac-csv';
import { parseOfacEnhanced } from './ofac-enhanced';
import { parseOfacXml } from './ofac-xml';
import { parseUkFcdoCsv } from './uk-fcdo-csv';
import { parseUkFcdoXml } from './uk-fcdo-xml';
import { parseOfsiXlsx } from './uk-ofsi';
import { parseUnXml } from './un-xml';
import { parseAspiGalaxy, parseFccCovered, parseMilcorps, parseSpecialLeg } from '../../vendors/formats/index';

export { detectFormat, LIST_FORMATS, sniffFormat, type ListFormat } from './detect';

export const FORMAT_NOT_RECOGNISED =
  'format not recognised (expected one of OFAC CSV/XML/Enhanced XML/Advanced XML, UN XML, EU FSF XML, UK Sanctions List XML/CSV, OFSI or DFAT xlsx, BIS DPL, CSL CSV/JSON, FollowTheMoney JSON lines)';
export { DEFAULT_MAX_BYTES, type InputFile, type ParseOptions } from './input';
export {
  parseBisDpl,
  parseCslCsv,
  parseCslJson,
  parseDfat,
  parseEuFsf,
  parseFtm,
  parseOfacAdvanced,
  parseOfacCsv,
  parseOfacEnhanced,
  parseOfacXml,
  parseOfsiXlsx,
  parseUkFcdoCsv,
  parseUkFcdoXml,
  parseUnXml,
};

export interface ParseListOptions extends ParseOptions {
  /** Skip detection (e.g. `--format`); applies to every file given. */
  format?: ListFormat;
}

type SingleParser = (file: string, bytes: Uint8Array, options: ParseOptions) => ParsedList | ParsedList[];
const PARSERS: Record<Exclude<ListFormat, 'ofac-csv'>, SingleParser> = {
  'ofac-xml': parseOfacXml,
  'ofac-enhanced-xml': parseOfacEnhanced,
  'ofac-advanced-xml': parseOfacAdvanced,
  'un-xml': parseUnXml,
  'eu-fsf-xml': parseEuFsf,
  'uk-fcdo-xml': parseUkFcdoXml,
  'uk-fcdo-csv': parseUkFcdoCsv,
  'uk-ofsi-xlsx': parseOfsiXlsx,
  'au-dfat-xlsx': parseDfat,
  'bis-dpl': parseBisDpl,
  'csl-csv': parseCslCsv,
  'csl-json': parseCslJson,
  'ftm-jsonl': parseFtm,
  'us-special-leg-csv': parseSpecialLeg,
  'us-dod-1260h-csv': parseMilcorps,
  'us-fcc-covered-csv': parseFccCovered,
  'aspi-misp-galaxy': parseAspiGalaxy,
};

export function parseListFile(files: InputFile[], options: ParseListOptions = {}): ParsedList[] {
  if (!files.length) throw parseError('(no file)', undefined, 'no file given');
  const out: ParsedList[] = [];
  const ofacSets = new Map<boolean, InputFile[]>();
  for (const input of files) {
    const file = unwrap(input, options);
    const format = options.format ?? detectFormat(file.name, file.bytes, options);
    if (!format) {
      refuseUtf16(file.name, file.bytes);
      throw parseError(input.name, undefined, FORMAT_NOT_RECOGNISED);
    }
    if (format === 'ofac-csv') {
      const cons = ofacCsvRole(file.name)?.cons ?? false;
      ofacSets.set(cons, [...(ofacSets.get(cons) ?? []), file]);
      continue;
    }
    const parsed = PARSERS[format](file.name, file.bytes, options);
    out.push(...(Array.isArray(parsed) ? parsed : [parsed]));
  }
  for (const set of ofacSets.values()) out.push(parseOfacCsv(set, options));
  return out;
}

/** gzip → its content; a zip holding exactly one list file (OFAC *_ENHANCED.ZIP) → that file. */
function unwrap(input: InputFile, options: ParseOptions): InputFile {
  if (isGzip(input.bytes))
    return { name: input.name.replace(/\.gz$/i, ''), bytes: gunzip(input.name, input.bytes, options) };
  if (isZip(input.bytes)) {
    const parts = unzip(input.name, input.bytes, options, (n) => !n.includes('/'));
    // An xlsx has only [Content_Types].xml at the top level, so it stays as it is.
    const names = Object.keys(parts).filter((n) => !n.startsWith('[') && /\.(xml|csv|json|txt)$/i.test(n));
    if (names.length !== 1) return input;
    return { name: names[0]!, bytes: parts[names[0]!]! };
  }
  return input;
}
