import { getTenants, getUsers, listAuditRecords } from '@dualuse/app';
import type { Command } from 'commander';
import { printJson, printTable } from '../../output';
import { withApp } from '../../run';
import { registerAuditIntegrity } from '../audit/index';
import { principalFor } from '../../tenant-arg';

const json = (cmd: Command) => Boolean(cmd.optsWithGlobals().json);

export function registerRead(program: Command): void {
  program
    .command('tenants')
    .description('tenants of this deployment')
    .command('list')
    .action(async (_o, cmd: Command) =>
      withApp(async (app) => {
        const tenants = await getTenants(app, await principalFor(app, 'operator'));
        if (json(cmd)) printJson({ tenants });
        else printTable(tenants, ['slug', 'name', 'kind', 'isOperator', 'createdAt']);
      }),
    );

  program
    .command('users')
    .description('users of a tenant')
    .command('list')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (o: { tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        const users = await getUsers(app, await principalFor(app, o.tenant));
        if (json(cmd)) printJson({ users });
        else printTable(users, ['email', 'name', 'role', 'disabled', 'createdAt']);
      }),
    );

  const audit = program.command('audit').description('the hash-chained audit log');
  audit
    .command('list')
    .description('newest records first')
    .option('--tenant <slug>', 'tenant', 'operator')
    .option('--action <prefix>', 'only actions starting with this')
    .option('--limit <n>', 'how many', (v) => Number(v), 50)
    .action(async (o: { tenant: string; action?: string; limit: number }, cmd: Command) =>
      withApp(async (app) => {
        const { records } = await listAuditRecords(app, await principalFor(app, o.tenant), {
          action: o.action,
          limit: o.limit,
        });
        if (json(cmd)) printJson({ records });
        else
          printTable(
            records.map((r) => ({
              ...r,
              actor: `${r.actor.name} (${r.actor.type})`,
              subject: r.subject ? `${r.subject.type}:${r.subject.id}` : '',
              hash: r.hash.slice(0, 12),
            })),
            ['seq', 'at', 'actor', 'action', 'subject', 'details', 'hash'],
          );
      }),
    );
  registerAuditIntegrity(audit);
}
