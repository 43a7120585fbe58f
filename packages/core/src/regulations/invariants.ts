/**
 * Checks run on every import, from our reading of the column definitions of part 742 and of the
 * notes to Supplement No. 1 to part 740. A disagreement is a warning naming destination and
 * column — never silently "fixed": the imported table is the fact, the check is ours.
 */
import type { ChartColumn, EarTablesData } from './model';
import { ALIASES, EMBARGOED_ROWS } from './overlay';

interface ColumnRule {
  column: ChartColumn;
  markedUnless: string[];
  citation: string;
}

/** "marked for every destination except ..." — groups or countries. Our reading; see each citation. */
const COLUMN_RULES: readonly ColumnRule[] = [
  { column: 'CB1', markedUnless: [], citation: '15 CFR 742.2(a)(1)' },
  { column: 'CB2', markedUnless: ['A:3'], citation: '15 CFR 742.2(a)(2)' },
  { column: 'NP1', markedUnless: ['A:4'], citation: '15 CFR 742.3(a)(1)' },
  { column: 'NS1', markedUnless: ['CA', 'AU', 'GB'], citation: '15 CFR 742.4(a)(1); 89 FR 28594 (AU, GB)' },
  { column: 'NS2', markedUnless: ['A:1', 'CA', 'AU', 'GB'], citation: '15 CFR 742.4(a)(1)' },
  { column: 'MT1', markedUnless: ['CA', 'AU', 'GB'], citation: '15 CFR 742.5(a)(1); 89 FR 28594 (AU, GB)' },
  { column: 'RS1', markedUnless: ['CA', 'AU', 'GB'], citation: '15 CFR 742.6(a)(1); 89 FR 28594 (AU, GB)' },
  { column: 'RS2', markedUnless: ['A:1', 'CA', 'AU', 'GB'], citation: '15 CFR 742.6(a)(2)' },
];

export function checkInvariants(data: Omit<EarTablesData, 'warnings'>): string[] {
  const warnings: string[] = [];
  const groups = new Map(data.groups.map((g) => [g.country, g.groups as string[]]));
  const embargoed = new Set(EMBARGOED_ROWS.map((r) => r.country));
  for (const row of data.chart) {
    if (embargoed.has(row.country) || row.referral) continue;
    const gs =
      groups.get(row.country) ??
      groups.get(ALIASES.find((a) => a.country === row.country && a.scope === 'groups')?.as ?? '');
    if (!groups.has(row.country))
      warnings.push(
        `${row.country} (${row.name}): in the Country Chart but has no row in the Country Groups${gs ? ' (read through the overlay alias)' : ''}`,
      );
    if (gs) checkColumns(data, row, gs, warnings);
  }
  checkGroups(data, groups, embargoed, warnings);
  return warnings;
}

/** Each column rule against the row: marked unless the destination (or one of its groups) is exempt. */
function checkColumns(
  data: Omit<EarTablesData, 'warnings'>,
  row: EarTablesData['chart'][number],
  gs: string[],
  warnings: string[],
): void {
  for (const r of COLUMN_RULES) {
    if (data.notCaptured.includes(r.column)) continue;
    const exempt = r.markedUnless.find((x) => x === row.country || gs.includes(x));
    const expected = !exempt;
    const marked = row.marks.includes(r.column);
    if (marked !== expected)
      warnings.push(
        `${row.country} (${row.name}) ${r.column}: ${marked ? 'marked' : 'blank'}, but ${r.citation} reads ${expected ? 'marked (not in ' + r.markedUnless.join('/') + ')' : `blank (${exempt})`}`,
      );
  }
}

/** The Country Groups against the chart and against their own notes. */
function checkGroups(
  data: Omit<EarTablesData, 'warnings'>,
  groups: Map<string, string[]>,
  embargoed: Set<string>,
  warnings: string[],
): void {
  const inChart = new Set(data.chart.map((r) => r.country));
  for (const g of data.groups)
    if (!inChart.has(g.country) && g.country !== 'US')
      warnings.push(`${g.country}: in the Country Groups but has no row in the Country Chart`);
  // Note 1 to Country Group A: "A:1 is a list of the Wassenaar Arrangement Participating States, except for Malta,
  // Russia and Ukraine."
  for (const c of ['MT', 'RU', 'UA'])
    if (groups.get(c)?.includes('A:1')) warnings.push(`${c}: in A:1, which note 1 to Country Group A excludes`);
  for (const g of data.groups) {
    const gs = g.groups as string[];
    if (gs.includes('E:1') && !embargoed.has(g.country))
      warnings.push(`${g.country}: in E:1 but not among the embargoed rows of the overlay`);
    if (gs.some((x) => x.startsWith('A:')) && gs.includes('E:1'))
      warnings.push(`${g.country}: in an A group and in E:1`);
  }
}
