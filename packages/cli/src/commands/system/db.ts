import { checkDatabaseOf, loadConfig, migrationNames, openApp } from '@dualuse/app';
import type { Command } from 'commander';
import { printJson, printTable } from '../../output';
import { EXIT, ExitError, withApp } from '../../run';

const json = (cmd: Command) => Boolean(cmd.optsWithGlobals().json);

export function registerDb(program: Command): void {
  const db = program.command('db').description('the database');
  db.command('migrate')
    .description(
      'apply pending migrations, and restore the dualuse_app role, its grants and row-level security where missing (start does this too)',
    )
    .action(async (_o, cmd: Command) =>
      withApp(async (app) => {
        if (json(cmd)) printJson({ applied: app.migrated, repaired: app.repaired });
        else {
          process.stdout.write(
            app.migrated.length ? `applied ${app.migrated.join(', ')}\n` : 'migrations up to date\n',
          );
          process.stdout.write(
            app.repaired.length
              ? `repaired (was missing):\n${app.repaired.map((r) => `  ${r}`).join('\n')}\n`
              : 'role and grants in place\n',
          );
        }
      }),
    );
  db.command('status')
    .description('which engine, where, which migrations')
    .action(async (_o, cmd: Command) =>
      withApp(async (app) => {
        const status = {
          engine: app.db.engine,
          location: app.db.location,
          migrations: migrationNames(),
        };
        if (json(cmd)) printJson(status);
        else
          process.stdout.write(`${status.engine} at ${status.location}\nmigrations: ${status.migrations.join(', ')}\n`);
      }),
    );
  db.command('check')
    .description(
      'check, without changing anything, that the database matches this version: migrations, the dualuse_app role and grants, a tenant-scoped read; exit 6 if not',
    )
    .action(async (_o, cmd: Command) => {
      const app = await openApp(loadConfig(), { logFd: 2, prepare: false });
      try {
        const items = await checkDatabaseOf(app);
        const ok = items.every((i) => i.ok);
        if (json(cmd)) printJson({ ok, engine: app.db.engine, location: app.db.location, checks: items });
        else
          printTable(
            items.map((i) => ({ ...i, ok: i.ok ? 'ok' : 'FAIL' })),
            ['check', 'ok', 'detail'],
          );
        if (!ok)
          throw new ExitError(
            'the database does not match this version of dualuse (see above; `dualuse db migrate` repairs roles and grants)',
            EXIT.config,
          );
      } finally {
        await app.close();
      }
    });
}
