/**
 * `dualuse regulations import | sync | chart | groups | diff | status | versions`: the EAR Country
 * Chart and Country Groups as imported, versioned data (issue 11; docs/regulations.md).
 */
import {
  diffRegulations,
  importRegulations,
  regulationsChart,
  regulationsGroups,
  regulationsStatus,
  regulationVersions,
  syncRegulations,
} from '@dualuse/app';
import { CHART_COLUMNS, invalidInput, type CellFact } from '@dualuse/core';
import type { Command } from 'commander';
import { printJson, printTable } from '../../output';
import { withApp } from '../../run';
import { principalFor } from '../../tenant-arg';
import { readSource } from './files';

const json = (cmd: Command) => Boolean(cmd.optsWithGlobals().json);
const out = (s: string) => process.stdout.write(`${s}\n`);
const warn = (s: string) => process.stderr.write(`${s}\n`);
/** One character per cell: X marked, . blank, ? unknown; curated and history cells in lower case. */
const glyph = (f: CellFact) =>
  f.marked === undefined ? '?' : f.marked ? (f.source === 'imported' ? 'X' : 'x') : f.source === 'imported' ? '.' : ',';

export function registerRegulations(program: Command): void {
  const regs = program
    .command('regulations')
    .description('the EAR Country Chart and Country Groups as imported, versioned official data');
  regs
    .command('import <path>')
    .description(
      'import a version: a folder (or file) in the CSV layout, or the eCFR XML of parts 738 and 740 (a folder with both); all-or-nothing',
    )
    .option('--date <date>', 'the eCFR content date the files state (default: the folder name if it is a date)')
    .action(async (path: string, o: { date?: string }, cmd: Command) =>
      withApp(async (app) => {
        const { files, folderDate } = readSource(path);
        const contentDate = o.date ?? folderDate;
        if (!contentDate)
          throw invalidInput(
            `give the eCFR content date of ${path} with --date YYYY-MM-DD (the files state none)`,
            '--date',
          );
        if (!o.date) warn(`content date ${contentDate}, from the folder name`);
        const r = await importRegulations(app, await principalFor(app, 'operator'), files, { contentDate });
        if (json(cmd)) return printJson(r);
        out(
          `${r.status}: EAR country tables, eCFR ${r.version.contentDate} (${r.version.format}: ${r.version.sourceFiles.join(', ')}), version ${r.version.id}`,
        );
        for (const w of r.warnings) warn(`data warning: ${w}`);
      }),
    );
  regs
    .command('sync')
    .description('download Supplement No. 1 to parts 738 and 740 as of a date from the eCFR and import them (online)')
    .option('--date <date>', 'eCFR date, YYYY-MM-DD (default today)')
    .option('--source-url <url>', 'eCFR API base (a mirror on a closed network)', 'https://www.ecfr.gov')
    .action(async (o: { date?: string; sourceUrl: string }, cmd: Command) =>
      withApp(async (app) => {
        warn(`fetching parts 738 and 740 from ${o.sourceUrl} ...`);
        const r = await syncRegulations(app, await principalFor(app, 'operator'), {
          date: o.date,
          baseUrl: o.sourceUrl,
        });
        if (json(cmd)) return printJson(r);
        out(`${r.status}: EAR country tables, eCFR ${r.version.contentDate}, version ${r.version.id}`);
        for (const w of r.warnings) warn(`data warning: ${w}`);
      }),
    );
  regs
    .command('chart')
    .description(
      'the Country Chart as of a date: X marked, . blank, ? unknown (lower case x/, : curated or modelled history)',
    )
    .option('--as-of <date>', 'as of this date (default today)')
    .option('--country <code>', 'one destination, with the source of each cell')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (o: { asOf?: string; country?: string; tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        const r = await regulationsChart(app, await principalFor(app, o.tenant), o);
        if (json(cmd)) return printJson(r);
        for (const c of r.caveats) warn(`note: ${c}`);
        if (!r.version) return;
        out(`Country Chart (15 CFR 738 Supp. 1), eCFR ${r.version.contentDate}, as of ${r.asOf}`);
        if (o.country) {
          for (const row of r.rows)
            for (const col of CHART_COLUMNS) {
              const f = row.cells[col];
              out(
                `${row.country} ${col.padEnd(4)} ${f.marked === undefined ? 'unknown' : f.marked ? 'X' : 'blank'}  [${f.source}] ${f.citation}${f.note ? ` — ${f.note}` : ''}`,
              );
            }
          return;
        }
        out(`     ${CHART_COLUMNS.map((c) => c.padEnd(4)).join('')}`);
        for (const row of r.rows)
          out(`${row.country.padEnd(5)}${CHART_COLUMNS.map((c) => glyph(row.cells[c]).padEnd(4)).join('')}${row.name}`);
      }),
    );
  regs
    .command('groups')
    .description('the Country Groups (15 CFR 740 Supp. 1) as of a date')
    .option('--as-of <date>', 'as of this date (default today)')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (o: { asOf?: string; tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        const r = await regulationsGroups(app, await principalFor(app, o.tenant), o);
        if (json(cmd)) return printJson(r);
        for (const c of r.caveats) warn(`note: ${c}`);
        printTable(
          r.rows.map((x) => ({ country: x.country, groups: x.groups.join(' '), source: x.source })),
          ['country', 'groups', 'source'],
        );
      }),
    );
  regs
    .command('diff')
    .description('chart cells and group memberships that changed between two versions')
    .requiredOption('--from <version>', 'version id, or a date (the version in force then)')
    .requiredOption('--to <version>', 'version id, or a date')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (o: { from: string; to: string; tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        const r = await diffRegulations(app, await principalFor(app, o.tenant), o);
        if (json(cmd)) return printJson(r);
        out(
          `eCFR ${r.from.contentDate} → ${r.to.contentDate}: ${r.diff.chart.length} chart cells, ${r.diff.groups.length} group memberships, ${r.diff.rows.length} rows changed`,
        );
        for (const c of r.diff.chart)
          out(
            `  chart ${c.country} ${c.column}: ${c.from === null ? 'not captured' : c.from ? 'X' : 'blank'} → ${c.to === null ? 'not captured' : c.to ? 'X' : 'blank'}`,
          );
        for (const g of r.diff.groups) out(`  group ${g.group}: ${g.country} ${g.change}`);
        for (const x of r.diff.rows) out(`  ${x.table} row ${x.country} ${x.change}`);
      }),
    );
  regs
    .command('status')
    .description(
      'per jurisdiction: facts imported, curated with a cited source, modelled history, unknown; and the data warnings',
    )
    .option('--as-of <date>', 'as of this date (default today)')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (o: { asOf?: string; tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        const r = await regulationsStatus(app, await principalFor(app, o.tenant), o);
        if (json(cmd)) return printJson(r);
        for (const s of r.jurisdictions) {
          out(
            `${s.jurisdiction}: ${s.version ? `eCFR ${s.version.contentDate} (${s.version.format})` : 'no version imported'}, as of ${s.asOf}, ${s.destinations} destinations`,
          );
          out(
            `  chart cells: ${s.chartCells.imported} imported, ${s.chartCells.curated} curated (${s.curatedWithQuote} with a quoted source), ${s.chartCells.history} modelled history, ${s.chartCells.unknown} unknown`,
          );
          out(
            `  group memberships: ${s.groupMemberships.imported} imported; destinations without a groups row: ${s.groupMemberships.destinationsWithoutRow.join(', ') || 'none'}`,
          );
        }
        for (const w of r.warnings) out(`  data warning: ${w}`);
        if (r.controlTexts.length)
          out('control-list texts in force (own words / US text of the same number, labelled / our summary):');
        for (const c of r.controlTexts)
          out(
            `  ${c.jurisdiction.padEnd(3)}${c.list} (${c.effectiveFrom}): ${c.own} own, ${c.us_counterpart} US text, ${c.summary} summary`,
          );
      }),
    );
  regs
    .command('versions')
    .description('imported versions')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (o: { tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        const versions = await regulationVersions(app, await principalFor(app, o.tenant));
        if (json(cmd)) printJson({ versions });
        else
          printTable(
            versions.map((v) => ({ ...v, warnings: v.warnings.length })),
            ['id', 'contentDate', 'format', 'warnings', 'importedAt'],
          );
      }),
    );
}
