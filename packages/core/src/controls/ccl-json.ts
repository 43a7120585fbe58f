/**
 * Reads the CCL as scraped from the eCFR into JSON (categories → product groups → ECCNs with
 * `{code, description, details}`, the format of ../shared/data/controls/us-ccl-ecfr/
 * ccl_parsed.json) into a ControlListVersion. Pure: text in, model out.
 */
import { checkJson } from '../screening/formats/input';
import { invalidInput } from '../common/errors';
import { parseEntryBody } from './ccl-entry';
import { isEccn, regimeOf } from './eccn';
import type { ControlEntry, ControlListVersion } from './model';
import { plainText } from './paragraph-tree';

interface RawEccn {
  code?: unknown;
  description?: unknown;
  details?: unknown;
}
interface RawGroup {
  name?: unknown;
  eccn?: unknown;
}
interface RawCategory {
  name?: unknown;
  product_groups?: unknown;
}

export interface CclImportOptions {
  /** ISO date from which the text applies (the newest rule the text contains). */
  effectiveFrom: string;
  version: string;
  sha256?: string;
}

export function looksLikeCclJson(text: string): boolean {
  return /^\s*\[\s*\{\s*"name"\s*:\s*"Category/.test(text.slice(0, 200));
}

export const CCL_MAX_FIELD_CHARS = 262_144;

export function parseCclJson(text: string, options: CclImportOptions): ControlListVersion {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw invalidInput(`the CCL file is not JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) throw invalidInput('the CCL JSON must be an array of categories', '');
  // The longest real text (an ECCN's details) is ~51,000 characters; five times that is not a field.
  checkJson('the CCL JSON', '', data, { maxFieldChars: CCL_MAX_FIELD_CHARS });
  const version: ControlListVersion = {
    list: 'us-ccl',
    jurisdiction: 'US',
    version: options.version,
    effectiveFrom: options.effectiveFrom,
    source: {
      format: 'ccl-json',
      description: 'eCFR rendering of 15 CFR 774 Supp. 1 as JSON',
      ...(options.sha256 ? { sha256: options.sha256 } : {}),
    },
    entries: [],
    categoryNotes: [],
    warnings: [],
  };
  const seen = new Set<string>();
  (data as RawCategory[]).forEach((category, ci) => {
    const groups = Array.isArray(category?.product_groups) ? (category.product_groups as RawGroup[]) : undefined;
    if (!groups) throw invalidInput(`category ${ci} has no product_groups`, `/${ci}/product_groups`);
    const catNumber = Number(/Category\s+(\d)/.exec(String(category.name ?? ''))?.[1] ?? ci);
    groups.forEach((group, gi) => {
      const eccns = Array.isArray(group?.eccn) ? (group.eccn as RawEccn[]) : [];
      const letter = /^([A-E])\./.exec(String(group.name ?? ''))?.[1];
      eccns.forEach((raw, ei) => {
        const pointer = `/${ci}/product_groups/${gi}/eccn/${ei}`;
        if (typeof raw?.code !== 'string' || typeof raw.description !== 'string' || typeof raw.details !== 'string') {
          throw invalidInput('an ECCN needs string code, description and details', pointer);
        }
        let code = raw.code.trim();
        let heading = plainText(raw.description);
        if (!isEccn(code)) {
          // The scrape sometimes put the ECCN into the heading ("ECCN" / "3A069 Specific ...").
          const inHeading = /^(\d[A-E]\d{3})\s+(.*)$/.exec(heading);
          if (inHeading) {
            version.warnings.push(`${pointer}: code '${code}' repaired to ${inHeading[1]} from its heading`);
            code = inHeading[1]!;
            heading = inHeading[2]!;
          } else {
            // Not an entry: a category-level note such as Category 4's Technical Note on "APP".
            version.categoryNotes.push({
              category: catNumber,
              note: { kind: 'technical_note', title: heading, text: plainText(raw.details) },
            });
            version.warnings.push(`${pointer}: '${code}' is not an ECCN; kept as a category ${catNumber} note`);
            return;
          }
        }
        if (seen.has(code)) {
          version.warnings.push(`${pointer}: duplicate ECCN ${code} ignored`);
          return;
        }
        seen.add(code);
        version.entries.push(toEntry(code, heading, raw.details, letter));
      });
    });
  });
  return version;
}

export function toEntry(code: string, heading: string, details: string, group?: string): ControlEntry {
  const body = parseEntryBody(code, details);
  const regime = regimeOf(code);
  return {
    list: 'us-ccl',
    jurisdiction: 'US',
    code,
    category: Number(code[0]),
    group: group ?? code[1]!,
    ...(regime ? { regime } : {}),
    heading,
    reasons: body.reasons,
    controls: body.controls,
    chartColumns: body.chartColumns,
    licenceExceptions: body.licenceExceptions,
    relatedControls: body.relatedControls,
    relatedDefinitions: body.relatedDefinitions,
    notes: [...body.headerNotes, ...body.preamble],
    paragraphs: body.paragraphs,
    text: `${heading}\n${details.replace(/!\[\]\([^)]*\)/g, '').replace(/\*/g, '')}`,
    textSource: 'own',
  };
}
