// Issue 12 §8: a populated PostgreSQL database dumped with pg_dump and restored onto a fresh
// database without its grants (`pg_restore --no-acl --no-owner`, what a restore onto another
// server gives). Before: `db migrate` said "up to date" and every tenant-scoped command failed
// (permission denied as dualuse_app). Now `db check` says what is missing, `db migrate`
// restores it, and the smoke checks pass: screening finds the listed person, the audit chain
// verifies, also against the signed checkpoint taken before the dump. PostgreSQL only; the
// scratch databases are dropped afterwards.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { adminQuery, TEST_PG_URL, testEngines, withDatabase } from '@dualuse/store/testing';
import { sharedData } from '../../../test/support/shared';
import { cliSandbox } from './sandbox';

const pg = testEngines().includes('postgres');
const suffix = `${process.pid}_${Date.now()}`;
const source = `dualuse_restore_src_${suffix}`;
const target = `dualuse_restore_dst_${suffix}`;

describe(
  'backup and restore on PostgreSQL',
  { skip: pg ? false : 'PostgreSQL tests are off (no DUALUSE_TEST_PG_TEMPLATE)' },
  () => {
    const src = cliSandbox('restore-src', {
      DATABASE_URL: withDatabase(TEST_PG_URL, source),
      DUALUSE_LIST_MAX_AGE_DAYS: '0',
    });
    const dst = cliSandbox('restore-dst', {
      DATABASE_URL: withDatabase(TEST_PG_URL, target),
      DUALUSE_LIST_MAX_AGE_DAYS: '0',
    });
    const keyFile = join(src.home, 'audit-signing.pem');
    const checkpoints = join(src.home, 'checkpoints.jsonl');
    const dump = join(src.home, 'backup.dump');

    before(async () => {
      await adminQuery(`CREATE DATABASE ${source}`);
      await adminQuery(`CREATE DATABASE ${target}`);
    });
    after(async () => {
      await adminQuery(`DROP DATABASE IF EXISTS ${source} WITH (FORCE)`);
      await adminQuery(`DROP DATABASE IF EXISTS ${target} WITH (FORCE)`);
      src.cleanup();
      dst.cleanup();
    });

    test('a pg_dump restored without grants is detected, repaired by db migrate, and passes the smoke checks', async () => {
      // A populated database: tenant, users, a list, a screening, and a signed audit checkpoint.
      assert.equal((await src.run('admin', 'init')).code, 0);
      assert.equal(
        (await src.run('admin', 'create-user', '--email', 'olga@agency.example', '--name', 'Olga', '--role', 'officer'))
          .code,
        0,
      );
      const imported = await src.run('lists', 'import', sharedData('lists', 'un', '2026-08-01', 'consolidated.xml'));
      // 7: another list's age warning (issue 12 §11, not ours)
      assert.ok([0, 7].includes(imported.code), imported.stderr);
      const before = await src.run('--json', 'screen', 'Eric Badege');
      assert.equal(before.code, 0, before.stderr);
      assert.equal((await src.run('audit', 'keygen', '--out', keyFile)).code, 0);
      Object.assign(src.env, { DUALUSE_AUDIT_SIGNING_KEY_FILE: keyFile, DUALUSE_AUDIT_CHECKPOINT_FILE: checkpoints });
      const signed = await src.run('audit', 'checkpoint');
      assert.equal(signed.code, 0, signed.stderr);

      execFileSync('pg_dump', ['--format=custom', `--file=${dump}`, withDatabase(TEST_PG_URL, source)]);
      execFileSync('pg_restore', ['--no-acl', '--no-owner', `--dbname=${withDatabase(TEST_PG_URL, target)}`, dump]);

      const broken = await dst.run('--json', 'db', 'check');
      assert.equal(broken.code, 6, broken.stdout + broken.stderr);
      const checks = (JSON.parse(broken.stdout) as { checks: { check: string; ok: boolean; detail: string }[] }).checks;
      assert.deepEqual(
        checks.map((c) => [c.check, c.ok]),
        [
          ['migrations', true],
          ['role and grants', false],
          ['tenant-scoped read', false],
        ],
      );
      assert.match(checks[2]!.detail, /permission denied/);

      const repaired = await dst.run('--json', 'db', 'migrate');
      assert.equal(repaired.code, 0, repaired.stderr);
      const r = JSON.parse(repaired.stdout) as { applied: string[]; repaired: string[] };
      assert.deepEqual(r.applied, []);
      assert.ok(
        r.repaired.some((s) => /GRANT SELECT ON tenants TO dualuse_app/.test(s)),
        JSON.stringify(r.repaired),
      );
      assert.equal((await dst.run('db', 'check')).code, 0);

      // Smoke checks on the restored database.
      const after = await dst.run('--json', 'screen', 'Eric Badege');
      assert.equal(after.code, 0, after.stderr);
      const hits = (s: string) => JSON.stringify(JSON.parse(s)).match(/"entryId"/g)?.length ?? 0;
      assert.ok(
        hits(after.stdout) > 0 && hits(after.stdout) === hits(before.stdout),
        `${hits(before.stdout)} hits before, ${hits(after.stdout)} after`,
      );
      Object.assign(dst.env, { DUALUSE_AUDIT_SIGNING_KEY_FILE: keyFile });
      const verified = await dst.run('audit', 'verify', '--checkpoint', checkpoints);
      assert.equal(verified.code, 0, verified.stdout + verified.stderr);
      assert.match(verified.stdout, /intact, \d+ records.*held to checkpoint/);
    });
  },
);
