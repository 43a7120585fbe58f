/**
 * `dualuse controls import | show | search | versions` and `dualuse classify`. The product
 * ships no control-list data: `controls import FILE` loads a file the user has (see README
 * for the shared eCFR snapshot). `dualuse classify --json '{"parameters": {...}}'`: the
 * global --json selects JSON output and the item is the command's argument.
 */
import { readBytes as readFileBytes, readText as readUtf8 } from '../../files';
import { basename } from 'node:path';
import { chplLookup, loadCuratedControlLists } from '@dualuse/app';
import {
  diffControls,
  syncControlList,
  getControlVersions,
  importControlList,
  searchControls,
  showControl,
  type ControlEntryView,
} from '@dualuse/app';
import { walkParagraphs } from '@dualuse/core';
import type { Command } from 'commander';
import { printJson, printTable } from '../../output';
import { withApp } from '../../run';
import { principalFor } from '../../tenant-arg';
import { registerClassify } from './classify';

const json = (cmd: Command) => Boolean(cmd.optsWithGlobals().json);
const out = (s: string) => process.stdout.write(`${s}\n`);

export function registerControls(program: Command): void {
  const controls = program.command('controls').description('control lists (US CCL, ...): import, show, search');
  controls
    .command('import <file>')
    .description(
      "import a control-list file as a new version (eCFR XML of 15 CFR part 774, the eCFR CCL JSON, Australia's DSGL instrument .docx, EU Annex I in the OCA CSV layout); the same file twice is a no-op",
    )
    .option(
      '--effective-from <date>',
      'date from which the text applies (required for eCFR XML: its eCFR date, and for EU Annex I CSV: e.g. 2024-11-15; default for the CCL JSON snapshot: 2025-01-16; the DSGL states its own)',
    )
    .option('--version <label>', 'version label (default: file name and hash)')
    .action(async (file: string, o: { effectiveFrom?: string; version?: string }, cmd: Command) =>
      withApp(async (app) => {
        // A Word instrument (DSGL .docx) is read as bytes; text formats as UTF-8.
        const text = /\.docx$/i.test(file) ? readBytes(file) : readText(file);
        const r = await importControlList(app, await principalFor(app, 'operator'), text, {
          fileName: basename(file),
          effectiveFrom: o.effectiveFrom,
          version: o.version,
        });
        if (json(cmd)) return printJson(r);
        out(
          `${r.status}: ${r.version.list} ${r.version.version}, ${r.version.entryCount} entries, effective from ${r.version.effectiveFrom}`,
        );
        for (const c of r.curated ?? [])
          out(`  with it: ${c.list} ${c.effectiveFrom} — ${c.entries} entries (${c.version})`);
        for (const w of r.warnings) process.stderr.write(`warning: ${w}\n`);
      }),
    );
  controls
    .command('sync')
    .description('download the CCL (15 CFR part 774) as of a date from the eCFR and import it (online)')
    .option('--date <date>', 'eCFR date, YYYY-MM-DD (default today)')
    .option('--source-url <url>', 'eCFR API base (a mirror on a closed network)', 'https://www.ecfr.gov')
    .action(async (o: { date?: string; sourceUrl: string }, cmd: Command) =>
      withApp(async (app) => {
        const r = await syncControlList(app, await principalFor(app, 'operator'), {
          date: o.date,
          baseUrl: o.sourceUrl,
        });
        if (json(cmd)) return printJson(r);
        out(
          `${r.status}: ${r.version.list} ${r.version.version}, ${r.version.entryCount} entries, effective from ${r.version.effectiveFrom}`,
        );
      }),
    );
  controls
    .command('load-curated')
    .description(
      'load the reviewed non-US lists shipped with dualuse (EU Annex I/IV, UK PL, NL, JP; EU/UK/WA/AU entries derived by number from the newest imported US CCL)',
    )
    .option('--us-version <id>', 'derive from this US CCL version (default: the newest imported)')
    .action(async (o: { usVersion?: string }, cmd: Command) =>
      withApp(async (app) => {
        const r = await loadCuratedControlLists(app, await principalFor(app, 'operator'), { usVersionId: o.usVersion });
        if (json(cmd)) return printJson(r);
        if (!r.usVersion)
          process.stderr.write(
            'warning: no US CCL imported: only curated entries loaded (import the CCL, then run this again)\n',
          );
        for (const x of r.results)
          out(`${x.status}: ${x.list} ${x.effectiveFrom} — ${x.entries} entries (${x.version})`);
      }),
    );
  controls
    .command('chpl <file>')
    .description(
      'Common High Priority List (CSV tier,hs6,description, e.g. the BIS CHPL): counts per tier, or the tier of an HS/CN code',
    )
    .option('--hs <code>', 'HS-6, CN-8 or HTS code, or a 4-digit heading')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (file: string, o: { hs?: string; tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        const r = chplLookup(await principalFor(app, o.tenant), readText(file), { fileName: basename(file), hs: o.hs });
        if (json(cmd)) return printJson(r);
        out(
          `${r.total} HS-6 codes: ${Object.entries(r.counts)
            .map(([t, n]) => `tier ${t}: ${n}`)
            .join(', ')}`,
        );
        if (r.matches)
          out(
            r.matches.length
              ? r.matches.map((m) => `  ${m.hs6} tier ${m.tier} — ${m.description}`).join('\n')
              : `  ${r.hs}: not on the CHPL`,
          );
      }),
    );
  controls
    .command('versions')
    .description('imported versions')
    .action(async (_o, cmd: Command) =>
      withApp(async (app) => {
        const versions = await getControlVersions(app, await principalFor(app, 'operator'));
        if (json(cmd)) printJson({ versions });
        else printTable(versions, ['list', 'jurisdiction', 'version', 'effectiveFrom', 'entryCount', 'importedAt']);
      }),
    );
  controls
    .command('diff')
    .description('what changed between two versions (default: the two newest US CCL versions)')
    .option('--from <versionId>', 'older version id (see controls versions --json)')
    .option('--to <versionId>', 'newer version id')
    .action(async (o: { from?: string; to?: string }, cmd: Command) =>
      withApp(async (app) => {
        const r = await diffControls(app, await principalFor(app, 'operator'), o);
        if (json(cmd)) return printJson(r);
        out(
          `${r.from.version} (${r.from.effectiveFrom}) → ${r.to.version} (${r.to.effectiveFrom}): ${r.diff.added.length} added, ${r.diff.removed.length} removed, ${r.diff.changed.length} changed, ${r.diff.unchanged} unchanged`,
        );
        if (r.diff.added.length) out(`  added: ${r.diff.added.join(', ')}`);
        if (r.diff.removed.length) out(`  removed: ${r.diff.removed.join(', ')}`);
        for (const c of r.diff.changed)
          out(
            `  ${c.code}: ${c.fields.join(', ')}${c.paragraphsAdded.length ? `; new ${c.paragraphsAdded.join(', ')}` : ''}${c.paragraphsRemoved.length ? `; gone ${c.paragraphsRemoved.join(', ')}` : ''}${c.paragraphsChanged.length ? `; reworded ${c.paragraphsChanged.join(', ')}` : ''}`,
          );
      }),
    );
  controls
    .command('show <code>')
    .description('an entry (3A090) or paragraph (3B001.f.1.b) in each list in force')
    .option('--as-of <date>', 'as of this date (default today)')
    .option('--jurisdiction <code>', 'US, EU, WA, UK, JP, NL or AU')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (code: string, o: { asOf?: string; jurisdiction?: string; tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        const r = await showControl(app, await principalFor(app, o.tenant), code, o);
        if (json(cmd)) return printJson(r);
        for (const v of r.entries) printEntry(v);
      }),
    );
  controls
    .command('search <text>')
    .description('full-text (and trigram) search over the list texts in force')
    .option('--as-of <date>', 'as of this date (default today)')
    .option('--jurisdiction <code>', 'only this jurisdiction')
    .option('--limit <n>', 'how many', (v) => Number(v), 20)
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(
      async (text: string, o: { asOf?: string; jurisdiction?: string; limit: number; tenant: string }, cmd: Command) =>
        withApp(async (app) => {
          const r = await searchControls(app, await principalFor(app, o.tenant), text, o);
          if (json(cmd)) printJson(r);
          // A hit in a derived entry matched the US text shown for it: say so in the heading.
          else
            printTable(
              r.hits.map((h) => ({
                ...h,
                heading: h.text_source === 'us_counterpart' ? `[US text] ${h.heading}` : h.heading,
                passage: h.passage.replace(/\s+/g, ' '),
              })),
              ['jurisdiction', 'code', 'text_source', 'rank', 'heading', 'passage'],
            );
        }),
    );
  registerClassify(program);
}

/** The file's bytes and strict UTF-8 text, size checked before reading (files.ts). */
const readBytes = (file: string): Uint8Array => readFileBytes(file);
const readText = (file: string): string => readUtf8(file);

/** One entry of `controls show`, with whose words it shows, its controls, counterparts and paragraphs. */
function printEntry(v: ControlEntryView): void {
  const e = v.entry;
  // Whose words follow: never show another jurisdiction's text as this list's own.
  const heading = v.text_source === 'us_counterpart' ? `[US text] ${e.heading}` : e.heading;
  out(
    `${v.jurisdiction} ${e.code} — ${heading}\n  list ${v.list} ${v.version} (effective ${v.effectiveFrom})\n  text: ${v.text_source} — ${v.text_label}`,
  );
  // Curated/derived entries (non-US lists) carry their legal citation and whether it was verified.
  const prov = e as { citation?: string; verified?: boolean; verify?: string };
  if (prov.citation)
    out(`  citation: ${prov.citation}${prov.verified ? ' [verified]' : `\n  [unverified] ${prov.verify ?? ''}`}`);
  out(`  reasons: ${e.reasons.join(', ') || '-'}; chart columns: ${e.chartColumns.join(', ') || '-'}`);
  for (const c of e.controls)
    out(`  ${c.reason} applies to ${c.appliesTo} → ${c.columns.join(', ') || c.destination || ''}`);
  for (const c of v.counterparts)
    out(
      `  ${c.jurisdiction}: ${c.code ?? '—'} (${c.relation.replace(/_/g, ' ')}) ${c.note}${c.verified ? '' : ' [unverified]'}`,
    );
  for (const x of e.licenceExceptions)
    out(`  ${x.code}: ${x.text.split('\n')[0]}${x.statusUncertain ? ' [status uncertain]' : ''}`);
  const paragraphs = v.paragraph ? [...walkParagraphs([v.paragraph])] : [...walkParagraphs(e.paragraphs)];
  for (const p of paragraphs) {
    out(`${'  '.repeat(p.label.split('.').length)}${p.label}. ${p.text}`);
    for (const n of p.notes)
      out(
        `${'  '.repeat(p.label.split('.').length + 1)}[${n.title}] ${n.text.slice(0, 300)}${n.text.length > 300 ? '…' : ''}`,
      );
  }
}
