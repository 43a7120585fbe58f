// Issue 14 "Done when", across two deployments: DE's and FR's agencies each run their own `dualuse start` process on
// their own database, with their own notice key. DE refuses X; the signed denial is pushed to FR; FR's case for X's
// essentially identical application shows the match; FR consults DE by signed messages; FR approves with a
// justification; the signed undercut notice reaches DE; both audit chains verify. Tampered, unknown-key and
// replayed-with-different-content notices are refused; re-import is a no-op.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import {
  bootstrapOperator,
  cliPrincipal,
  createApiKey,
  createTenant,
  createUser,
  generateCheckpointKey,
  loadConfig,
  openApp,
} from '@dualuse/app';
import { keyPairFromSeed } from '@dualuse/core/tracking';
import { signNotice, type SignedNotice } from '@dualuse/core/coalition';
import { openTestDatabase, prepareTestDataDir, testEngines, type Engine } from '@dualuse/store/testing';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
type Body = Record<string, unknown>;

interface Deployment {
  url: string;
  keys: Record<string, string>;
  tenant: Record<string, string>;
  seed: string;
  stop(): Promise<void>;
}

/** Tenants, users and operator-issued keys, made in-process like `dualuse admin …`; then the server is started. */
async function prepare(env: Record<string, string>, agency: string) {
  const app = await openApp(loadConfig(env), {});
  const boot = (await bootstrapOperator(app))!;
  const op = cliPrincipal({ id: boot.tenant.id, isOperator: true });
  const keys: Record<string, string> = {};
  const tenant: Record<string, string> = {};
  for (const [name, slug, kind] of [
    [agency, `agency-${agency}`, 'agency'],
    ['x', 'exporter-x', 'company'],
  ] as const) {
    const admin = { email: `admin@${name}.example`, name: `${name} admin` };
    const t = await createTenant(app, op, { slug, name, kind, admin });
    keys[name] = t.adminKey;
    tenant[name] = t.tenant.id;
  }
  const ap = cliPrincipal({ id: tenant[agency]!, isOperator: false });
  for (const [user, role] of [
    ['o1', 'officer'],
    ['o2', 'officer'],
    ['cs', 'countersigner'],
    ['gateway', 'officer'],
  ] as const) {
    const u = await createUser(app, ap, { email: `${user}@${agency}.example`, name: `${agency} ${user}`, role });
    keys[`${agency}-${user}`] = (await createApiKey(app, ap, { name: user, userId: u.id })).key;
  }
  await app.close();
  return { keys, tenant };
}

async function deploy(engine: Engine, agency: string): Promise<Deployment> {
  const home = mkdtempSync(join(tmpdir(), `dualuse-${agency}-`));
  const keysDir = join(home, 'keys');
  mkdirSync(keysDir);
  const pair = generateCheckpointKey();
  writeFileSync(join(keysDir, `agency-${agency}.pem`), pair.privateKeyPem, { mode: 0o600 });
  const db = engine === 'postgres' ? await openTestDatabase('postgres') : undefined;
  if (!db) await prepareTestDataDir(join(home, 'db'));
  const env: Record<string, string> = {
    DUALUSE_HOME: home,
    DUALUSE_COALITION_KEYS_DIR: keysDir,
    LOG_LEVEL: 'silent',
    PORT: '0',
    DUALUSE_AUDIT_CHECKPOINT_MINUTES: '0',
    ...(db?.url ? { DATABASE_URL: db.url } : {}),
  };
  const { keys, tenant } = await prepare(env, agency);
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', 'start'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await upAt(child, agency);
  const seed = String(createPrivateKey(pair.privateKeyPem).export({ format: 'jwk' }).d);
  return {
    url,
    keys,
    tenant,
    seed,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      await db?.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

function upAt(child: ChildProcess, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /dualuse is up at (http:\/\/\S+) /.exec(out);
      if (m) resolve(m[1]!);
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => reject(new Error(`${name} server exited ${code}: ${err || out}`)));
  });
}

/** Who calls: a deployment and the name of the API key to use there. */
type As = [Deployment, string];

async function call([d, who]: As, method: string, path: string, body?: unknown) {
  const res = await fetch(`${d.url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${d.keys[who]}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as Body, text };
}
async function ok([d, who]: As, method: string, path: string, body?: unknown): Promise<Body> {
  const r = await call([d, who], method, path, body);
  assert.ok(r.status < 300, `${who} ${method} ${path}: ${r.status} ${r.text}`);
  return r.body;
}

const application = (agencyId: string, ref: string, endUser: string, code: object) => ({
  agencyId,
  reference: ref,
  destination: 'KG',
  items: [{ description: '5-axis milling machine', controlEntries: [code] }],
  parties: [{ role: 'end_user', name: endUser, country: 'KG', address: 'Chui Ave 12, Bishkek' }],
  endUse: 'Spare parts for agricultural machinery',
});

for (const engine of testEngines()) {
  describe(`signed coalition notices between two deployments on ${engine}`, () => {
    let de: Deployment;
    let fr: Deployment;
    /** Pushes an issued notice from one deployment to the other's import endpoint, as its gateway user. */
    const push = async (from: As, [to, gateway]: As, noticeId: string) =>
      ok(from, 'POST', '/coalition/notices/push', {
        noticeId,
        endpoint: `${to.url}/api/v1`,
        token: to.keys[gateway],
      });

    before(async () => {
      [de, fr] = await Promise.all([deploy(engine, 'de'), deploy(engine, 'fr')]);
      await ok([de, 'de'], 'POST', '/agencies', { name: 'BAFA', country: 'DE' });
      await ok([fr, 'fr'], 'POST', '/agencies', { name: 'SBDU', country: 'FR' });
      const deKey = await ok([de, 'de'], 'GET', '/coalition/notices/key');
      const frKey = await ok([fr, 'fr'], 'GET', '/coalition/notices/key');
      await ok([fr, 'fr'], 'POST', '/coalition/partners', { publicKey: deKey.publicKey, name: 'BAFA', country: 'DE' });
      await ok([de, 'de'], 'POST', '/coalition/partners', { publicKey: frKey.publicKey, name: 'SBDU', country: 'FR' });
    });
    after(async () => Promise.all([de?.stop(), fr?.stop()]));

    test('DE denies, FR matches, consults DE, approves with justification; DE receives the undercut', async () => {
      const a1 = String(
        (
          await ok([de, 'x'], 'POST', '/applications', {
            ...application(de.tenant.de!, 'X-1', 'Ala-Too Machine Trading LLC', {
              jurisdiction: 'EU',
              code: '2B001.b',
            }),
          })
        ).id,
      );
      await ok([de, 'de-o1'], 'POST', `/applications/${a1}/assign`, { to: 'de o1' });
      await ok([de, 'de-cs'], 'POST', `/applications/${a1}/countersign`, { text: 'agree' });
      const refusal = await ok([de, 'de-o2'], 'POST', `/applications/${a1}/decision`, {
        kind: 'refuse',
        criteria: ['EU-CP-2008/944-7'],
        reason: 'Diversion risk',
        regimeRef: 'DE-2026-7',
      });
      const denialId = (refusal.denial as { id: string }).id;

      // DE signs its denial and pushes it to FR's deployment.
      const signed = (await ok([de, 'de-o1'], 'POST', '/coalition/notices/export', {
        kind: 'denial',
        id: denialId,
      })) as unknown as SignedNotice;
      assert.equal(signed.notice.kind, 'denial');
      const pushed = await push([de, 'de-o1'], [fr, 'fr-gateway'], signed.notice.id);
      assert.equal(pushed.status, 'imported');
      assert.equal((await ok([fr, 'fr-gateway'], 'POST', '/coalition/notices/import', signed)).status, 'duplicate');

      // Refusals, each with its reason.
      const tampered = structuredClone(signed);
      (tampered.notice.body.denial as Body).reason = 'No objection';
      const t = await call([fr, 'fr-gateway'], 'POST', '/coalition/notices/import', tampered);
      assert.equal(t.status, 400);
      assert.match(t.text, /does not verify against the key registered for BAFA/);
      const stranger = keyPairFromSeed(new Uint8Array(32).fill(7));
      const forged = signNotice(
        { ...signed.notice, issuer: { ...signed.notice.issuer, keyId: 'ab'.repeat(8) } },
        stranger.seed,
      );
      const u = await call([fr, 'fr-gateway'], 'POST', '/coalition/notices/import', forged);
      assert.equal(u.status, 400);
      assert.match(u.text, /not a registered partner key/);
      const replay = signNotice(
        { ...signed.notice, body: { denial: { ...(signed.notice.body.denial as Body), reason: 'Changed' } } },
        de.seed,
      );
      const r = await call([fr, 'fr-gateway'], 'POST', '/coalition/notices/import', replay);
      assert.equal(r.status, 409);
      assert.match(r.text, /cannot be reused for different content/);

      // X applies to FR for the same transaction; FR's case shows DE's denial.
      const a2 = String(
        (
          await ok([fr, 'x'], 'POST', '/applications', {
            ...application(fr.tenant.fr!, 'X-2', 'Ala Too Machine Trading L.L.C.', {
              jurisdiction: 'WA',
              code: '2.B.1.b',
            }),
          })
        ).id,
      );
      const matches = (await ok([fr, 'fr-o1'], 'POST', `/applications/${a2}/match`)).items as {
        denialId: string;
        agencyName: string;
        essentiallyIdentical: boolean;
        explanation: string[];
      }[];
      assert.deepEqual(
        matches.map((m) => [m.denialId, m.agencyName, m.essentiallyIdentical]),
        [[denialId, 'BAFA', true]],
      );
      assert.ok(matches[0]!.explanation.length > 0);
      await ok([fr, 'fr-o1'], 'POST', `/applications/${a2}/assign`, { to: 'fr o1' });
      await ok([fr, 'fr-cs'], 'POST', `/applications/${a2}/countersign`, { text: 'ok' });
      const approve = {
        kind: 'approve_with_provisos',
        provisos: ['No re-export'],
        expires: '2028-12-31',
        undercutJustification: 'Civil end use verified on site',
      };
      const blocked = await call([fr, 'fr-o2'], 'POST', `/applications/${a2}/decision`, approve);
      assert.equal(blocked.status, 409);
      assert.match(blocked.text, /no consultation with BAFA/);

      // FR consults DE by signed messages; DE answers; FR records the outcome.
      const q = (await ok([fr, 'fr-o1'], 'POST', '/coalition/notices/consult', {
        applicationId: a2,
        denialId,
        question: 'Grounds of DE-2026-7?',
      })) as unknown as SignedNotice;
      await push([fr, 'fr-o1'], [de, 'de-gateway'], q.notice.id);
      const thread = String(q.notice.body.thread);
      assert.equal(
        (await call([fr, 'fr-o1'], 'POST', '/coalition/notices/reply', { thread, kind: 'outcome', text: 'x' })).status,
        409,
      );
      const answer = (await ok([de, 'de-o1'], 'POST', '/coalition/notices/reply', {
        thread,
        kind: 'answer',
        text: 'Procurement for a military plant',
      })) as unknown as SignedNotice;
      await push([de, 'de-o1'], [fr, 'fr-gateway'], answer.notice.id);
      assert.equal(
        (await call([fr, 'fr-o2'], 'POST', `/applications/${a2}/decision`, approve)).status,
        409,
        'not closed',
      );
      const outcome = (await ok([fr, 'fr-o1'], 'POST', '/coalition/notices/reply', {
        thread,
        kind: 'outcome',
        text: 'FR verified civil use',
      })) as unknown as SignedNotice;
      await push([fr, 'fr-o1'], [de, 'de-gateway'], outcome.notice.id);

      const approved = await ok([fr, 'fr-o2'], 'POST', `/applications/${a2}/decision`, approve);
      assert.deepEqual(
        (approved.undercuts as { denialId: string }[]).map((x) => x.denialId),
        [denialId],
      );
      const issued = (await ok([fr, 'fr'], 'GET', '/coalition/notices?kind=undercut&direction=issued')).items as {
        id: string;
      }[];
      assert.equal(issued.length, 1);
      await push([fr, 'fr-o1'], [de, 'de-gateway'], issued[0]!.id);
      const received = (await ok([de, 'de'], 'GET', '/coalition/notices?kind=undercut&direction=received')).items as {
        issuer: { name: string };
        signed: SignedNotice;
      }[];
      assert.deepEqual(
        received.map((n) => [n.issuer.name, n.signed.notice.body.denialId, n.signed.notice.body.justification]),
        [['SBDU', denialId, 'Civil end use verified on site']],
      );

      for (const [d, t2] of [
        [de, 'de'],
        [de, 'x'],
        [fr, 'fr'],
        [fr, 'x'],
      ] as const)
        assert.equal((await ok([d, t2], 'GET', '/audit/verify')).ok, true, `${t2} on ${d.url}`);
      const frAudit = (await ok([fr, 'fr'], 'GET', '/audit?limit=200')).records as { action: string }[];
      for (const action of [
        'coalition.notice.import.denial',
        'coalition.notice.issue.undercut',
        'coalition.notice.push',
      ])
        assert.ok(
          frAudit.some((a) => a.action === action),
          `${action} in FR's chain`,
        );
    });
  });
}
