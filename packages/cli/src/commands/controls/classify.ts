/**
 * `dualuse classify` (items by their parameters and description) and `dualuse classifications`
 * (a tenant's approved product classifications, re-checked when the lists change).
 */
import {
  classifyItems,
  getProductClassifications,
  recheckProductClassifications,
  saveProductClassification,
  type ItemClassification,
} from '@dualuse/app';
import { invalidInput, parameterLabel, unitLabel, valueLabel } from '@dualuse/core';
import type { Command } from 'commander';
import { readText } from '../../files';
import { printJson, printTable } from '../../output';
import { withApp } from '../../run';
import { principalFor } from '../../tenant-arg';

const json = (cmd: Command) => Boolean(cmd.optsWithGlobals().json);
const out = (s: string) => process.stdout.write(`${s}\n`);

export function registerClassify(program: Command): void {
  const records = program.command('classifications').description("a tenant's approved product classifications");
  records
    .command('list')
    .option('--status <status>', 'current or review_needed')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (o: { status?: string; tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        const rows = await getProductClassifications(app, await principalFor(app, o.tenant), o);
        if (json(cmd)) printJson({ classifications: rows });
        else
          printTable(rows, [
            'productRef',
            'productName',
            'jurisdiction',
            'code',
            'status',
            'reviewReason',
            'approvedAt',
          ]);
      }),
    );
  records
    .command('approve')
    .description('approve the classification of one product in one jurisdiction')
    .requiredOption('--product <ref>', 'your product reference (SKU)')
    .requiredOption('--name <name>', 'product name')
    .requiredOption('--jurisdiction <code>', 'US, EU, UK, ...')
    .requiredOption('--code <code>', 'entry or paragraph, e.g. 3A090.a, or EAR99 / NOT_LISTED')
    .requiredOption('--rationale <text>', 'why (what an auditor reads)')
    .option('--parameters <json>', 'the technical parameters, re-checked when the rules change')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(
      async (
        o: {
          product: string;
          name: string;
          jurisdiction: string;
          code: string;
          rationale: string;
          parameters?: string;
          tenant: string;
        },
        cmd: Command,
      ) =>
        withApp(async (app) => {
          const parameters = o.parameters
            ? (parseJson(o.parameters, '--parameters') as Record<string, unknown>)
            : undefined;
          const row = await saveProductClassification(app, await principalFor(app, o.tenant), {
            productRef: o.product,
            productName: o.name,
            jurisdiction: o.jurisdiction,
            code: o.code,
            rationale: o.rationale,
            parameters,
          });
          if (json(cmd)) printJson(row);
          else out(`approved: ${row.productRef} ${row.jurisdiction} ${row.code}`);
        }),
    );
  records
    .command('recheck')
    .description('re-check stored classifications against the lists in force (also done after every import)')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (o: { tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        const r = await recheckProductClassifications(app, await principalFor(app, o.tenant));
        if (json(cmd)) return printJson(r);
        out(`${r.checked} checked, ${r.flagged.length} flagged for review`);
        for (const f of r.flagged) out(`  ${f.productRef} ${f.jurisdiction} ${f.code}: ${f.reason}`);
      }),
    );

  program
    .command('classify [item]')
    .description(
      'classify items by parameters: dualuse classify --json \'{"parameters": {"dense_tops": 1979, "bit_length": 8, ...}}\', or --input items.jsonl',
    )
    .option('--input <file>', 'JSON Lines, one item per line')
    .option('--as-of <date>', 'as of this date (default today)')
    .option('--jurisdiction <codes>', 'comma-separated, e.g. US,EU')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(
      async (
        item: string | undefined,
        o: { input?: string; asOf?: string; jurisdiction?: string; tenant: string },
        cmd: Command,
      ) =>
        withApp(async (app) => {
          const items =
            item !== undefined
              ? [parseJson(item, 'the item argument')]
              : o.input
                ? readText(o.input)
                    .split(/\r?\n/)
                    .map((l, i) => [l, i] as const)
                    .filter(([l]) => l.trim())
                    .map(([l, i]) => parseJson(l, `${o.input} line ${i + 1}`))
                : [];
          if (items.length === 0)
            throw invalidInput(
              'give an item as JSON (dualuse classify --json \'{"parameters": {...}}\') or --input FILE.jsonl',
            );
          const r = await classifyItems(app, await principalFor(app, o.tenant), items, {
            asOf: o.asOf,
            jurisdictions: o.jurisdiction?.split(',').map((j) => j.trim()),
          });
          if (json(cmd)) return printJson(item !== undefined ? r.results[0] : r);
          r.results.forEach((c, i) => printClassification(c, r.results.length > 1 ? i : undefined));
        }),
    );
}

function printClassification(c: ItemClassification, index?: number): void {
  out(`${index !== undefined ? `#${index + 1} ` : ''}${c.description ?? ''} → ${c.verdict} (as of ${c.asOf})`);
  for (const f of c.inferred)
    out(
      `  read from the description: ${parameterLabel(f.param)}: ${valueLabel(f.param, f.value)} from "${f.words.join('", "')}" (product heuristic)`,
    );
  for (const u of c.unresolved)
    out(
      `  description unclear on ${parameterLabel(u.param)}: ${u.candidates.map((k) => `${valueLabel(u.param, k.value)} ("${k.words.join('", "')}")`).join(' or ')}`,
    );
  for (const d of c.derivations)
    out(`  computed ${parameterLabel(d.param)} = ${valueLabel(d.param, d.value)} (${d.formula})`);
  for (const e of c.entries)
    out(
      `  ${e.jurisdiction} ${e.code}: ${e.explanation.summary}${e.unlessAlso ? ` [unless ${e.unlessAlso.join(', ')}]` : ''}`,
    );
  for (const x of c.excluded) out(`  not ${x.jurisdiction} ${x.code}: ${x.note}`);
  for (const n of c.near_misses) out(`  near miss ${n.jurisdiction} ${n.summary}`);
  for (const p of c.provisional) out(`  provisional ${p.jurisdiction} ${p.summary}`);
  for (const m of c.missing)
    out(
      `  missing ${m.label}${unitLabel(m.param) ? ` (${unitLabel(m.param)})` : ''} [${m.param}] for ${m.neededFor.join(', ')}: ${m.description}`,
    );
  for (const w of c.warnings) out(`  warning: ${w}`);
  for (const t of c.text_candidates ?? [])
    out(`  text match ${t.jurisdiction} ${t.code} (rank ${t.rank}): ${t.heading.slice(0, 100)}`);
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw invalidInput(`${where} is not JSON: ${(error as Error).message}`);
  }
}
