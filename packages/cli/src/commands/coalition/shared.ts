/**
 * `dualuse indicators publish|retract|list|check` and `dualuse coalitions shared publish|retract|list|screen`: the
 * indicators and parties an agency shares with its coalitions (issue 14 item 6), through the same use cases as
 * /api/v1/coalition/shared/…. Lists print a table (who published each record, through which coalitions, when and
 * why); the global `--json` prints the use case's answer.
 */
import {
  checkSharedIndicators,
  listShared,
  publishShared,
  retractShared,
  screenSharedParties,
  type AppContext,
  type SharedKind,
} from '@dualuse/app';
import type { Principal } from '@dualuse/core';
import type { Provenance } from '@dualuse/core/coalition';
import type { Command } from 'commander';
import { printJson, printTable } from '../../output';
import { withApp } from '../../run';
import { principalFor } from '../../tenant-arg';
import { jsonArray, jsonObject } from './args';

type Opts = { tenant: string; json?: boolean };
type Work = (app: AppContext, p: Principal, args: string[]) => Promise<unknown>;

/** One subcommand; `table` shows the answer to people, --json (or no table) prints it as JSON. */
function sub(parent: Command, spec: { usage: string; description: string; table?: (r: never) => void }, work: Work) {
  parent
    .command(spec.usage)
    .description(spec.description)
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (...all: unknown[]) => {
      const args = all.filter((a): a is string => typeof a === 'string');
      const cmd = all[all.length - 1] as Command;
      const o = cmd.optsWithGlobals<Opts>();
      await withApp(async (app) => {
        const r = await work(app, await principalFor(app, o.tenant), args);
        if (o.json || !spec.table) printJson(r);
        else spec.table(r as never);
      });
    });
}

const origin = (p: Provenance) => ({
  agency: p.agencyName,
  coalitions: p.coalitions.map((c) => c.name).join(', '),
  published: p.publishedAt.slice(0, 10),
  reason: p.reason,
  record: p.recordId,
});

function registerKind(parent: Command, kind: SharedKind, body: string) {
  const what = kind === 'indicator' ? 'indicator' : 'party';
  sub(
    parent,
    { usage: `publish <${what}>`, description: `publish to every coalition sharing ${kind}s: ${body}` },
    (app, p, [a]) => publishShared(app, p, kind, jsonObject(a, what)),
  );
  sub(
    parent,
    { usage: 'retract <recordId>', description: `withdraw a published ${what} from every coalition` },
    (app, p, [id]) => retractShared(app, p, kind, id!),
  );
  const columns =
    kind === 'indicator' ? ['type', 'value', 'agency', 'coalitions', 'published', 'reason', 'record'] : ['name'];
  sub(
    parent,
    {
      usage: 'list',
      description: `${what === 'party' ? 'parties' : 'indicators'} shared with this agency (and its own), with provenance`,
      table: (r: { item: Record<string, unknown>; provenance: Provenance }[]) =>
        printTable(
          r.map(({ item, provenance }) => ({
            ...(kind === 'indicator' ? item : { name: (item.party as { name: string }).name }),
            ...origin(provenance),
          })),
          kind === 'indicator' ? columns : [...columns, 'agency', 'coalitions', 'published', 'reason', 'record'],
        ),
    },
    (app, p) => listShared(app, p, kind),
  );
}

export function registerSharedLists(program: Command): void {
  const coalitions = program.commands.find((c) => c.name() === 'coalitions') ?? program.command('coalitions');
  const s = coalitions.command('shared').description('parties shared with coalitions (list additions, issue 14)');
  registerKind(s, 'list_addition', '{"party":{"name","country","address","identifiers"},"reason"}');
  sub(
    s,
    { usage: 'screen <parties>', description: 'screen parties [{"name","country"}] against the shared parties' },
    (app, p, [a]) => screenSharedParties(app, p, jsonArray(a, 'parties')),
  );
  const i = program
    .command('indicators')
    .description('diversion indicators shared with coalitions: addresses, phones, e-mail domains, payer accounts, HS');
  registerKind(i, 'indicator', '{"type":"address|phone|email_domain|payer_account|hs_pattern","value","reason"}');
  sub(
    i,
    {
      usage: 'check <record>',
      description: 'check {"addresses","phones","emails","payerAccounts","hsCodes"} against the shared indicators',
    },
    (app, p, [a]) => checkSharedIndicators(app, p, jsonObject(a, 'record')),
  );
}
