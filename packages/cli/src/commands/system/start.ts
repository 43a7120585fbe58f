import { bootstrapOperator, loadConfig, openApp, runRescreenJobs, startCheckpointTimer } from '@dualuse/app';
import { listen } from '@dualuse/server';

/** `dualuse start`: migrate, bootstrap an empty database, serve API and UI until a signal. */
export async function start(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const app = await openApp(config, { logFd: 1 });
  const boot = await bootstrapOperator(app);
  const http = await listen(app);
  const stopCheckpoints = startCheckpointTimer(app);
  const ms = Math.round(performance.now() - started);
  const where =
    app.db.engine === 'pglite' ? `embedded database in ${app.db.location}` : `PostgreSQL at ${app.db.location}`;
  app.logger.info({ port: http.port, database: app.db.engine, startupMs: ms }, 'dualuse is up');
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${http.port}`;
  process.stdout.write(
    `\ndualuse is up at ${url} (API ${url}/api/v1, OpenAPI ${url}/api/v1/openapi.json), ${where}, started in ${ms} ms\n`,
  );
  if (boot) {
    process.stdout.write(
      boot.keyGenerated
        ? `\nFirst start: created tenant '${boot.tenant.slug}' and admin ${boot.admin.email}.\nAdmin API key (shown once, store it now; sign in to the UI with it):\n\n    ${boot.adminKey}\n\n`
        : `\nFirst start: created tenant '${boot.tenant.slug}' and admin ${boot.admin.email} with the key from DUALUSE_ADMIN_KEY.\n\n`,
    );
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, 'shutting down');
    stopCheckpoints();
    await http.close();
    await app.close();
    process.exit(0);
  };
  // Re-screens a stopped process left pending after a list change: resumed in the background.
  void runRescreenJobs(app, (msg) => app.logger.info(msg)).catch((error: unknown) =>
    app.logger.error({ err: error }, 'resuming list re-screens failed'),
  );
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
