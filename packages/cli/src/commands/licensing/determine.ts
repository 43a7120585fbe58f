/**
 * `dualuse determine --input transactions.jsonl --format jsonl`: a licence determination per
 * transaction (one JSON object per line), each jurisdiction's decision with the rules that
 * fired. `dualuse determine '{"id": ...}'` answers one transaction given as an argument.
 */
import { determineTransactions, type DeterminationWithLicences } from '@dualuse/app';
import { invalidInput, parseTransaction } from '@dualuse/core';
import type { Command } from 'commander';
import { parseJsonArg, readJsonLinesBatch } from '../../json-lines';
import { printJson, printTable, progressBar } from '../../output';
import { withApp } from '../../run';
import { jurisdictionHelp, jurisdictionSummary } from './determine-help';
import { reportRowErrors } from '../screening/index';
import { principalFor } from '../../tenant-arg';

interface Options {
  input?: string;
  format: 'jsonl' | 'json' | 'table';
  optIn?: string;
  tenant: string;
  strict?: boolean;
}

export function registerDetermine(program: Command): void {
  program
    .command('determine [transaction]')
    .description(
      `licence determination per jurisdiction (${jurisdictionSummary()}) for transactions: --input transactions.jsonl, or one transaction as JSON`,
    )
    .addHelpText('after', jurisdictionHelp)
    .option('--input <file>', 'JSON Lines, one transaction per line')
    .option('--format <format>', 'jsonl | json | table', 'table')
    .option('--opt-in <ids>', 'comma-separated opt-in rule versions (e.g. US-742.6(a)(6)(iii)(A)-AI-diffusion)')
    .option(
      '--strict',
      'determine nothing if any line is invalid (default: report bad lines, determine the rest, exit 9)',
    )
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (arg: string | undefined, o: Options, cmd: Command) => {
      if (!['jsonl', 'json', 'table'].includes(o.format))
        throw invalidInput(`--format must be jsonl, json or table, not '${o.format}'`, '--format');
      const batch =
        arg !== undefined
          ? { rows: [parseJsonArg(arg, 'the transaction argument', parseTransaction)], lines: [0], errors: [] }
          : o.input
            ? readJsonLinesBatch(o.input, parseTransaction, Boolean(o.strict))
            : { rows: [], lines: [], errors: [] };
      const txs = batch.rows;
      if (txs.length === 0 && batch.errors.length === 0)
        throw invalidInput('give a transaction as JSON, or --input FILE.jsonl with one transaction per line');
      if (txs.length)
        await withApp(async (app) => {
          const bar = o.format !== 'table' && txs.length > 100 ? progressBar('determining') : undefined;
          const r = await determineTransactions(app, await principalFor(app, o.tenant), txs, {
            optIn: o.optIn
              ?.split(',')
              .map((s) => s.trim())
              .filter(Boolean),
            onProgress: bar ? (d, t) => bar.update(d, t) : undefined,
          });
          bar?.stop();
          if (cmd.optsWithGlobals().json || o.format === 'json')
            return printJson(arg !== undefined ? r.results[0] : { ...r, errors: batch.errors });
          if (o.format === 'jsonl') {
            // Determinations and line errors in input order: one output line per input line.
            const out = [
              ...r.results.map((x, i) => ({ line: batch.lines[i]!, text: JSON.stringify(x) })),
              ...batch.errors.map((e) => ({ line: e.line, text: JSON.stringify(e) })),
            ];
            for (const x of out.sort((a, b) => a.line - b.line)) process.stdout.write(`${x.text}\n`);
            return;
          }
          printTable(r.results.flatMap(rows), ['id', 'jurisdiction', 'decision', 'detail', 'licence', 'rules']);
          for (const x of r.results) for (const w of x.warnings) process.stderr.write(`${x.id}: ${w}\n`);
          printDenialMatches(r.results);
        });
      reportRowErrors(batch.errors, txs.length, 'determined');
    });
}

const rows = (x: DeterminationWithLicences) =>
  Object.entries(x.determinations).map(([jurisdiction, d]) => {
    const cover = x.licences?.find((c) => c.jurisdiction === jurisdiction);
    return {
      id: x.id,
      jurisdiction,
      decision: d.decision,
      detail: d.authorisation ?? d.policy ?? '',
      licence: cover
        ? cover.covered
          ? [...new Set(cover.items.map((i) => i.licence!.number))].join(', ')
          : 'none held covers it'
        : '',
      rules: d.rules.map((r) => r.citation.split(';')[0]).join(' | '),
    };
  });

/** Denials the tenant can see that a transaction matches (issue 14 item 4): findings to review, after the decisions. */
function printDenialMatches(results: readonly DeterminationWithLicences[]): void {
  const found = results.flatMap((x) =>
    (x.denialMatches ?? []).map((m) => ({
      id: x.id,
      'denied by': m.agencyName,
      denial: m.regimeRef,
      'essentially identical': m.essentiallyIdentical ? 'yes' : 'no',
      score: m.score,
      why: m.explanation.join('; '),
    })),
  );
  if (!found.length) return;
  process.stdout.write('\nMatching denials (findings to review, not cleared by the determination):\n');
  printTable(found, ['id', 'denied by', 'denial', 'essentially identical', 'score', 'why']);
}
