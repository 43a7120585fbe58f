import { loadMigrations } from '@dualuse/store';
import type { Command } from 'commander';
import { printJson } from '../output';
import { withApp } from '../run';

const json = (cmd: Command) => Boolean(cmd.optsWithGlobals().json);

export function registerDb(program: Command): void {
  const db = program.command('db').description('the database');
  db.command('migrate')
    .description('apply pending migrations (start does this too)')
    .action(async (_o, cmd: Command) =>
      withApp(async (app) => {
        if (json(cmd)) printJson({ applied: app.migrated });
        else process.stdout.write(app.migrated.length ? `applied ${app.migrated.join(', ')}\n` : 'up to date\n');
      }),
    );
  db.command('status')
    .description('which engine, where, which migrations')
    .action(async (_o, cmd: Command) =>
      withApp(async (app) => {
        const status = { engine: app.db.engine, location: app.db.location, migrations: loadMigrations().map((m) => m.name) };
        if (json(cmd)) printJson(status);
        else process.stdout.write(`${status.engine} at ${status.location}\nmigrations: ${status.migrations.join(', ')}\n`);
      }),
    );
}
