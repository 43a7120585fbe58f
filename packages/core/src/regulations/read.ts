/**
 * One entry point for every source layout: a set of files (name → text) becomes one version's
 * data, with the invariant warnings and a content hash over the parsed tables.
 */
import { canonicalJson } from '../common/canonical-json';
import { sha256Hex } from '../common/hash';
import { invalidInput } from '../common/errors';
import { looksLikeEarTablesCsv, parseEarTablesCsv } from './ecfr-csv';
import { looksLikeEcfrPartXml, parseChartXml, parseGroupsXml } from './ecfr-xml';
import { checkInvariants } from './invariants';
import type { EarTablesData } from './model';

export interface ReadOptions {
  contentDate: string;
  url?: string;
}

export function readEarTables(
  files: Record<string, string>,
  o: ReadOptions,
): { data: EarTablesData; contentHash: string } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(o.contentDate) || Number.isNaN(Date.parse(o.contentDate)))
    throw invalidInput(`'${o.contentDate}' is not a date (YYYY-MM-DD)`, '--date');
  const names = Object.keys(files).sort();
  const sourceHash = sha256Hex(names.map((n) => `${n}\u0000${files[n]}`).join('\u0001'));
  let base: Omit<EarTablesData, 'warnings'>;
  if (looksLikeEarTablesCsv(files)) base = parseEarTablesCsv(files, { contentDate: o.contentDate, sha256: sourceHash });
  else {
    const part738 = names.find((n) => looksLikeEcfrPartXml(files[n]!, '738'));
    const part740 = names.find((n) => looksLikeEcfrPartXml(files[n]!, '740'));
    if (!part738 || !part740)
      throw invalidInput(
        `not the EAR country tables: give the eCFR XML of part 738 and of part 740 (both), or the CSV layout (country_chart.csv, country_groups.csv, ...); got ${names.join(', ') || 'no files'}${part738 ? ' (part 740 missing)' : part740 ? ' (part 738 missing)' : ''}`,
      );
    base = {
      jurisdiction: 'US',
      contentDate: o.contentDate,
      source: { format: 'ecfr-xml', ...(o.url ? { url: o.url } : {}), files: [part738, part740], sha256: sourceHash },
      ...parseChartXml(files[part738]!, part738),
      notCaptured: [],
      ...parseGroupsXml(files[part740]!, part740),
    };
  }
  const data: EarTablesData = { ...base, warnings: checkInvariants(base) };
  // The hash covers the facts and the date they are stated for, not the file bytes: a
  // re-serialisation of the same tables on the same date is the same version.
  const contentHash = sha256Hex(
    canonicalJson({
      contentDate: data.contentDate,
      chart: data.chart,
      notCaptured: data.notCaptured,
      footnotes: data.footnotes,
      groups: data.groups,
      groupNotes: data.groupNotes,
    }),
  );
  return { data, contentHash };
}
