/**
 * File-based diversion analyses (no database): ownership coverage, shared-contact clusters and
 * trade-flow hotspots over files the user holds (FollowTheMoney JSON lines; Eurostat Comext CSV).
 *
 *   dualuse diversion ownership entities.ftm.json --as-of 2021-06-01 [--regime eu_ownership_control] [--entity ID]
 *   dualuse diversion network entities.ftm.jsonl [--party ID]
 *   dualuse diversion rings --input shipments.jsonl [--max-fan-out 10]
 *   dualuse diversion trade eu_trade_totals_normalised.csv --freq A --baseline 2019..2021 --post 2023..2023
 */
import { gunzip, isGzip } from '@dualuse/core/screening';
import { decodeText } from '@dualuse/core/screening';
import { readBytes } from '../../files';
import { DomainError, invalidInput } from '@dualuse/core';
import {
  buildAdjacency,
  computeCoverage,
  describeChain,
  explainCoverage,
  findClusters,
  ftmGraph,
  MAX_FAN_OUT,
  OWNERSHIP_REGIMES,
  parseChplTiers,
  parseShipmentLines,
  recordNetwork,
  scoredMembers,
  shortestPath,
} from '@dualuse/core/diversion';
import type { Command } from 'commander';
import { scoreShipments, tradeHotspots } from '@dualuse/app';
import { printJson, printTable } from '../../output';
import { withApp } from '../../run';
import { principalFor } from '../../tenant-arg';

/** The file, inflated as a stream with running size and ratio limits when it is gzip (inflate.ts). */
function bytesOf(path: string): Uint8Array {
  const b = readBytes(path);
  return isGzip(b) ? gunzip(path, b) : b;
}

const window = (v: string, what: string): [string, string] => {
  const m = /^(\d{4}(?:-\d{2})?)\.\.(\d{4}(?:-\d{2})?)$/.exec(v);
  if (!m) throw invalidInput(`--${what} ${v}: expected FROM..TO (YYYY or YYYY-MM)`);
  return [m[1]!, m[2]!];
};

export function registerDiversionAnalyses(d: Command): void {
  d.command('ownership')
    .description('who is covered through ownership by listed parties, as of a date, with the chain (FtM JSON lines)')
    .argument('<file>', 'FollowTheMoney JSON lines with Ownership records')
    .option('--as-of <date>', 'date (YYYY-MM-DD)', new Date().toISOString().slice(0, 10))
    .option('--regime <id...>', `regimes (${OWNERSHIP_REGIMES.map((r) => r.id).join(', ')})`, [
      'ofac_50_percent',
      'eu_ownership_control',
    ])
    .option('--entity <id>', 'only this entity, with its full chain')
    .action((file: string, o: { asOf: string; regime: string[]; entity?: string }, cmd: Command) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(o.asOf)) throw invalidInput(`--as-of ${o.asOf}: expected YYYY-MM-DD`);
      const g = ftmGraph(file, bytesOf(file));
      const answers = o.regime.map((r) => {
        try {
          return computeCoverage(g.edges, g.listed, o.asOf, r);
        } catch (e) {
          throw invalidInput((e as Error).message);
        }
      });
      const rows = answers.flatMap((a) =>
        [...a.covered.values()]
          .filter((c) => (o.entity ? c.entity === o.entity : c.basis !== 'none'))
          .map((c) => {
            const chain = explainCoverage(a, c.entity);
            return {
              regime: a.regime.id,
              inForce: a.inForce,
              entity: c.entity,
              name: g.names.get(c.entity) ?? '',
              covered: c.covered,
              aggregate: c.aggregate,
              basis: c.basis,
              chain: chain ? describeChain(chain, (id) => g.names.get(id) ?? id) : '',
              unknownStakes: c.unknownStakes.length,
            };
          }),
      );
      if (cmd.optsWithGlobals().json)
        printJson({
          asOf: o.asOf,
          parties: g.parties.length,
          edges: g.edges.length,
          listed: g.listed.length,
          results: rows,
          warnings: [...g.warnings, ...answers.flatMap((a) => a.warnings)],
        });
      else printTable(rows, ['regime', 'entity', 'name', 'covered', 'aggregate', 'basis', 'chain']);
    });
  d.command('network')
    .description('companies sharing an address, phone or e-mail, each link with its reason (FtM JSON lines)')
    .argument('<file>', 'FollowTheMoney JSON lines')
    .option('--min-size <n>', 'smallest cluster', (v) => Number(v), 2)
    .option('--party <id>', 'instead: the shortest explained path from this party to a listed party')
    .action((file: string, o: { minSize: number; party?: string }, cmd: Command) => {
      const bytes = bytesOf(file);
      const g = ftmGraph(file, bytes);
      const clusters = findClusters(
        g.parties.filter((p) => p.type !== 'person'),
        { minSize: o.minSize },
      );
      if (o.party) {
        if (!g.names.has(o.party)) throw new DomainError('not_found', `${file}: no party with id ${o.party}`);
        const listed = new Set(g.listed.map((l) => l.id));
        const path = shortestPath(buildAdjacency(g.links, clusters), o.party, (id) => listed.has(id));
        const steps = (path ?? []).map((s, i) => ({
          hop: i + 1,
          from: g.names.get(s.from) ?? s.from,
          to: g.names.get(s.to) ?? s.to,
          kind: s.kind,
          why: s.why,
        }));
        if (cmd.optsWithGlobals().json) printJson({ party: o.party, listed: listed.has(o.party), path: steps });
        else if (!path)
          process.stdout.write(
            `no listed party within 4 hops of ${o.party}${listed.has(o.party) ? ' (it is listed itself)' : ''}\n`,
          );
        else printTable(steps, ['hop', 'from', 'to', 'kind', 'why']);
        return;
      }
      if (cmd.optsWithGlobals().json) printJson({ clusters });
      else
        printTable(
          clusters.map((c) => ({
            id: c.id,
            size: c.size,
            listed: c.listedMembers,
            key: c.key.slice(0, 60),
            members: c.members.map((m) => m.name).join(' | '),
          })),
          ['id', 'size', 'listed', 'key', 'members'],
        );
    });
  d.command('rings')
    .description(
      'rings of buyers tied by what their records share: payer account, small forwarder, notify party, address, phone, e-mail (shipments JSON lines)',
    )
    .requiredOption('--input <file>', 'shipments (and payments with their shipment), one JSON object per line')
    .option(
      '--max-fan-out <n>',
      `a value shared by more counterparties than this is a hub and links nobody (ours; default ${MAX_FAN_OUT})`,
      (v) => Number(v),
      MAX_FAN_OUT,
    )
    .option(
      '--score',
      'also score the records with the loaded lists, to count listed and alerted members per ring (needs the database)',
    )
    .option('--chpl <file>', 'with --score: CHPL tier,hs6 CSV')
    .option('--tenant <slug>', 'with --score: tenant', 'operator')
    .action(
      async (o: { input: string; maxFanOut: number; score?: boolean; chpl?: string; tenant: string }, cmd: Command) => {
        if (!Number.isInteger(o.maxFanOut) || o.maxFanOut < 2)
          throw invalidInput(`--max-fan-out ${o.maxFanOut}: expected an integer of at least 2`);
        const records = parseShipmentLines(new TextDecoder().decode(bytesOf(o.input)), o.input);
        const chpl = o.chpl ? parseChplTiers(new TextDecoder().decode(bytesOf(o.chpl)), o.chpl) : undefined;
        const scored = o.score
          ? await withApp(
              async (app) =>
                (await scoreShipments(app, await principalFor(app, o.tenant), records, chpl ? { chpl } : {})).results,
            )
          : undefined;
        const { rings, edges } = recordNetwork(records, {
          maxFanOut: o.maxFanOut,
          ...(scored ? scoredMembers(records, scored) : {}),
        });
        if (cmd.optsWithGlobals().json)
          printJson({ rings, edges: edges.length, maxFanOut: o.maxFanOut, scored: !!scored });
        else
          printTable(
            rings.map((r, i) => ({
              ring: i + 1,
              size: r.members.length,
              listed: scored ? r.listedMembers : '-',
              alerted: scored ? r.alertedMembers : '-',
              shared: r.sharedIdentifiers,
              members: r.members.map((m) => m.name).join(' | '),
              why: r.why,
            })),
            ['ring', 'size', 'listed', 'alerted', 'shared', 'members', 'why'],
          );
      },
    );
  tradeHotspotsCommand(d.command('trade'));
}

interface TradeOptions {
  baseline: string;
  post: string;
  freq: string;
  chpl?: string;
  reporter?: string;
  aggregate?: boolean;
  minRatio?: number;
  minExcess?: number;
  watchRatio?: number;
  top: number;
  tenant: string;
}

const number = (flag: string) => (v: string) => {
  const n = Number(v);
  if (!v.trim() || !Number.isFinite(n)) throw invalidInput(`${flag} ${v}: expected a number`);
  return n;
};

/** The use case's input from the options: the same fields as POST /diversion/trade. */
function tradeInput(file: string, o: TradeOptions, json: boolean) {
  if (o.freq !== 'M' && o.freq !== 'A') throw invalidInput(`--freq ${o.freq}: expected M or A`);
  if (!Number.isInteger(o.top) || o.top < 1) throw invalidInput(`--top ${o.top}: expected a positive integer`);
  return {
    file: { name: file, bytes: readBytes(file) },
    freq: o.freq as 'M' | 'A',
    baseline: window(o.baseline, 'baseline'),
    post: window(o.post, 'post'),
    reporter: o.reporter,
    aggregate: o.aggregate,
    chpl: o.chpl ? parseChplTiers(decodeText(o.chpl, bytesOf(o.chpl)), o.chpl) : undefined,
    minRatio: o.minRatio,
    minExcess: o.minExcess,
    watchRatio: o.watchRatio,
    top: o.top,
    allSeries: json,
  };
}

/** The trade-flow hotspot analysis on a command (`dualuse diversion trade`, `dualuse trade hotspots`). */
export function tradeHotspotsCommand(c: Command): Command {
  return c
    .description(
      'trade-flow hotspots: series that multiplied vs a baseline, flagged only with a risk basis, a watch tier below the flag (Eurostat Comext CSV); --json lists every series with its ratio',
    )
    .argument('<file>', 'Comext CSV (.csv or .csv.gz): the CN8 long table or the normalised totals')
    .option('--baseline <from..to>', 'baseline window', '2019-01..2021-12')
    .option('--post <from..to>', 'comparison window', '2022-03..2024-12')
    .option('--freq <M|A>', 'monthly, or annual (months summed per year, a partial year pro-rated ×12/n)', 'M')
    .option('--chpl <file>', 'CHPL tier,hs6 CSV: product basis, and only CHPL codes flagged')
    .option('--reporter <label>', 'only this reporter (e.g. EU27_2020)')
    .option('--aggregate', 'sum member states into one EU27 series')
    .option('--min-ratio <x>', 'flag ratio: post mean ÷ baseline mean (default 3)', number('--min-ratio'))
    .option('--min-excess <eur>', 'smallest excess over the baseline (default 100000)', number('--min-excess'))
    .option(
      '--watch-ratio <x>',
      'watch tier: a risk basis and at least this ratio (default 2)',
      number('--watch-ratio'),
    )
    .option('--top <n>', 'rows shown per tier', (v) => Number(v), 25)
    .option('--tenant <slug>', 'tenant (the run is audited there)', 'operator')
    .action(async (file: string, o: TradeOptions, cmd: Command) => {
      const json = !!cmd.optsWithGlobals().json;
      const input = tradeInput(file, o, json);
      const run = await withApp(async (app) => tradeHotspots(app, await principalFor(app, o.tenant), input));
      // The charts are the web page's; the rest is the use case's answer as the API gives it.
      const hotspots = run.hotspots.map(({ chart: _chart, baselineMedian: _m, baselineMad: _d, ...h }) => h);
      if (json) printJson({ ...run, hotspots });
      else {
        printTable(
          hotspots.map((s) => ({
            tier: s.tier,
            reporter: s.reporter.replace(/ \(.*$/, ''),
            partner: s.partner.replace(/ \(.*$/, ''),
            product: s.product,
            ratio: s.ratio.toFixed(1),
            baseEurM: (s.baselineTotal / 1e6).toFixed(2),
            postEurM: (s.postTotal / 1e6).toFixed(2),
            excessEurM: (s.excess / 1e6).toFixed(2),
            above: `${s.periodsAbove}/${s.postPeriods}`,
          })),
          ['tier', 'reporter', 'partner', 'product', 'ratio', 'baseEurM', 'postEurM', 'excessEurM', 'above'],
        );
        const cov = run.coverage;
        process.stdout.write(
          `${run.series} series, ${run.flagged} flagged, ${run.watch} on watch; baseline ${cov.baseline.from}…${cov.baseline.to} (${cov.baseline.periods} periods), post ${cov.post.from}…${cov.post.to} (${cov.post.periods})\n` +
            cov.partialYears.map((y) => `pro-rated: ${y.note}\n`).join(''),
        );
      }
    });
}
