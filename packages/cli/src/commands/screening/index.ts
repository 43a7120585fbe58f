import { createWriteStream } from 'node:fs';
import { extname } from 'node:path';
import {
  decideHit,
  getHits,
  compareNames,
  importCounterparties,
  screenCounterparties,
  hitLine,
  screenCounterpartiesOnWorkers,
  screenOnWorkers,
  screenParties,
} from '@dualuse/app';
import { parseChunkSize, parseWorkers, withLocalWorkers } from './on-workers';
import { invalidInput, type Principal } from '@dualuse/core';
import { readText } from '../../files';
import { DEFAULT_THRESHOLD } from '@dualuse/core/matching';
import { partyFrom, type PartyInput } from '@dualuse/core/screening';
import { readPartiesCsv, readPartiesJsonl, type Batch, type RowError } from '@dualuse/core/screening';
import { parseCsv } from '@dualuse/core/screening';
import type { Command } from 'commander';
import { printJson, printTable, progressBar } from '../../output';
import { EXIT, ExitError, withApp } from '../../run';
import { principalFor } from '../../tenant-arg';

interface ScreenOptions {
  input?: string;
  format?: 'jsonl' | 'json' | 'table';
  output?: string;
  threshold?: number;
  type?: string;
  country?: string[];
  dob?: string;
  tenant: string;
  list?: string[];
  strict?: boolean;
  workers?: number;
  chunkSize?: number;
}

/** A batch file read row by row (see party-batch.ts); `strict` fails on the first bad row. */
export function readParties(path: string, strict = false): Batch<PartyInput> {
  const text = readText(path); // strict UTF-8, size checked before reading
  const ext = extname(path).toLowerCase();
  return ext === '.jsonl' || ext === '.ndjson'
    ? readPartiesJsonl(text, path, strict)
    : readPartiesCsv(text, path, strict);
}

/** After the results: each bad row on stderr, and exit 9 (EXIT.partial) when there was one. */
export function reportRowErrors(errors: RowError[], processed: number, what: string): void {
  for (const e of errors) process.stderr.write(`line ${e.line}: ${e.error.field}: ${e.error.message}\n`);
  if (errors.length)
    throw new ExitError(`${errors.length} row(s) were invalid and skipped; ${processed} ${what}`, EXIT.partial);
}

const errorLine = (e: RowError) => JSON.stringify(e);

/** A result line read back (for json and table output). */
interface LineView {
  input: { name: string; externalId?: string };
  hits: {
    score: number;
    list: string;
    entryId: string;
    name: string;
    status: string;
    hitId: string | null;
    explanation: { matchedName?: string };
  }[];
}

function writeLines(o: ScreenOptions, lines: Iterable<string>): void {
  const out = o.output ? createWriteStream(o.output) : process.stdout;
  for (const line of lines) out.write(`${line}\n`);
  if (o.output) (out as ReturnType<typeof createWriteStream>).end();
}

async function compare(o: ScreenOptions, json: boolean): Promise<void> {
  if (!o.input) throw invalidInput('screen compare needs --input pairs.csv (columns name1,name2[,schema])');
  const rows = parseCsv(readText(o.input), o.input);
  const header = rows.shift()?.cells.map((h) => h.trim().toLowerCase()) ?? [];
  const [i1, i2, is] = ['name1', 'name2', 'schema'].map((c) => header.indexOf(c));
  if (i1! < 0 || i2! < 0)
    throw invalidInput(`${o.input}: columns name1 and name2 are required (found ${header.join(', ')})`);
  const pairs = rows.map((r) => ({
    name1: r.cells[i1!] ?? '',
    name2: r.cells[i2!] ?? '',
    schema: is! >= 0 ? r.cells[is!] : undefined,
  }));
  const { threshold, results } = await withApp(async (app) =>
    compareNames(app, await principalFor(app, o.tenant), { pairs, threshold: o.threshold }),
  );
  if (json && o.format !== 'jsonl') printJson({ threshold, results });
  else
    writeLines(
      o,
      results.map((r) => JSON.stringify(r)),
    );
}

async function screenCommand(names: string[], o: ScreenOptions, cmd: Command): Promise<void> {
  const json = Boolean(cmd.optsWithGlobals().json);
  if (names[0] === 'compare') return compare(o, json);
  if (!o.input && names.length === 0) throw invalidInput('give a NAME to screen, or --input parties.csv|.jsonl');
  const batch: Batch<PartyInput> = o.input
    ? readParties(o.input, o.strict)
    : {
        rows: [
          partyFrom(
            { name: names.join(' '), type: o.type, countries: o.country?.join(';'), date_of_birth: o.dob },
            'command line',
          ),
        ],
        lines: [0],
        errors: [],
      };
  const parties = batch.rows;
  // Columns the reader does not know are not screened: say so once, before the results.
  if (batch.ignoredColumns?.length) process.stderr.write(`ignored columns: ${batch.ignoredColumns.join(', ')}\n`);
  await withApp(async (app) => {
    const p: Principal = await principalFor(app, o.tenant);
    const bar = parties.length > 1 ? progressBar('screening') : null;
    try {
      const progress = bar ? (d: number, t: number) => (d % 200 === 0 || d === t) && bar.update(d, t) : undefined;
      const req = { threshold: o.threshold, lists: o.list, onProgress: progress };
      // One output line per party, the same text from this process or from workers (hitLine).
      const lines =
        o.workers === undefined
          ? (
              await screenParties(app, p, parties, { ...req, origin: parties.length > 1 ? 'batch' : 'search' })
            ).results.map(hitLine)
          : (
              await withLocalWorkers(app, o.workers, () =>
                screenOnWorkers(app, p, parties, { ...req, origin: 'batch', chunkSize: o.chunkSize }),
              )
            ).lines;
      bar?.stop();
      const results = lines.map((l) => JSON.parse(l) as LineView);
      if (o.format === 'jsonl') {
        // Results and row errors in input order: one output line per input row.
        const out = [
          ...lines.map((text, i) => ({ line: batch.lines[i]!, text })),
          ...batch.errors.map((e) => ({ line: e.line, text: errorLine(e) })),
        ];
        writeLines(
          o,
          out.sort((a, b) => a.line - b.line).map((x) => x.text),
        );
      } else if (json || o.format === 'json') printJson({ results, errors: batch.errors });
      else {
        const rows = results.flatMap((r) =>
          r.hits.map((h) => ({
            query: r.input.name,
            score: h.score,
            list: h.list,
            entry: h.entryId,
            name: h.name,
            matched: h.explanation.matchedName,
            status: h.status,
          })),
        );
        printTable(rows, ['query', 'score', 'list', 'entry', 'name', 'matched', 'status']);
        process.stderr.write(
          `${parties.length} part${parties.length === 1 ? 'y' : 'ies'} screened, ${rows.length} hit(s) at threshold ${o.threshold ?? DEFAULT_THRESHOLD}\n`,
        );
      }
    } finally {
      bar?.stop();
    }
  });
  reportRowErrors(batch.errors, parties.length, 'screened');
}

export function registerScreen(program: Command): void {
  program
    .command('screen')
    .description(
      'screen a name (or --input parties.csv|.jsonl) against every loaded list; `screen compare --input pairs.csv` scores name pairs',
    )
    .argument('[name...]', 'the name to screen, or "compare"')
    .option('--input <file>', 'CSV (name/full_name, type/schema, country/nationality, date_of_birth, id) or JSON lines')
    .option('--format <format>', 'jsonl: one JSON object per input row; json; table (default)')
    .option('--output <file>', 'write results here instead of stdout')
    .option('--threshold <score>', `hits at or above this score (default ${DEFAULT_THRESHOLD})`, (v) => Number(v))
    .option('--type <type>', 'person, organization, vessel or aircraft')
    .option('--country <cc...>', 'countries (ISO alpha-2 or names)')
    .option('--dob <date>', 'date of birth YYYY[-MM[-DD]]')
    .option('--list <id...>', 'only these lists')
    .option(
      '--strict',
      'refuse the whole file if any row is invalid (default: report bad rows, screen the rest, exit 9)',
    )
    .option(
      '--workers <n>',
      'screen on JetStream workers: start N local `worker --screening` (0: use running ones)',
      parseWorkers,
    )
    .option('--chunk-size <n>', 'parties per work-queue chunk with --workers (default 500)', parseChunkSize)
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(screenCommand);

  const cps = program.command('counterparties').description("the tenant's stored counterparties");
  cps
    .command('import')
    .argument('<file>', 'CSV or JSON lines (id column = your reference)')
    .option('--strict', 'import nothing if any row is invalid (default: report bad rows, import the rest, exit 9)')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (file: string, o: { tenant: string; strict?: boolean }, cmd: Command) => {
      const batch = readParties(file, o.strict);
      await withApp(async (app) => {
        const counts = await importCounterparties(app, await principalFor(app, o.tenant), batch.rows);
        if (cmd.optsWithGlobals().json) printJson({ ...counts, errors: batch.errors });
        else
          process.stdout.write(
            `created ${counts.created}, updated ${counts.updated}, unchanged ${counts.unchanged}${batch.errors.length ? `, ${batch.errors.length} invalid row(s) skipped` : ''}\n`,
          );
      });
      reportRowErrors(batch.errors, batch.rows.length, 'imported');
    });
  cps
    .command('screen')
    .description('screen every stored counterparty now')
    .option(
      '--workers <n>',
      'screen on JetStream workers: start N local `worker --screening` (0: use running ones)',
      parseWorkers,
    )
    .option('--chunk-size <n>', 'counterparties per work-queue chunk with --workers (default 500)', parseChunkSize)
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (o: { tenant: string; workers?: number; chunkSize?: number }, cmd: Command) =>
      withApp(async (app) => {
        const bar = progressBar('screening counterparties');
        const p = await principalFor(app, o.tenant);
        const onProgress = (d: number, t: number) => bar.update(d, t);
        const results =
          o.workers === undefined
            ? (await screenCounterparties(app, p, { onProgress })).map((r) => JSON.parse(hitLine(r)) as LineView)
            : (
                await withLocalWorkers(app, o.workers, () =>
                  screenCounterpartiesOnWorkers(app, p, { onProgress, chunkSize: o.chunkSize }),
                )
              ).lines.map((l) => JSON.parse(l) as LineView);
        bar.stop();
        const hits = results.flatMap((r) =>
          r.hits.map((h) => ({
            counterparty: r.input.externalId ?? r.input.name,
            score: h.score,
            list: h.list,
            entry: h.entryId,
            name: h.name,
            status: h.status,
            hitId: h.hitId,
          })),
        );
        if (cmd.optsWithGlobals().json) printJson({ screened: results.length, hits });
        else printTable(hits, ['counterparty', 'score', 'list', 'entry', 'name', 'status', 'hitId']);
      }),
    );

  const hits = program.command('hits').description('screening hits and their review');
  hits
    .command('list')
    .option('--status <status>', 'open, true_match, false_positive, suppressed')
    .option('--limit <n>', 'how many', (v) => Number(v), 50)
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (o: { status?: string; limit: number; tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        const list = await getHits(app, await principalFor(app, o.tenant), { status: o.status, limit: o.limit });
        if (cmd.optsWithGlobals().json) printJson({ hits: list });
        else
          printTable(
            list.map((h) => ({ ...h, query: h.query.name })),
            ['id', 'status', 'score', 'list', 'entryId', 'query', 'createdAt'],
          );
      }),
    );
  hits
    .command('decide')
    .argument('<hitId>')
    .requiredOption('--decision <decision>', 'true_match or false_positive')
    .requiredOption('--reason <text>', 'why (kept in the audit log)')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (id: string, o: { decision: string; reason: string; tenant: string }, cmd: Command) => {
      if (o.decision !== 'true_match' && o.decision !== 'false_positive')
        throw invalidInput(`--decision must be true_match or false_positive (got '${o.decision}')`, '--decision');
      await withApp(async (app) => {
        const hit = await decideHit(app, await principalFor(app, o.tenant), id, {
          decision: o.decision as 'true_match' | 'false_positive',
          reason: o.reason,
        });
        if (cmd.optsWithGlobals().json) printJson(hit);
        else process.stdout.write(`hit ${hit.id}: ${hit.status}\n`);
      });
    });
}
export { parseChunkSize, parseWorkers, withLocalWorkers } from './on-workers';
