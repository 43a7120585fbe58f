// `dualuse determine` as a user runs it, on an embedded database with the shared CCL snapshot.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cliSandbox } from '../../../test/sandbox';
import { sharedData } from '../../../../../test/support/shared';

describe('dualuse determine', () => {
  const { home, run, cleanup } = cliSandbox('determine');
  before(async () => {
    assert.equal((await run('admin', 'init')).code, 0);
    assert.equal((await run('controls', 'import', sharedData('controls', 'us-ccl-ecfr', 'ccl_parsed.json'))).code, 0);
    assert.equal((await run('regulations', 'import', sharedData('regulations', 'us-ear-ecfr', '2026-09-24'))).code, 0);
  });
  after(cleanup);

  // Issue 17: a bad line no longer refuses the batch; it is reported and the rest determined (exit 9); --strict refuses
  // (exit 2).
  test('--input transactions.jsonl --format jsonl writes one determination per line; a bad line is one error line (exit 9), --strict exits 2', async () => {
    const base = {
      date: '2026-11-23',
      exporter: { country: 'US' },
      destination: 'CN',
      items: [{ classification: { US: '2B001.a' }, origin: 'US' }],
    };
    const file = join(home, 'transactions.jsonl');
    writeFileSync(
      file,
      `${JSON.stringify({ ...base, id: 'A' })}\n\n${JSON.stringify({ ...base, id: 'B', destination: 'CA' })}\n`,
    );
    const r = await run('determine', '--input', file, '--format', 'jsonl');
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      lines.map((l) => [l.id, l.determinations.US.decision]),
      [
        ['A', 'LICENCE_REQUIRED'],
        ['B', 'NO_LICENCE_REQUIRED'],
      ],
    );
    assert.ok(lines[0].determinations.US.rules.some((x: { citation: string }) => /742\.4/.test(x.citation)));

    writeFileSync(
      file,
      `${JSON.stringify({ ...base, id: 'C', items: [{ origin: 'USA', classification: { US: '2B001.a' } }] })}\n{"id": "D",\n${JSON.stringify({ ...base, id: 'E' })}\n`,
    );
    const partial = await run('determine', '--input', file, '--format', 'jsonl');
    assert.equal(partial.code, 9, partial.stderr);
    const out = partial.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      out.map((l) => l.id ?? [l.line, l.error.field]),
      [[1, 'items/0/origin'], [2, 'row'], 'E'],
    );
    assert.match(out[0].error.message, /line 1 \/items\/0\/origin/);
    const strict = await run('determine', '--input', file, '--format', 'jsonl', '--strict');
    assert.equal(strict.code, 2);
    assert.equal(strict.stdout, '');
    assert.match(strict.stderr, /line 1 \/items\/0\/origin/);
  });
});
