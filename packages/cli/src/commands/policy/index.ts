/**
 * `dualuse policy ...`: policy analysis (issue 15) — trade datasets and the cost of a draft control,
 * chokepoints over your copy of the supply-chain data, investment-screening cases, and the S&T
 * agreement registry.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  agreementComparison,
  agreements,
  chokepoints,
  controlCost,
  decideScreening,
  importTradeDataset,
  screenInvestmentCase,
  screeningCases,
  tradeDatasets,
} from '@dualuse/app';
import { invalidInput } from '@dualuse/core';
import type { Command } from 'commander';
import { printJson, printTable } from '../../output';
import { withApp } from '../../run';
import { principalFor } from '../../tenant-arg';

const json = (cmd: Command) => Boolean(cmd.optsWithGlobals().json);
const out = (s: string) => process.stdout.write(`${s}\n`);
const readText = (path: string) => {
  const buf = readFileSync(path);
  return path.endsWith('.gz') ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
};
const readJson = (path: string): unknown => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw invalidInput(`${path}: not valid JSON (${(e as Error).message})`, path);
  }
};
const m = (v: number) => v.toLocaleString('en', { maximumFractionDigits: 0 });
const list = (s: string | undefined) =>
  s
    ? s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];

export function registerPolicy(program: Command): void {
  const policy = program
    .command('policy')
    .description('policy analysis: cost of a control, chokepoints, investment screening, S&T agreements');
  registerTrade(policy);
  registerCost(policy);
  registerChokepoints(policy);
  registerScreening(policy);
  registerAgreements(policy);
}

function registerTrade(policy: Command): void {
  const trade = policy.command('trade').description('trade datasets (imported as versions)');
  trade
    .command('import <file>')
    .description(
      'import a dataset: the CSV layout reporter,partner,hs_code,period,value[,quantity], or a Comext CN8 extract (.csv or .csv.gz)',
    )
    .requiredOption('--name <name>', 'dataset name (a re-import adds a version)')
    .option('--format <format>', 'trade-csv | comext', 'trade-csv')
    .option('--currency <code>', 'currency of the values (Comext: EUR)')
    .option('--source <text>', 'where the data came from')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(
      async (
        file: string,
        o: { name: string; format: 'trade-csv' | 'comext'; currency?: string; source?: string; tenant: string },
        cmd: Command,
      ) =>
        withApp(async (app) => {
          const r = await importTradeDataset(app, await principalFor(app, o.tenant), {
            name: o.name,
            format: o.format,
            // The bytes as read: the use case gunzips a .csv.gz and decodes strictly, as for an upload.
            file: { name: basename(file), bytes: new Uint8Array(readFileSync(file)) },
            currency: o.currency,
            source: o.source,
          });
          if (json(cmd)) return printJson(r);
          out(`${r.status}: ${r.dataset.name} v${r.dataset.version}, ${r.dataset.rowCount} rows, id ${r.dataset.id}`);
        }),
    );
  trade
    .command('list')
    .description('dataset versions')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (o: { tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        const ds = await tradeDatasets(app, await principalFor(app, o.tenant));
        if (json(cmd)) return printJson(ds);
        printTable(ds, ['id', 'name', 'version', 'format', 'currency', 'rowCount', 'importedAt']);
      }),
    );
}

function registerCost(policy: Command): void {
  policy
    .command('cost <control.json>')
    .description('the trade a draft control touches per exporter × destination × period, trend and shares')
    .requiredOption('--dataset <id>', 'trade dataset version id')
    .option('--chpl <file>', 'CHPL tiers CSV (tier,hs6), when the control names CHPL tiers')
    .option('--correspondence <file>', 'cited entry→HS CSV (entry,hs6,source,quote), when it names control entries')
    .option('--from <period>', 'first period (YYYY or YYYY-MM)')
    .option('--to <period>', 'last period')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(
      async (
        file: string,
        o: { dataset: string; chpl?: string; correspondence?: string; from?: string; to?: string; tenant: string },
        cmd: Command,
      ) =>
        withApp(async (app) => {
          const { cost, dataset } = await controlCost(app, await principalFor(app, o.tenant), {
            dataset: o.dataset,
            control: readJson(file),
            chplCsv: o.chpl ? readText(o.chpl) : undefined,
            correspondenceCsv: o.correspondence ? readText(o.correspondence) : undefined,
            from: o.from,
            to: o.to,
          });
          if (json(cmd)) return printJson({ dataset, cost });
          out(
            `${cost.control.name}: ${m(cost.total)} ${dataset.currency} touched in ${cost.rowsTouched} rows, ${cost.periods.first ?? '-'}…${cost.periods.last ?? '-'}`,
          );
          for (const c of cost.covered) out(`  HS ${c.hs}: ${c.basis}`);
          for (const [d, v] of Object.entries(cost.byDestination)) out(`  → ${d}: ${m(v)}`);
          printTable(
            cost.exporters.map((e) => ({ ...e, value: m(e.value), share: `${(e.share * 100).toFixed(1)} %` })),
            ['exporter', 'adopts', 'value', 'share'],
          );
          out(`adopters ${(cost.adoptersShare * 100).toFixed(1)} %, others ${(cost.othersShare * 100).toFixed(1)} %`);
          for (const t of cost.trends)
            out(
              `trend around ${t.name} (${t.date}): ${t.before === null ? 'no data' : m(t.before)} → ${t.after === null ? 'no data' : m(t.after)} per period${t.ratio !== null ? `, ×${t.ratio.toFixed(2)}` : ''}`,
            );
        }),
    );
}

function registerChokepoints(policy: Command): void {
  policy
    .command('chokepoints <folder>')
    .description(
      'shares, HHI and classification per input over your copy of the supply-chain files (inputs.csv, providers.csv, provision.csv)',
    )
    .option('--allies <codes>', 'coalition members, ISO codes (comma-separated)')
    .option('--concern <codes>', 'countries of concern, ISO codes', 'CN,RU,BY,IR,KP')
    .option('--ally-groups <groups>', 'allies as EAR country groups instead (e.g. A:1)')
    .option('--concern-groups <groups>', 'countries of concern as EAR country groups (e.g. D:5)')
    .option('--top <n>', 'rows to print', '25')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(
      async (
        folder: string,
        o: {
          allies?: string;
          concern: string;
          allyGroups?: string;
          concernGroups?: string;
          top: string;
          tenant: string;
        },
        cmd: Command,
      ) =>
        withApp(async (app) => {
          const files = {
            inputs: readText(join(folder, 'inputs.csv')),
            providers: readText(join(folder, 'providers.csv')),
            provision: readText(join(folder, 'provision.csv')),
          };
          const coalition = o.allyGroups
            ? { kind: 'groups' as const, allies: list(o.allyGroups), concern: list(o.concernGroups ?? 'D:5') }
            : { kind: 'list' as const, name: 'coalition', allies: list(o.allies), concern: list(o.concern) };
          if (coalition.kind === 'list' && !coalition.allies.length)
            throw invalidInput('name the allies with --allies or --ally-groups', '--allies');
          const r = await chokepoints(app, await principalFor(app, o.tenant), { files, coalition });
          if (json(cmd)) return printJson(r);
          printTable(
            r.slice(0, Number(o.top)).map((c) => ({
              input: c.input,
              name: c.name,
              year: c.year,
              hhi: c.hhi?.toFixed(0) ?? '-',
              allied: `${c.coalitionShare} %`,
              concern: `${c.concernShare} %`,
              class: c.classification,
              controls: c.controls?.links.map((l) => `${l.jurisdiction} ${l.entry}`).join(' ') ?? '',
            })),
            ['input', 'name', 'year', 'hhi', 'allied', 'concern', 'class', 'controls'],
          );
          out('thresholds are ours (policy heuristic): allied ≥ 75 %, concern ≥ 25 %');
        }),
    );
}

function registerScreening(policy: Command): void {
  policy
    .command('screen <case.json>')
    .description('screen a proposed investment (CFIUS, EU FDI, UK NSI) and store it as a case')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (file: string, o: { tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        const c = await screenInvestmentCase(app, await principalFor(app, o.tenant), readJson(file));
        if (json(cmd)) return printJson(c);
        out(`case ${c.id} (${c.reference}): filing ${c.filing}`);
        for (const r of c.result.regimes) {
          out(`${r.regime}: ${r.applies ? r.filing : 'does not apply'}`);
          for (const e of r.evidence) out(`  - ${e}`);
          for (const q of r.openQuestions) out(`  ? ${q}`);
          for (const l of r.law) out(`  § ${l.citation}${l.verified ? '' : ' (not verified: see evidence)'}`);
        }
      }),
    );
  policy
    .command('cases')
    .description('investment-screening cases')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (o: { tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        const cs = await screeningCases(app, await principalFor(app, o.tenant));
        if (json(cmd)) return printJson(cs);
        printTable(cs, ['id', 'reference', 'filing', 'decision', 'decidedBy', 'createdAt']);
      }),
    );
  policy
    .command('decide <id> <decision>')
    .description('record the decision on a case: file | do_not_file | escalate (once)')
    .option('--note <text>', 'reasons')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (id: string, decision: string, o: { note?: string; tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        const c = await decideScreening(app, await principalFor(app, o.tenant), id, { decision, note: o.note });
        if (json(cmd)) return printJson(c);
        out(`case ${c.id}: ${c.decision} by ${c.decidedBy}`);
      }),
    );
}

function registerAgreements(policy: Command): void {
  policy
    .command('agreements')
    .description('the S&T agreement registry; --compare prints the comparison matrix and research-security flags')
    .option('--compare', 'comparison matrix')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (o: { compare?: boolean; tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        const p = await principalFor(app, o.tenant);
        if (!o.compare) {
          const as = await agreements(app, p);
          if (json(cmd)) return printJson(as);
          return printTable(
            as.map((a) => ({
              id: a.id,
              parties: a.parties.join('–'),
              signed: a.signed.value,
              inForce: a.inForce.value,
            })),
            ['id', 'parties', 'signed', 'inForce'],
          );
        }
        const r = await agreementComparison(app, p);
        if (json(cmd)) return printJson(r);
        const rows = r.matrix.rows.map((row) =>
          Object.fromEntries([
            ['term', row.term],
            ...row.cells.map((c, i) => [r.matrix.agreements[i]!.id, String(c.value).slice(0, 40)]),
          ]),
        );
        printTable(rows, ['term', ...r.matrix.agreements.map((a) => a.id)]);
        for (const f of r.flags) out(`${f.flagged ? 'FLAG' : 'ok  '} ${f.id}: ${f.why}`);
      }),
    );
}
