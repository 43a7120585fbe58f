/**
 * `dualuse diversion score --input shipments.jsonl [--chpl chpl_hs6_tiers.csv]`: each shipment
 * scored against the red-flag rules, one line per shipment as the issue specifies
 * ({"id","alert","score","severity","flags":[{"tag","why","citation"}]}); `--json` gives the full
 * result. `dualuse diversion rules` lists the rule set with sources; `ownership`, `network` and
 * `trade` analyse files the user holds (diversion-analyse.ts); none of those needs the database.
 */
import { createWriteStream } from 'node:fs';
import { scoreShipments } from '@dualuse/app';
import { invalidInput } from '@dualuse/core';
import { readText } from '../../files';
import { parseChplTiers, parseShipmentLines, RED_FLAG_RULES, type ShipmentScore } from '@dualuse/core/diversion';
import type { Command } from 'commander';
import { printJson, printTable } from '../../output';
import { withApp } from '../../run';
import { registerDiversionAnalyses } from './analyse';
import { principalFor } from '../../tenant-arg';

interface ScoreOptions {
  input?: string;
  chpl?: string;
  asOf?: string;
  format?: 'jsonl' | 'json' | 'table';
  output?: string;
  tenant: string;
}

/** Strict UTF-8, size checked before reading (files.ts). */
const read = (path: string): string => readText(path);

const line = (r: ShipmentScore) =>
  JSON.stringify({
    id: r.id,
    alert: r.alert,
    score: r.score,
    severity: r.severity,
    flags: r.flags.map((f) => ({ tag: f.tag, why: f.why, citation: f.citations.join('; ') })),
  });

/** Also `dualuse score` (diversion-records.ts). */
export async function score(o: ScoreOptions, cmd: Command): Promise<void> {
  if (!o.input) throw invalidInput('diversion score needs --input shipments.jsonl (one shipment per line)');
  if (o.asOf && !/^\d{4}-\d{2}-\d{2}$/.test(o.asOf)) throw invalidInput(`--as-of ${o.asOf}: expected YYYY-MM-DD`);
  const shipments = parseShipmentLines(read(o.input), o.input);
  let chpl: Map<string, string> | undefined;
  try {
    chpl = o.chpl ? parseChplTiers(read(o.chpl), o.chpl) : undefined;
  } catch (e) {
    throw invalidInput(e instanceof Error ? e.message : String(e));
  }
  await withApp(async (app) => {
    const run = await scoreShipments(app, await principalFor(app, o.tenant), shipments, {
      ...(chpl ? { chpl } : {}),
      ...(o.asOf ? { asOf: o.asOf } : {}),
    });
    if (!chpl) process.stderr.write('no --chpl given: the CHPL rules abstained (see "abstained" with --json)\n');
    if (cmd.optsWithGlobals().json || o.format === 'json') printJson(run);
    else if (o.format === 'table') {
      printTable(
        run.results.map((r) => ({
          id: r.id,
          alert: r.alert,
          score: r.score,
          severity: r.severity,
          flags: r.flags.map((f) => f.tag).join(', '),
        })),
        ['id', 'alert', 'score', 'severity', 'flags'],
      );
    } else {
      const out = o.output ? createWriteStream(o.output) : process.stdout;
      for (const r of run.results) out.write(`${line(r)}\n`);
      if (o.output) (out as ReturnType<typeof createWriteStream>).end();
    }
    process.stderr.write(`${run.results.length} shipment(s) scored, ${run.alerts} alert(s)\n`);
  });
}

export function registerDiversion(program: Command): void {
  const d = program.command('diversion').description('diversion red flags: score shipments, list the rules');
  d.command('score')
    .description('score shipments (JSON lines) against the official red flags, with the loaded lists')
    .option('--input <file>', 'shipments, one JSON object per line (id, parties, items, route, payment, contract...)')
    .option(
      '--chpl <file>',
      'Common High Priority List as CSV tier,hs6 (e.g. ../shared/data/controls/bis-chpl/chpl_hs6_tiers.csv)',
    )
    .option('--as-of <date>', "evaluate as of this date (default: each shipment's date)")
    .option('--format <format>', 'jsonl (default), json or table')
    .option('--output <file>', 'write the lines here instead of stdout')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(score);
  registerDiversionAnalyses(d);
  d.command('rules')
    .description(
      'the red-flag rules with their sources and weights (weights and the "ours" thresholds are product heuristics, not law)',
    )
    .action((_o: unknown, cmd: Command) => {
      if (cmd.optsWithGlobals().json) printJson({ rules: RED_FLAG_RULES });
      else
        printTable(
          RED_FLAG_RULES.map((r) => ({
            tag: r.tag,
            weight: r.weight,
            ours: ['weight', ...r.heuristicParams].join(', '),
            title: r.title,
            source: r.citations[0] ?? '',
          })),
          ['tag', 'weight', 'ours', 'title', 'source'],
        );
    });
}

export { registerCases } from './cases';
export { registerDiversionRecords } from './records';
