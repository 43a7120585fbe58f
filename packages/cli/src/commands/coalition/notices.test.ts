// `dualuse coalitions partners|notices` as a user runs them: the agency's key from DUALUSE_COALITION_KEYS_DIR, a
// partner's key registered, a batch import that reports the tampered file and imports the rest.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { noticeKeyId, signNotice, type CoalitionNotice } from '@dualuse/core/coalition';
import { keyPairFromSeed } from '@dualuse/core/tracking';
import { cliSandbox } from '../../../test/sandbox';

const partner = keyPairFromSeed(new Uint8Array(32).fill(3));
const denial = (id: string): CoalitionNotice => ({
  type: 'dualuse.coalition-notice',
  v: 1,
  id,
  kind: 'denial',
  issuer: { agencyId: 'sbdu', name: 'SBDU', country: 'FR', keyId: noticeKeyId(partner.publicKey) },
  issuedAt: '2026-11-02T10:00:00.000Z',
  body: {
    denial: {
      id,
      agencyId: 'sbdu',
      agencyName: 'SBDU',
      agencyCountry: 'FR',
      regimeRef: `FR-${id}`,
      controlEntries: [{ jurisdiction: 'EU', code: '2B001.b' }],
      item: '5-axis milling machine',
      destination: 'KG',
      endUse: 'Spare parts',
      reason: 'Diversion risk',
      criteria: ['EU-CP-2008/944-7'],
      deniedParties: [{ role: 'end_user', name: 'Ala-Too Machine Trading LLC', country: 'KG' }],
      deniedOn: '2026-11-02',
      reviewDate: '2029-11-02',
    },
  },
});

describe('dualuse coalitions notices', () => {
  const keys = mkdtempSync(join(tmpdir(), 'dualuse-notice-keys-'));
  const { home, run, cleanup } = cliSandbox('notices', { DUALUSE_COALITION_KEYS_DIR: keys });
  before(async () => {
    assert.equal((await run('admin', 'init')).code, 0);
    assert.equal((await run('audit', 'keygen', '--out', join(keys, 'operator.pem'))).code, 0);
    assert.equal((await run('coalitions', 'register', '{"name":"BAFA","country":"DE"}')).code, 0);
  });
  after(() => {
    cleanup();
    rmSync(keys, { recursive: true, force: true });
  });

  test('key, partner key, batch import with a tampered file, re-import is a no-op', async () => {
    const key = JSON.parse((await run('coalitions', 'notices', 'key')).stdout) as { publicKey: string; keyId: string };
    assert.equal(key.keyId, noticeKeyId(key.publicKey));
    const add = await run('coalitions', 'partners', 'add-key', partner.publicKey, '--name', 'SBDU', '--country', 'FR');
    assert.equal(add.code, 0, add.stderr);
    const good = signNotice(denial('d-1'), partner.seed);
    const tampered = structuredClone(signNotice(denial('d-2'), partner.seed));
    (tampered.notice.body.denial as { reason: string }).reason = 'No objection';
    writeFileSync(join(home, 'good.json'), JSON.stringify(good));
    writeFileSync(join(home, 'tampered.json'), JSON.stringify(tampered));
    const batch = await run('coalitions', 'notices', 'import', join(home, 'tampered.json'), join(home, 'good.json'));
    assert.equal(batch.code, 2, 'a refused file makes the exit code 2');
    const out = JSON.parse(batch.stdout) as { status: string; error?: string }[];
    assert.deepEqual(
      out.map((r) => r.status),
      ['refused', 'imported'],
    );
    assert.match(out[0]!.error!, /does not verify against the key registered for SBDU/);
    const again = await run('coalitions', 'notices', 'import', join(home, 'good.json'));
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /"status": "duplicate"/);
    const list = JSON.parse((await run('coalitions', 'notices', 'list', '--direction', 'received')).stdout) as {
      id: string;
    }[];
    assert.deepEqual(
      list.map((n) => n.id),
      ['d-1'],
    );
    assert.match((await run('denials', 'list', 'visible')).stdout, /"regimeRef": "FR-d-1"/);
  });
});
