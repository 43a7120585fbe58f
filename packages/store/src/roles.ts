/**
 * The `dualuse_app` role and its grants: checked and repaired on every migrate (start-up,
 * `dualuse db migrate`) and reported by `dualuse db check`.
 *
 * Why: roles are cluster-wide and grants are ACLs, so a dump restored onto another server
 * without the role (`pg_restore --no-acl`, or a role-less `pg_dump` plain file) brings back
 * every table and every migration record but no role and no grant. The migration history
 * then says "up to date" while every tenant-scoped command fails on SET ROLE. The grants
 * are read from the migrations themselves (each `GRANT ... TO dualuse_app;`), so a new
 * migration's grants are checked and repaired without touching this file.
 */
import type { Database, RawTx } from './database';
import { loadMigrations, type Migration } from './migrate';

export const APP_ROLE = 'dualuse_app';

export interface Grant {
  /** The statement as written in the migration. */
  statement: string;
  migration: string;
  /** One (privilege, object, column?) per check: SELECT on tenants, UPDATE (superseded_by) on licences... */
  checks: { privilege: string; object: string; column?: string; schema?: boolean }[];
}

const GRANT = /^GRANT\s+([\s\S]+?)\s+ON\s+(SCHEMA\s+|TABLE\s+)?([\s\S]+?)\s+TO\s+dualuse_app\s*;/gim;

/** Splits on commas outside parentheses: "SELECT, UPDATE (a, b)" → ["SELECT", "UPDATE (a, b)"]. */
function topLevel(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of list) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

export function grantsIn(migrations: Migration[] = loadMigrations()): Grant[] {
  const grants: Grant[] = [];
  for (const m of migrations) {
    for (const g of m.sql.matchAll(GRANT)) {
      const schema = /^SCHEMA/i.test(g[2] ?? '');
      const objects = topLevel(g[3]!);
      const checks: Grant['checks'] = [];
      for (const priv of topLevel(g[1]!)) {
        const [, name, cols] = /^(\w+)\s*(?:\(([^)]*)\))?$/.exec(priv) ?? [];
        if (!name) throw new Error(`${m.name}: cannot read the privilege '${priv}' in: ${g[0]}`);
        for (const object of objects) {
          if (cols)
            for (const column of cols.split(',').map((c) => c.trim()))
              checks.push({ privilege: name.toUpperCase(), object, column });
          else checks.push({ privilege: name.toUpperCase(), object, ...(schema ? { schema: true } : {}) });
        }
      }
      grants.push({ statement: g[0].replace(/\s+/g, ' '), migration: m.name, checks });
    }
  }
  return grants;
}

export interface RoleCheck {
  roleExists: boolean;
  /** The connecting role can SET ROLE dualuse_app (a superuser always can). */
  canSetRole: boolean;
  /** Grant statements of which at least one privilege is missing. */
  missingGrants: string[];
  /** Tenant tables whose row-level security is off (a restore with --no-... or a manual change). */
  rlsOff: string[];
}

export const rolesHealthy = (c: RoleCheck): boolean =>
  c.roleExists && c.canSetRole && c.missingGrants.length === 0 && c.rlsOff.length === 0;

async function inspect(tx: RawTx, grants: Grant[]): Promise<RoleCheck> {
  const [role] = await tx.query<{ exists: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS exists',
    [APP_ROLE],
  );
  const roleExists = Boolean(role?.exists);
  const [me] = roleExists
    ? await tx.query<{ ok: boolean }>(
        `SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) OR pg_has_role(current_user, $1, 'MEMBER') AS ok`,
        [APP_ROLE],
      )
    : [{ ok: false }];
  const missingGrants: string[] = [];
  if (roleExists) {
    // One round trip for all privileges (start-up runs this on every open).
    const flat = grants.flatMap((g, gi) => g.checks.map((c) => ({ gi, ...c })));
    const params: unknown[] = [APP_ROLE];
    const rows = flat.map((c) => {
      params.push(c.schema ? 's' : c.column ? 'c' : 't', c.object, c.column ?? null, c.privilege);
      const n = params.length;
      return `($${n - 3}::text, $${n - 2}::text, $${n - 1}::text, $${n}::text, ${c.gi})`;
    });
    const result = flat.length
      ? await tx.query<{ gi: number; ok: boolean }>(
          `SELECT gi, CASE kind WHEN 's' THEN has_schema_privilege($1, obj, priv) WHEN 'c' THEN has_column_privilege($1, obj, col, priv) ELSE has_table_privilege($1, obj, priv) END AS ok
             FROM (VALUES ${rows.join(', ')}) AS v(kind, obj, col, priv, gi)`,
          params,
        )
      : [];
    const bad = new Set(result.filter((r) => !r.ok).map((r) => r.gi));
    grants.forEach((g, gi) => bad.has(gi) && missingGrants.push(g.statement));
  } else missingGrants.push(...grants.map((g) => g.statement));
  // Every table with a tenant_isolation policy must have row-level security switched on.
  const rls = await tx.query<{ table: string }>(
    `SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relrowsecurity
        AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation') ORDER BY 1`,
  );
  return { roleExists, canSetRole: Boolean(me?.ok), missingGrants, rlsOff: rls.map((r) => r.table) };
}

export async function checkRoles(db: Database, grants = grantsIn()): Promise<RoleCheck> {
  return db.raw((tx) => inspect(tx, grants));
}

/**
 * Re-creates what is missing: the role (NOLOGIN), the connecting role's membership when it
 * is not a superuser, every grant of the migrations (GRANT is idempotent) and row-level
 * security on tenant tables. Returns what was missing before, for the caller to report.
 */
export async function repairRoles(db: Database, grants = grantsIn()): Promise<RoleCheck> {
  return db.raw(async (tx) => {
    const before = await inspect(tx, grants);
    if (rolesHealthy(before)) return before;
    await tx.exec(
      `DO $$ BEGIN CREATE ROLE ${APP_ROLE} NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;`,
    );
    await tx.exec(
      `DO $$ BEGIN IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN EXECUTE format('GRANT ${APP_ROLE} TO %I', current_user); END IF; END $$;`,
    );
    for (const g of grants) if (before.missingGrants.includes(g.statement)) await tx.exec(g.statement);
    for (const t of before.rlsOff) await tx.exec(`ALTER TABLE ${quoteIdent(t)} ENABLE ROW LEVEL SECURITY`);
    return before;
  });
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
