// The CLI as a user runs it: a separate process on the same database as the server would use.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { openDatabase, type Database } from '@dualuse/store';
import { openTestDatabase, testEngines, type TestDatabase } from '@dualuse/store/testing';

const BIN = fileURLToPath(new URL('../bin/dualuse.js', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  json: Record<string, unknown>;
}

for (const engine of testEngines()) {
  describe(`dualuse CLI on ${engine}`, () => {
    let env: Record<string, string>;
    let pgDb: TestDatabase | undefined;
    let home: string;

    const dualuse = (args: string[], extraEnv: Record<string, string> = {}) =>
      new Promise<Run>((resolve) => {
        execFile(
          process.execPath,
          [BIN, ...args],
          { env: { ...env, ...extraEnv }, timeout: 120_000 },
          (error, stdout, stderr) => {
            let json: Record<string, unknown> = {};
            try {
              json = JSON.parse(stdout) as Record<string, unknown>;
            } catch {
              /* human output */
            }
            resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr, json });
          },
        );
      });

    /** Change the database behind the CLI's back, as an attacker with the owner's rights would. */
    async function tamper(sql: string): Promise<void> {
      const db: Database = pgDb ?? (await openDatabase({ dataDir: join(home, 'db') }));
      try {
        await db.raw(async (tx) => {
          await tx.exec('ALTER TABLE audit_events DISABLE TRIGGER USER');
          await tx.exec(sql);
          await tx.exec('ALTER TABLE audit_events ENABLE TRIGGER USER');
        });
      } finally {
        if (!pgDb) await db.close();
      }
    }

    before(async () => {
      home = mkdtempSync(join(tmpdir(), 'dualuse-cli-'));
      env = { PATH: process.env.PATH ?? '', HOME: home, DUALUSE_HOME: home, LOG_LEVEL: 'warn' };
      if (engine === 'postgres') {
        pgDb = await openTestDatabase('postgres');
        env.DATABASE_URL = pgDb.url!;
      }
    });
    after(async () => pgDb?.close());

    test('admin init creates the operator and prints its key once; a second init is refused', async () => {
      const first = await dualuse(['--json', 'admin', 'init']);
      assert.equal(first.code, 0, first.stderr);
      assert.match(String(first.json.adminKey), /^du_/);
      const second = await dualuse(['admin', 'init']);
      assert.equal(second.code, 2);
      assert.match(second.stderr, /already has tenants/);
    });

    test('users are created and listed, bad input exits 2 naming the option', async () => {
      const created = await dualuse([
        '--json',
        'admin',
        'create-user',
        '--email',
        'Officer@Agency.example',
        '--name',
        'Olga',
        '--role',
        'officer',
      ]);
      assert.equal(created.code, 0, created.stderr);
      const list = await dualuse(['--json', 'users', 'list']);
      assert.deepEqual((list.json.users as { email: string }[]).map((u) => u.email).sort(), [
        'admin@dualuse.local',
        'officer@agency.example',
      ]);
      const bad = await dualuse(['admin', 'create-user', '--email', 'x@y.example', '--name', 'X', '--role', 'boss']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /--role must be/);
      const missing = await dualuse(['users', 'list', '--tenant', 'nobody']);
      assert.equal(missing.code, 4);
    });

    test('a wrong setting stops the command with exit 6 naming it', async () => {
      const r = await dualuse(['db', 'status'], { PORT: 'eighty' });
      assert.equal(r.code, 6);
      assert.match(r.stderr, /PORT: /);
    });

    test('audit verify passes on an intact log and exits 3 naming the edited record', async () => {
      const ok = await dualuse(['--json', 'audit', 'verify']);
      assert.equal(ok.code, 0, ok.stderr);
      assert.equal(ok.json.ok, true);
      await tamper(`UPDATE audit_events SET details = '{"email":"evil@x.example","role":"admin"}' WHERE seq = 2`);
      const bad = await dualuse(['--json', 'audit', 'verify']);
      assert.equal(bad.code, 3);
      const [operator] = bad.json.tenants as { findings: { kind: string; seq: number }[] }[];
      assert.deepEqual(
        operator!.findings.map((f) => [f.kind, f.seq]),
        [['edited', 2]],
      );
      const human = await dualuse(['audit', 'verify']);
      assert.match(human.stdout, /TAMPERED[\s\S]*edited at 2/);
    });
  });
}
