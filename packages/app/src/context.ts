/**
 * Everything a use case needs from the outside world, opened once per process: the
 * database (migrated on open), the logger and the clock. Server, CLI and tests build one.
 */
import { join, resolve } from 'node:path';
import { migrate, openDatabase, repairRoles, type Database, type RoleCheck } from '@dualuse/store';
import pino, { type Logger } from 'pino';
import type { Config } from './config';
import { lockEmbedded } from './embedded-lock';
import { LoginThrottle } from './access/login-throttle';

export interface AppContext {
  db: Database;
  config: Config;
  logger: Logger;
  now: () => Date;
  /** Failed sign-ins per account and address (access/login-throttle.ts). */
  loginThrottle: LoginThrottle;
  /** Migrations this open applied (empty when the schema was current). */
  migrated: string[];
  /** Role, grants and row-level security this open found missing and restored (store/roles.ts). */
  repaired: string[];
  close(): Promise<void>;
}

export interface OpenAppOptions {
  /** Where logs go: 1 = stdout (server), 2 = stderr (CLI, keeps stdout for --json). */
  logFd?: 1 | 2;
  /** Use this database instead of opening one from the config (tests). */
  db?: Database;
  /** false: neither migrate nor repair roles (`dualuse db check` looks at the database as it is). */
  prepare?: boolean;
}

export async function openApp(config: Config, options: OpenAppOptions = {}): Promise<AppContext> {
  const logger = pino(
    { level: config.LOG_LEVEL, base: { service: 'dualuse' } },
    pino.destination({ fd: options.logFd ?? 1, sync: true }),
  );
  let release = () => {};
  let db = options.db;
  if (!db) {
    if (config.DATABASE_URL) {
      db = await openDatabase({ databaseUrl: config.DATABASE_URL, poolSize: config.DUALUSE_DB_POOL });
    } else {
      const home = resolve(config.DUALUSE_HOME);
      release = lockEmbedded(home);
      try {
        db = await openDatabase({ dataDir: join(home, 'db') });
      } catch (error) {
        release();
        throw error;
      }
    }
  }
  let migrated: string[] = [];
  let repaired: string[] = [];
  try {
    if (options.prepare !== false) {
      migrated = (await migrate(db)).applied;
      if (migrated.length) logger.info({ applied: migrated }, 'database migrated');
      repaired = describeRepair(await repairRoles(db));
      if (repaired.length) logger.warn({ repaired }, 'database roles and grants were missing and have been restored');
    }
  } catch (error) {
    await db.close();
    release();
    throw error;
  }
  const opened = db;
  return {
    db: opened,
    config,
    logger,
    now: () => new Date(),
    loginThrottle: new LoginThrottle(config.DUALUSE_LOGIN_MAX_ATTEMPTS),
    migrated,
    repaired,
    close: async () => {
      await opened.close();
      release();
    },
  };
}

/** What a role check found missing, one line each (empty: nothing was). */
export function describeRepair(c: RoleCheck): string[] {
  return [
    ...(c.roleExists ? [] : ['role dualuse_app']),
    ...(c.canSetRole ? [] : ['membership of the connecting role in dualuse_app']),
    ...c.missingGrants,
    ...c.rlsOff.map((t) => `row-level security on ${t}`),
  ];
}
