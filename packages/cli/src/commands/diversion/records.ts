/**
 * Diversion records from the command line (stored per tenant; docs/diversion-import.md):
 *
 *   dualuse shipments import FILE [--format csv|jsonl] [--chpl FILE] [--as-of DATE]
 *   dualuse payments import FILE
 *   dualuse companies import FILE            (CSV, JSON lines, or FollowTheMoney JSON lines)
 *   dualuse score --input shipments.jsonl --format jsonl
 * ({"id","alert","score","severity","flags":[{"tag","why","citation"}]} per line)
 *   dualuse alerts [--status open]
 *   dualuse network PARTY [--depth 2]
 *   dualuse ownership PARTY --as-of DATE
 *   dualuse trade hotspots FILE              (same as `dualuse diversion trade`)
 *
 * Progress goes to stderr; --json prints one document on stdout.
 */
import { fileSize, readBytes, readText } from '../../files';
import {
  importCompanies,
  importPayments,
  importShipments,
  listAlerts,
  partyNetwork,
  partyOwnership,
  type DiversionImportSummary,
} from '@dualuse/app';
import { invalidInput } from '@dualuse/core';
import { parseChplTiers } from '@dualuse/core/diversion';
import { formatOf } from '@dualuse/core/diversion';
import type { Command } from 'commander';
import { printJson, printTable, progressBar } from '../../output';
import { withApp } from '../../run';
import { score } from './index';
import { tradeHotspotsCommand } from './analyse';
import { principalFor } from '../../tenant-arg';

/** The file's bytes, its size checked before reading (files.ts); decoded strictly by the importer. */
const bytes = (path: string): Uint8Array => readBytes(path);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
interface ImportOpts {
  format?: string;
  chpl?: string;
  asOf?: string;
  tenant: string;
}

function printImport(r: DiversionImportSummary, json: boolean): void {
  if (json) printJson(r);
  else
    printTable(
      r.results
        .filter((x) => x.alert)
        .map((x) => ({ id: x.id, score: x.score, severity: x.severity, flags: x.flags.map((f) => f.tag).join(', ') })),
      ['id', 'score', 'severity', 'flags'],
    );
  process.stderr.write(
    `${r.batch.records} record(s) imported from ${r.batch.fileName} (batch ${r.batch.id}), ${r.batch.alerts} alert(s)\n`,
  );
}

function importCommand(program: Command, what: 'shipments' | 'payments'): void {
  program
    .command(what)
    .description(`${what}: import (scored on import)`)
    .command('import')
    .description(
      `import ${what} from CSV or JSON lines, all-or-nothing; each is scored and alerting ones become alerts`,
    )
    .argument('<file>', `${what} file (.csv or .jsonl)`)
    .option('--format <format>', 'csv or jsonl (default: from the file name)')
    .option('--chpl <file>', 'Common High Priority List as CSV tier,hs6; without it the CHPL rules abstain')
    .option('--as-of <date>', "score as of this date (default: each record's date)")
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (file: string, o: ImportOpts, cmd: Command) => {
      if (o.asOf && !DATE.test(o.asOf)) throw invalidInput(`--as-of ${o.asOf}: expected YYYY-MM-DD`);
      formatOf(file, o.format); // an unknown format is refused before the file is read
      fileSize(file);
      const chpl = o.chpl ? parseChplTiers(readText(o.chpl), o.chpl) : undefined;
      await withApp(async (app) => {
        const p = await principalFor(app, o.tenant);
        const bar = progressBar(`scoring ${what}`);
        const run = what === 'shipments' ? importShipments : importPayments;
        try {
          const r = await run(
            app,
            p,
            { name: file, bytes: bytes(file), format: o.format },
            { ...(chpl ? { chpl } : {}), ...(o.asOf ? { asOf: o.asOf } : {}), onProgress: (d, t) => bar.update(d, t) },
          );
          bar.stop();
          printImport(r, !!cmd.optsWithGlobals().json);
        } finally {
          bar.stop();
        }
      });
    });
}

export function registerDiversionRecords(program: Command): void {
  importCommand(program, 'shipments');
  importCommand(program, 'payments');
  program
    .command('companies')
    .description('companies, people and their links')
    .command('import')
    .description('import companies and links (CSV, JSON lines, or FollowTheMoney JSON lines), all-or-nothing')
    .argument('<file>', 'companies file')
    .option('--format <format>', 'csv or jsonl (FollowTheMoney is recognised by its "schema" field)')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (file: string, o: { format?: string; tenant: string }, cmd: Command) => {
      await withApp(async (app) => {
        process.stderr.write(`importing ${file}...\n`);
        const r = await importCompanies(app, await principalFor(app, o.tenant), {
          name: file,
          bytes: bytes(file),
          format: o.format,
        });
        if (cmd.optsWithGlobals().json) printJson(r);
        for (const w of r.warnings) process.stderr.write(`warning: ${w}\n`);
        process.stderr.write(
          `${r.companies} companies/people, ${r.links} links (${r.listed} listed) imported (batch ${r.batch.id})\n`,
        );
      });
    });
  program
    .command('score')
    .description(
      'score shipments (JSON lines) against the red flags; one line per shipment: {"id","alert","score","severity","flags":[{"tag","why","citation"}]}',
    )
    .option('--input <file>', 'shipments, one JSON object per line')
    .option('--chpl <file>', 'Common High Priority List as CSV tier,hs6')
    .option('--as-of <date>', 'evaluate as of this date')
    .option('--format <format>', 'jsonl (default), json or table')
    .option('--output <file>', 'write the lines here instead of stdout')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(score);
  program
    .command('alerts')
    .description('the diversion alert queue, grouped by counterparty')
    .option('--status <status>', 'open, in_case or closed')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (o: { status?: 'open' | 'in_case' | 'closed'; tenant: string }, cmd: Command) => {
      await withApp(async (app) => {
        const q = await listAlerts(app, await principalFor(app, o.tenant), { status: o.status });
        if (cmd.optsWithGlobals().json) printJson(q);
        else
          printTable(
            q.groups.map((g) => ({
              counterparty: g.counterparty,
              country: g.country ?? '',
              alerts: g.alertIds.length,
              open: g.open,
              maxScore: g.maxScore,
              tags: Object.keys(g.tags).join(', '),
            })),
            ['counterparty', 'country', 'alerts', 'open', 'maxScore', 'tags'],
          );
      });
    });
  program
    .command('network')
    .description(
      "a party's neighbourhood: imported companies and what the imported shipments and payments share (payer, forwarder, notify party, contacts), the reason and basis on every edge",
    )
    .argument('<party>', "the party's source id")
    .option('--depth <n>', 'hops (1–4)', (v) => Number(v), 2)
    .option('--registry-only', 'the company registry alone, without the ties in shipments and payments')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (party: string, o: { depth: number; registryOnly?: boolean; tenant: string }, cmd: Command) => {
      await withApp(async (app) => {
        const n = await partyNetwork(app, await principalFor(app, o.tenant), party, {
          depth: o.depth,
          records: !o.registryOnly,
        });
        if (cmd.optsWithGlobals().json) return printJson(n);
        const name = new Map(n.nodes.map((x) => [x.id, `${x.name}${x.listed ? ' (listed)' : ''}`]));
        printTable(
          n.edges.map((e) => ({
            from: name.get(e.from) ?? e.from,
            to: name.get(e.to) ?? e.to,
            kind: e.kind,
            basis: e.basis,
            why: e.why,
          })),
          ['from', 'to', 'kind', 'basis', 'why'],
        );
        if (n.ring) process.stdout.write(`ring in the records: ${n.ring.why}\n`);
        process.stdout.write(
          n.pathToListed
            ? `path to a listed party: ${n.pathToListed.map((s) => `${s.fromName} → ${s.toName} (${s.kind})`).join(', ')}\n`
            : 'no listed party within 4 hops\n',
        );
      });
    });
  program
    .command('ownership')
    .description('ownership coverage of a party by listed parties as of a date, per regime, with the chain')
    .argument('<party>', "the party's source id")
    .option('--as-of <date>', 'date (YYYY-MM-DD)', new Date().toISOString().slice(0, 10))
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (party: string, o: { asOf: string; tenant: string }, cmd: Command) => {
      await withApp(async (app) => {
        const r = await partyOwnership(app, await principalFor(app, o.tenant), party, o.asOf);
        if (cmd.optsWithGlobals().json) return printJson(r);
        printTable(
          r.regimes.map((x) => ({
            regime: x.regime,
            inForce: x.inForce,
            covered: x.covered,
            aggregate: x.aggregate,
            basis: x.basis,
            chain: x.chain,
          })),
          ['regime', 'inForce', 'covered', 'aggregate', 'basis', 'chain'],
        );
      });
    });
  tradeHotspotsCommand(program.command('trade').description('trade-flow analyses').command('hotspots'));
}
