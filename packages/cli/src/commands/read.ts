import { getTenants, getUsers, listAuditRecords, verifyAuditLog } from '@dualuse/app';
import { listAllTenants } from '@dualuse/store';
import type { Command } from 'commander';
import { printJson, printTable, progressBar } from '../output';
import { EXIT, ExitError, withApp } from '../run';
import { principalFor } from './tenant-arg';

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
        const { records } = await listAuditRecords(app, await principalFor(app, o.tenant), { action: o.action, limit: o.limit });
        if (json(cmd)) printJson({ records });
        else printTable(records.map((r) => ({ ...r, actor: `${r.actor.name} (${r.actor.type})`, subject: r.subject ? `${r.subject.type}:${r.subject.id}` : '', hash: r.hash.slice(0, 12) })), ['seq', 'at', 'actor', 'action', 'subject', 'details', 'hash']);
      }),
    );
  audit
    .command('verify')
    .description('re-hash every chain (or one tenant’s); exit code 3 if any record was edited, deleted or reordered')
    .option('--tenant <slug>', 'only this tenant')
    .action(async (o: { tenant?: string }, cmd: Command) =>
      withApp(async (app) => {
        const slugs = o.tenant ? [o.tenant] : (await listAllTenants(app.db.orm)).map((t) => t.slug);
        const results = [];
        for (const slug of slugs) {
          const bar = progressBar(`verifying ${slug}`);
          try {
            results.push({ tenant: slug, ...(await verifyAuditLog(app, await principalFor(app, slug), (d, t) => bar.update(d, t))) });
          } finally {
            bar.stop();
          }
        }
        const ok = results.every((r) => r.ok);
        if (json(cmd)) printJson({ ok, tenants: results });
        else {
          for (const r of results) {
            process.stdout.write(r.ok ? `${r.tenant}: intact, ${r.checked} records, head ${r.lastSeq} ${r.lastHash.slice(0, 16)}\n` : `${r.tenant}: TAMPERED\n${r.findings.map((f) => `  ${f.kind} at ${f.seq}: ${f.message}`).join('\n')}\n`);
          }
        }
        if (!ok) throw new ExitError('the audit log failed verification', EXIT.integrity);
      }),
    );
}
