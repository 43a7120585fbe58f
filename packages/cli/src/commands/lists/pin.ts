/**
 * `dualuse lists pin | unpin`: the operator fixes which version a list uses (audited), overriding the provenance rule.
 */
import { pinListVersion, runRescreenJobs, unpinList, type CurrentVersion } from '@dualuse/app';
import type { Command } from 'commander';
import { printJson } from '../../output';
import { withApp } from '../../run';
import { principalFor } from '../../tenant-arg';

const show = (c: CurrentVersion, asJson: boolean) => {
  if (asJson) printJson({ list: c.list, versionId: c.version.id, rule: c.rule, reason: c.reason, pinned: c.pinned });
  else
    process.stdout.write(
      `${c.list}: current version ${c.version.id} (${c.version.publisher}, ${c.version.publishedAt ?? 'date unknown'}): ${c.reason}\n`,
    );
};

export function registerListPins(lists: Command): void {
  lists
    .command('pin')
    .description(
      'make this version the one its list uses, whatever its provenance, until unpinned; re-screens stored counterparties',
    )
    .argument('<version>', 'version id (from `lists list --all`)')
    .requiredOption('--reason <text>', 'why (audited)')
    .action(async (version: string, o: { reason: string }, cmd: Command) =>
      withApp(async (app) => {
        const c = await pinListVersion(app, await principalFor(app, 'operator'), {
          versionId: version,
          reason: o.reason,
        });
        await runRescreenJobs(app, (msg) => process.stderr.write(`${msg}\n`));
        show(c, Boolean(cmd.optsWithGlobals().json));
      }),
    );

  lists
    .command('unpin')
    .description("let the provenance rule choose the list's current version again")
    .argument('<list>', 'list id, e.g. us-ofac-sdn')
    .requiredOption('--reason <text>', 'why (audited)')
    .action(async (list: string, o: { reason: string }, cmd: Command) =>
      withApp(async (app) => {
        const c = await unpinList(app, await principalFor(app, 'operator'), { list, reason: o.reason });
        await runRescreenJobs(app, (msg) => process.stderr.write(`${msg}\n`));
        show(c, Boolean(cmd.optsWithGlobals().json));
      }),
    );
}
