/**
 * PGlite is one process's database: a second process opening the same folder would corrupt
 * it. A lock file turns that into a clear error ("stop the server or use DATABASE_URL").
 *
 * Taking the lock is one atomic step: link(2) of a file holding our pid, which fails when the
 * lock exists, so of two processes starting together exactly one succeeds (the former check-then-write let both
 * pass). A lock left by a process that died is taken over by renaming it to a name of our
 * own (rename is atomic: one contender wins), checking that its pid is still dead, and
 * trying the exclusive create again.
 */
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function lockEmbedded(home: string): () => void {
  mkdirSync(home, { recursive: true });
  const lock = join(home, 'db.lock');
  // The pid is written to a file of our own first and linked into place: link(2) fails if the
  // lock exists, so the lock appears atomically and never without its pid.
  const mine = `${lock}.${process.pid}.tmp`;
  writeFileSync(mine, String(process.pid));
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(mine, lock);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        takeOverIfStale(lock, home);
        continue;
      }
      return () => {
        // Remove only our own lock, never one a later process took over.
        if (holder(lock) === process.pid) rmSync(lock, { force: true });
      };
    }
  } finally {
    rmSync(mine, { force: true });
  }
  throw new Error(
    `cannot take the lock ${lock}: other processes keep taking it; is another dualuse starting on ${home}?`,
  );
}

function takeOverIfStale(lock: string, home: string): void {
  const pid = holder(lock);
  if (pid === undefined) return; // gone in the meantime, or being written: try again
  if (pid > 0 && isAlive(pid)) inUse(home, pid);
  const stale = `${lock}.stale-${process.pid}-${Date.now()}`;
  try {
    renameSync(lock, stale);
  } catch {
    return; // another contender moved it first
  }
  const moved = holder(stale);
  if (moved !== undefined && moved > 0 && moved !== pid && isAlive(moved)) {
    // We moved a lock a live process had just taken: put it back (link fails if one exists).
    try {
      linkSync(stale, lock);
    } finally {
      rmSync(stale, { force: true });
    }
    inUse(home, moved);
  }
  rmSync(stale, { force: true });
}

/** The pid in a lock file; 0 for content that is not a pid (a damaged file); undefined if absent. */
function holder(file: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const pid = Number(text.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : 0;
}

function inUse(home: string, pid: number): never {
  throw new Error(
    `the embedded database in ${home} is in use by process ${pid} (a running 'dualuse start'?); stop it, or point both at a PostgreSQL server with DATABASE_URL`,
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
