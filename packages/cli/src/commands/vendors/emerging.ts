/**
 * `dualuse emerging register | propose <draft.json> | invite <id> <actor...> | comment <id> <text> |
 * decide <id> | show <id>`: the emerging-technology register with its gaps, and control proposals.
 */
import {
  commentOnProposal,
  decideProposal,
  draftProposal,
  getProposal,
  inviteAdvisers,
  type ProposalView,
} from '@dualuse/app';
import { invalidInput } from '@dualuse/core';
import { coverage, TAXONOMIES } from '@dualuse/core/vendors';
import type { Command } from 'commander';
import { readText } from '../../files';
import { printJson, printTable } from '../../output';
import { withApp } from '../../run';
import { principalFor } from '../../tenant-arg';

const json = (cmd: Command) => Boolean(cmd.optsWithGlobals().json);
const out = (s: string) => process.stdout.write(`${s}\n`);

function show(p: ProposalView, cmd: Command): void {
  if (json(cmd)) return printJson(p);
  out(`${p.id} [${p.status}] ${p.title}`);
  for (const [c, v] of Object.entries(p.draft.criteria)) out(`  ${c}: ${v.score}/3 — ${v.reason}`);
  if (p.advisers.length) out(`  advisers: ${p.advisers.join(', ')}`);
  for (const c of p.comments) out(`  comment by ${c.author.name} (${c.author.id}): ${c.body}`);
  if (p.decision) out(`  decision: ${p.decision.decision} — ${p.decision.reason}`);
}

export function registerEmerging(program: Command): void {
  const em = program.command('emerging').description('emerging-technology register and control proposals');
  em.command('register')
    .description('the three taxonomies (cited) and, per area, the control entries that cover it and the gaps')
    .option('--gaps', 'only areas with a gap')
    .action((o: { gaps?: boolean }, cmd: Command) => {
      const rows = coverage().filter((c) => !o.gaps || c.gaps.length);
      if (json(cmd)) return printJson({ taxonomies: TAXONOMIES, coverage: rows });
      for (const t of TAXONOMIES) out(`${t.id}: ${t.title} — ${t.citation}`);
      printTable(
        rows.map((r) => ({
          area: r.area,
          US: r.US.join(' ') || '—',
          EU: r.EU.join(' ') || '—',
          gaps: r.gaps.join(' '),
        })),
        ['area', 'US', 'EU', 'gaps'],
      );
    });
  const tenant = (c: Command) => c.option('--tenant <slug>', 'tenant', 'operator');
  tenant(em.command('propose <draft.json>').description('draft a control proposal from a JSON file')).action(
    async (file: string, o: { tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        let input: unknown;
        try {
          input = JSON.parse(readText(file));
        } catch (e) {
          throw invalidInput(`${file}: not JSON (${(e as Error).message})`, file);
        }
        show(await draftProposal(app, await principalFor(app, o.tenant), input), cmd);
      }),
  );
  tenant(
    em.command('invite <id> <advisers...>').description('open consultation and invite advisers (actor ids)'),
  ).action(async (id: string, advisers: string[], o: { tenant: string }, cmd: Command) =>
    withApp(async (app) => show(await inviteAdvisers(app, await principalFor(app, o.tenant), id, advisers), cmd)),
  );
  tenant(em.command('comment <id> <text>').description('comment as an invited adviser')).action(
    async (id: string, text: string, o: { tenant: string }, cmd: Command) =>
      withApp(async (app) => show(await commentOnProposal(app, await principalFor(app, o.tenant), id, text), cmd)),
  );
  tenant(
    em
      .command('decide <id>')
      .description('record the decision with its reason')
      .requiredOption('--decision <d>', 'adopt, reject or defer')
      .requiredOption('--reason <text>', 'why'),
  ).action(async (id: string, o: { decision: string; reason: string; tenant: string }, cmd: Command) =>
    withApp(async (app) => show(await decideProposal(app, await principalFor(app, o.tenant), id, o), cmd)),
  );
  tenant(em.command('show <id>').description('one proposal')).action(
    async (id: string, o: { tenant: string }, cmd: Command) =>
      withApp(async (app) => show(await getProposal(app, await principalFor(app, o.tenant), id), cmd)),
  );
}
