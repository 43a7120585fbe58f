/**
 * `dualuse db check`: does this database match what the code expects, without changing it?
 * Migrations (applied, pending, changed since applied), the application role and its grants
 * (roles.ts), and one tenant-scoped read under that role — the operation every command needs.
 */
import type { Database } from './database';
import { loadMigrations, type Migration } from './migrate';
import { checkRoles, rolesHealthy } from './roles';

export interface DbCheckItem {
  check: string;
  ok: boolean;
  detail: string;
}

export async function checkDatabase(db: Database, migrations: Migration[] = loadMigrations()): Promise<DbCheckItem[]> {
  const items: DbCheckItem[] = [];
  const table = await db.raw((tx) =>
    tx.query<{ name: string | null }>(`SELECT to_regclass('public.dualuse_migrations')::text AS name`),
  );
  const applied = table[0]?.name
    ? new Map(
        (
          await db.raw((tx) =>
            tx.query<{ name: string; checksum: string }>('SELECT name, checksum FROM dualuse_migrations'),
          )
        ).map((r) => [r.name, r.checksum]),
      )
    : new Map<string, string>();
  const pending = migrations.filter((m) => !applied.has(m.name)).map((m) => m.name);
  const changed = migrations
    .filter((m) => applied.has(m.name) && applied.get(m.name) !== m.checksum)
    .map((m) => m.name);
  const unknown = [...applied.keys()].filter((n) => !migrations.some((m) => m.name === n));
  items.push({
    check: 'migrations',
    ok: pending.length === 0 && changed.length === 0 && unknown.length === 0,
    detail: [
      `${applied.size} applied`,
      pending.length ? `pending: ${pending.join(', ')} (dualuse db migrate)` : '',
      changed.length ? `changed after they were applied: ${changed.join(', ')}` : '',
      unknown.length ? `applied but unknown to this version (a newer dualuse migrated it?): ${unknown.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; '),
  });
  if (!table[0]?.name) return items;

  const roles = await checkRoles(db);
  items.push({
    check: 'role and grants',
    ok: rolesHealthy(roles),
    detail: rolesHealthy(roles)
      ? 'dualuse_app exists, the connecting role can use it, every grant of the migrations is in place, row-level security is on'
      : [
          roles.roleExists ? '' : 'role dualuse_app is missing (a restore onto a server without it?)',
          roles.roleExists && !roles.canSetRole ? 'the connecting role cannot SET ROLE dualuse_app' : '',
          roles.missingGrants.length
            ? `${roles.missingGrants.length} grant(s) missing, e.g. ${roles.missingGrants[0]}`
            : '',
          roles.rlsOff.length ? `row-level security is off on ${roles.rlsOff.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; ') + ' — `dualuse db migrate` repairs this',
  });

  // The operation every tenant-scoped command performs: a read as dualuse_app with a tenant set.
  const smoke = await db
    .raw(async (tx) => {
      const [t] = await tx.query<{ id: string }>('SELECT id FROM tenants ORDER BY created_at LIMIT 1');
      if (!t) return 'no tenant yet (dualuse admin init)';
      await tx.exec(`SET LOCAL ROLE dualuse_app`);
      await tx.query(`SELECT set_config('dualuse.tenant_id', $1, true)`, [t.id]);
      const [n] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
      return `read ${n?.n ?? 0} user(s) of the first tenant as dualuse_app`;
    })
    .then((detail) => ({ ok: true, detail }))
    .catch((error: Error) => ({ ok: false, detail: `a tenant-scoped read fails: ${error.message}` }));
  items.push({ check: 'tenant-scoped read', ...smoke });
  return items;
}

/** A round trip to the database (the server's readiness probe); rejects when it is not reachable. */
export async function pingDatabase(db: Database): Promise<void> {
  await db.raw((tx) => tx.query('SELECT 1'));
}
