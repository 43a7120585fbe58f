import {
  activeUserByEmail,
  bootstrapOperator,
  createApiKey,
  createTenant,
  createUser,
  newSecret,
  TENANT_KINDS,
  type TenantKind,
} from '@dualuse/app';
import { invalidInput, isRole, notFound } from '@dualuse/core';
import type { Command } from 'commander';
import { printJson } from '../../output';
import { withApp } from '../../run';
import { principalFor, readStdinLine } from '../../tenant-arg';

const json = (cmd: Command) => Boolean(cmd.optsWithGlobals().json);

export function registerAdmin(program: Command): void {
  const admin = program
    .command('admin')
    .description('first tenant, tenants, users and API keys (runs with the database’s own rights)');

  admin
    .command('init')
    .description('create the operator tenant and its admin on an empty database; prints the admin key once')
    .action(async (_opts, cmd: Command) =>
      withApp(async (app) => {
        const boot = await bootstrapOperator(app);
        if (!boot) throw invalidInput('the database already has tenants; use admin create-tenant');
        if (json(cmd)) printJson(boot);
        else
          process.stdout.write(
            `created tenant '${boot.tenant.slug}', admin ${boot.admin.email}\nadmin API key (shown once): ${boot.adminKey}\n`,
          );
      }),
    );

  admin
    .command('generate-key')
    .description('print a fresh random secret, e.g. for DUALUSE_ADMIN_KEY (touches no database)')
    .action((_opts, cmd: Command) => {
      const key = newSecret('du');
      if (json(cmd)) printJson({ key });
      else process.stdout.write(`${key}\n`);
    });

  admin
    .command('create-tenant')
    .description('create a tenant with its first admin; prints that admin’s key once')
    .requiredOption('--slug <slug>', 'short id: lower-case letters, digits, hyphens')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--kind <kind>', `one of ${TENANT_KINDS.join(', ')}`)
    .requiredOption('--admin-email <email>', 'the first admin’s email')
    .option('--admin-name <name>', 'the first admin’s name', 'Administrator')
    .option('--operator <slug>', 'operator tenant recorded as creator', 'operator')
    .action(
      async (
        o: { slug: string; name: string; kind: string; adminEmail: string; adminName: string; operator: string },
        cmd: Command,
      ) => {
        if (!(TENANT_KINDS as readonly string[]).includes(o.kind))
          throw invalidInput(`--kind must be one of ${TENANT_KINDS.join(', ')} (got '${o.kind}')`, '--kind');
        if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(o.slug))
          throw invalidInput(`--slug must be 2-63 lower-case letters, digits or hyphens (got '${o.slug}')`, '--slug');
        await withApp(async (app) => {
          const p = await principalFor(app, o.operator);
          const created = await createTenant(app, p, {
            slug: o.slug,
            name: o.name,
            kind: o.kind as TenantKind,
            admin: { email: o.adminEmail, name: o.adminName },
          });
          if (json(cmd)) printJson(created);
          else
            process.stdout.write(
              `created tenant '${created.tenant.slug}' (${created.tenant.id}), admin ${created.admin.email}\nadmin API key (shown once): ${created.adminKey}\n`,
            );
        });
      },
    );

  admin
    .command('create-user')
    .description('add a user to a tenant')
    .requiredOption('--email <email>')
    .requiredOption('--name <name>')
    .requiredOption('--role <role>', 'admin, officer, analyst or auditor')
    .option('--tenant <slug>', 'tenant', 'operator')
    .option('--password-stdin', 'read a web-login password from standard input')
    .action(
      async (
        o: { email: string; name: string; role: string; tenant: string; passwordStdin?: boolean },
        cmd: Command,
      ) => {
        if (!isRole(o.role))
          throw invalidInput(`--role must be admin, officer, analyst or auditor (got '${o.role}')`, '--role');
        const password = o.passwordStdin ? await readStdinLine() : undefined;
        await withApp(async (app) => {
          const user = await createUser(app, await principalFor(app, o.tenant), {
            email: o.email,
            name: o.name,
            role: o.role as never,
            password,
          });
          if (json(cmd)) printJson(user);
          else process.stdout.write(`created ${user.role} ${user.email} (${user.id})\n`);
        });
      },
    );

  admin
    .command('create-key')
    .description('issue an API key for a user; prints it once')
    .requiredOption('--email <email>', 'the user the key acts as')
    .option('--name <name>', 'what the key is for', 'cli-issued key')
    .option('--tenant <slug>', 'tenant', 'operator')
    .option('--expires-in-days <days>', 'expiry', (v) => Number(v))
    .action(async (o: { email: string; name: string; tenant: string; expiresInDays?: number }, cmd: Command) =>
      withApp(async (app) => {
        const p = await principalFor(app, o.tenant);
        const user = await activeUserByEmail(app, p, o.email);
        if (!user) throw notFound(`active user ${o.email} in tenant '${o.tenant}'`);
        const created = await createApiKey(app, p, { name: o.name, userId: user.id, expiresInDays: o.expiresInDays });
        if (json(cmd)) printJson(created);
        else process.stdout.write(`${created.key}\n`);
      }),
    );
}

export { registerRead } from './read';
