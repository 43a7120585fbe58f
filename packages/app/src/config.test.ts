import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigError, loadConfig } from './config';

const home = () => mkdtempSync(join(tmpdir(), 'dualuse-config-'));

test('defaults give an embedded database on port 8080', () => {
  const c = loadConfig({ DUALUSE_HOME: home() });
  assert.equal(c.PORT, 8080);
  assert.equal(c.DATABASE_URL, undefined);
});

test('a wrong value names the setting and why', () => {
  assert.throws(
    () => loadConfig({ DUALUSE_HOME: home(), PORT: 'eighty' }),
    (e: unknown) => e instanceof ConfigError && /PORT: /.test(e.message),
  );
  assert.throws(
    () => loadConfig({ DUALUSE_HOME: home(), DATABASE_URL: 'mysql://x' }),
    /DATABASE_URL: must start with postgres/,
  );
  assert.throws(
    () => loadConfig({ DUALUSE_HOME: home(), DUALUSE_ADMIN_KEY: 'short' }),
    /DUALUSE_ADMIN_KEY: must be at least 32/,
  );
});

test('a config file is read, the environment wins, and unknown keys are refused', () => {
  const dir = home();
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ PORT: 9000, LOG_LEVEL: 'debug' }));
  const c = loadConfig({ DUALUSE_HOME: dir, LOG_LEVEL: 'warn' });
  assert.equal(c.PORT, 9000);
  assert.equal(c.LOG_LEVEL, 'warn');
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ PROT: 9000 }));
  assert.throws(() => loadConfig({ DUALUSE_HOME: dir }), /PROT: unknown setting/);
  writeFileSync(join(dir, 'config.json'), '{not json');
  assert.throws(() => loadConfig({ DUALUSE_HOME: dir }), /DUALUSE_CONFIG: cannot read/);
});
