/**
 * `dualuse vendors effects | check <inventory>` and `dualuse research screen`: vendor-restriction
 * lists' legal effects, the inventory (bill-of-materials) check, and research-security screening
 * with the deemed-export determination (issue 16).
 */
import { checkInventory, screenResearcher, type InventoryReport } from '@dualuse/app';
import { invalidInput } from '@dualuse/core';
import { LEGAL_EFFECTS } from '@dualuse/core/vendors';
import type { Command } from 'commander';
import { readText } from '../../files';
import { printJson, printTable } from '../../output';
import { withApp } from '../../run';
import { principalFor } from '../../tenant-arg';
import { registerEmerging } from './emerging';

const json = (cmd: Command) => Boolean(cmd.optsWithGlobals().json);
const out = (s: string) => process.stdout.write(`${s}\n`);
const warn = (s: string) => process.stderr.write(`${s}\n`);

function printReport(r: InventoryReport): void {
  for (const row of r.rows) {
    if (!row.findings.length) {
      out(`${row.row.at}: ${row.row.vendor} — no finding`);
      continue;
    }
    for (const f of row.findings) {
      const eff = f.effects.map((e) => `${e.id} (${e.status}${e.from ? ` from ${e.from}` : ''})`).join(', ');
      out(
        `${row.row.at}: ${row.row.vendor} — ${f.kind} [${f.basis}] ${f.list ?? ''} ${f.entry ? `"${f.entry.name}"` : ''}`,
      );
      out(`    ${f.explanation}`);
      if (eff) out(`    effects: ${eff}`);
      out(`    citation: ${f.citation}`);
    }
  }
  for (const e of r.errors) warn(`bad row ${e.at}, field ${e.field}: ${e.reason}`);
  out(
    `${r.rows.length} row(s) checked, ${r.findings} finding(s), ${r.errors.length} bad row(s); list versions: ${Object.entries(
      r.versions,
    )
      .map(([l, v]) => `${l}=${v.slice(0, 8)}`)
      .join(', ')}`,
  );
}

export function registerVendors(program: Command): void {
  registerEmerging(program);
  const vendors = program
    .command('vendors')
    .description('vendor-restriction lists (§889, FCC Covered List, §1260H, …) and inventory checks');
  vendors
    .command('effects')
    .description('the legal effect of each vendor-restriction and research-security list, quoted and cited')
    .action((_o: unknown, cmd: Command) => {
      if (json(cmd)) return printJson(LEGAL_EFFECTS);
      printTable(
        LEGAL_EFFECTS.map((e) => ({
          list: e.list,
          id: e.id,
          from: e.from ?? `unknown (${e.fromNote ?? ''})`,
          prohibits: e.prohibits,
          citation: e.citation,
        })),
        ['list', 'id', 'from', 'prohibits', 'citation'],
      );
    });
  vendors
    .command('check <inventory>')
    .description(
      'check an inventory (CSV or JSON: vendor, product, model, category, country_of_origin, deployed_in) line by line',
    )
    .option('--clean-network', 'apply the Clean Network policy profile (policy, not law)')
    .option('--on <date>', 'judge the legal effects on this date (YYYY-MM-DD, default today)')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (path: string, o: { cleanNetwork?: boolean; on?: string; tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        if (o.on && !/^\d{4}-\d{2}-\d{2}$/.test(o.on))
          throw invalidInput(`--on "${o.on}": expected YYYY-MM-DD`, '--on');
        const r = await checkInventory(
          app,
          await principalFor(app, o.tenant),
          { name: path.replace(/^.*\//, ''), content: readText(path) },
          {
            cleanNetwork: o.cleanNetwork,
            on: o.on,
          },
        );
        if (json(cmd)) printJson(r);
        else printReport(r);
        if (r.errors.length) process.exitCode = 3;
      }),
    );
  const research = program
    .command('research')
    .description('research security: collaborations and visiting researchers');
  research
    .command('screen')
    .description(
      'screen a researcher and affiliations, and determine the deemed export of the technology to be accessed (15 CFR 734.13(b))',
    )
    .requiredOption('--name <name>', "the researcher's name")
    .requiredOption('--citizenship <code>', 'most recent citizenship or permanent residency, ISO alpha-2')
    .option('--affiliation <name...>', 'institutions the researcher is affiliated with', [])
    .option('--technology <class...>', 'classifications of the technology to be accessed, e.g. US:3E001', [])
    .requiredOption('--host <name>', 'the hosting institution')
    .option('--host-country <code>', 'country of the host', 'US')
    .option('--date <date>', 'date of the planned release (default today)')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(
      async (
        o: {
          name: string;
          citizenship: string;
          affiliation: string[];
          technology: string[];
          host: string;
          hostCountry: string;
          date?: string;
          tenant: string;
        },
        cmd: Command,
      ) =>
        withApp(async (app) => {
          const technology = o.technology.map((t) => {
            const m = /^([A-Z]{2}):(.+)$/.exec(t);
            if (!m)
              throw invalidInput(
                `--technology "${t}": expected JURISDICTION:CLASSIFICATION, e.g. US:3E001`,
                '--technology',
              );
            return { [m[1]!]: m[2]! };
          });
          const r = await screenResearcher(app, await principalFor(app, o.tenant), {
            name: o.name,
            citizenship: o.citizenship,
            affiliations: o.affiliation,
            technology,
            host: { name: o.host, country: o.hostCountry },
            date: o.date,
          });
          if (json(cmd)) return printJson(r);
          for (const f of r.findings) out(`finding: ${f.risk} — ${f.why}`);
          for (const d of r.deemedExport)
            out(`deemed export, ${d.jurisdiction}: ${d.decision}${d.rules.length ? ` (${d.rules.join(', ')})` : ''}`);
          for (const d of r.decisions) out(`to decide: ${d}`);
        }),
    );
}
