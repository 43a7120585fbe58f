// Diversion records end to end on both engines, with the real OFAC Russia network slice as the
// list: imports are all-or-nothing, alerts are one per shipment and grouped by counterparty,
// ownership and networks come from imported companies, cases run their lifecycle, all per tenant.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { inTenantRaw } from '@dualuse/store';
import { testEngines } from '@dualuse/store/testing';
import type { AppContext } from '../context';
import { listAuditRecords } from '../audit/log';
import { addCaseEvent, getCase, listAlerts, listCases, openCase } from './cases';
import { partyNetwork, partyOwnership } from './graph';
import { importCompanies, importPayments, importShipments } from './records';
import { cliPrincipal } from '../access/principals';
import { enc, exporter, jsonl, OFAC, openDiversionWorld } from './records-support.test';

// Consignee at the Solo Workshops office that OFAC-listed Hong Kong shells share (address match, alerts alone).
const solo = 'Rm 617, 6th Floor, 131-132 Connaught Rd West, Solo Workshops, Hong Kong';
const shipments = [
  {
    id: 'S-1',
    date: '2025-05-02',
    destination: 'HK',
    parties: [exporter, { role: 'consignee', name: 'Bright Star Components Ltd', country: 'HK', address: solo }],
    items: [{ hsCode: '854231', quantity: 5000 }],
  },
  {
    id: 'S-2',
    date: '2025-06-02',
    destination: 'HK',
    parties: [
      exporter,
      { role: 'consignee', name: 'BRIGHT STAR COMPONENTS LIMITED', country: 'Hong Kong', address: solo },
    ],
    items: [{ hsCode: '854231', quantity: 800 }],
  },
  {
    id: 'S-3',
    date: '2025-06-03',
    destination: 'CH',
    parties: [
      exporter,
      { role: 'consignee', name: 'Precision Parts GmbH', country: 'CH' },
      { role: 'end_user', name: 'Precision Parts GmbH', country: 'CH' },
    ],
    items: [{ hsCode: '848180', quantity: 3 }],
    endUseStatement: true,
    contract: { noReExportToRussiaClause: true },
  },
];

for (const engine of testEngines()) {
  describe(`diversion records and cases on ${engine}`, () => {
    let app: AppContext;
    let admin: ReturnType<typeof cliPrincipal>;
    let analyst: ReturnType<typeof cliPrincipal>;
    let officer: ReturnType<typeof cliPrincipal>;
    let other: ReturnType<typeof cliPrincipal>;
    before(async () => {
      ({ app, admin, analyst, officer, other } = await openDiversionWorld(engine));
    });
    after(() => app.close());

    test('a bad line stores nothing and names file, line and field', async () => {
      const bad = jsonl([
        shipments[0],
        shipments[1],
        { ...shipments[2], parties: [exporter, { role: 'consignee', name: 'X', country: 'Atlantis' }] },
      ]);
      await assert.rejects(
        importShipments(app, analyst, { name: 'orders.jsonl', bytes: bad }),
        /orders\.jsonl: line 3, field \/parties\/1\/country: unknown country "Atlantis"/,
      );
      const csv =
        'id,date,consignee_name,consignee_country,hs_code,quantity\nC-1,2025-01-01,Alpha Ltd,HK,854231,10\nC-1,2025-01-01,Alpha Ltd,HK,854232,ten\n';
      await assert.rejects(
        importShipments(app, analyst, { name: 'orders.csv', bytes: enc(csv) }),
        /orders\.csv: line 3, field quantity: "ten" is not a number/,
      );
      await assert.rejects(
        importShipments(app, analyst, { name: 'orders.csv', bytes: enc('id,colour\nA,red\n') }),
        /line 1, field colour: unknown column/,
      );
      assert.equal((await listAlerts(app, admin)).alerts.length, 0);
      assert.equal((await listAuditRecords(app, admin, { action: 'diversion.import', limit: 5 })).records.length, 0);
    });

    test('import scores each shipment; one alert per shipment, grouped by counterparty; a re-import stores nothing', async () => {
      await assert.rejects(
        importShipments(app, cliPrincipal({ id: admin.tenantId, isOperator: true }, 'auditor'), {
          name: 'o.jsonl',
          bytes: jsonl(shipments),
        }),
        /may not diversion:write/,
      );
      const r = await importShipments(app, analyst, { name: 'orders.jsonl', bytes: jsonl(shipments) });
      assert.deepEqual([r.batch.records, r.batch.alerts], [3, 2]);
      assert.deepEqual(
        r.results.map((x) => [x.id, x.alert]),
        [
          ['S-1', true],
          ['S-2', true],
          ['S-3', false],
        ],
      );
      const s1 = r.results[0]!;
      assert.ok(
        s1.flags.some(
          (f) =>
            f.tag === 'address_match_listed' && /TORDAN|WARGOS|ALPHA TRADING/.test(f.why) && f.citation.length > 10,
        ),
        JSON.stringify(s1.flags),
      );
      const queue = await listAlerts(app, admin);
      assert.equal(queue.alerts.length, 2);
      assert.equal(queue.groups.length, 1, 'Ltd / LIMITED in HK are one counterparty');
      assert.equal(queue.groups[0]!.alertIds.length, 2);
      assert.ok(queue.groups[0]!.tags.address_match_listed === 2);
      await assert.rejects(
        importShipments(app, analyst, {
          name: 'again.jsonl',
          bytes: jsonl([{ ...shipments[2], id: 'S-4' }, shipments[0]]),
        }),
        /again\.jsonl: line 2, field id: shipment "S-1" is already imported/,
      );
      assert.equal((await listAlerts(app, admin)).alerts.length, 2);
      const audit = await listAuditRecords(app, admin, { action: 'diversion.import', limit: 5 });
      assert.equal(audit.records.length, 1);
      assert.ok(Object.keys(audit.records[0]!.inputVersions).some((k) => k.startsWith('list:')));
    });

    test('payments: scored with their shipment, or on their own parties; an unknown shipment stores nothing', async () => {
      const csv =
        'id,shipment_id,date,payer,payer_bank,payer_bank_country,amount,currency\nP-1,S-3,2025-06-04,Orion Trading FZE,Emirates Bank,AE,9000,EUR\nP-2,,2025-06-05,Precision Parts GmbH,UBS,CH,100,CHF\n';
      const bad = csv.replace('P-2,,', 'P-2,S-99,');
      await assert.rejects(
        importPayments(app, analyst, { name: 'pay.csv', bytes: enc(bad) }),
        /pay\.csv: line 3, field shipment_id: no imported shipment "S-99"/,
      );
      const r = await importPayments(app, analyst, { name: 'pay.csv', bytes: enc(csv) });
      const p1 = r.results.find((x) => x.id === 'P-1')!;
      assert.ok(
        p1.flags.some((f) => f.tag === 'payment_from_third_country' && /AE/.test(f.why)),
        JSON.stringify(p1.flags),
      );
      assert.ok(!r.results.find((x) => x.id === 'P-2')!.flags.some((f) => f.tag === 'payment_from_third_country'));
    });

    test('companies: FtM and CSV imports; ownership as of a date with the chain; the network explains every edge', async () => {
      const ftm = await importCompanies(app, analyst, {
        name: 'entities.ftm.jsonl',
        bytes: new Uint8Array(readFileSync(OFAC)),
      });
      assert.deepEqual([ftm.batch.format, ftm.companies, ftm.links, ftm.listed], ['ftm', 299, 80, 299]);
      const dangling =
        'record,id,name,country,from,to,percentage,start_date\ncompany,B,Bravo Trading LLC,AE,,,,\nshareholder,SH-9,,,Nobody,B,60,\n';
      await assert.rejects(
        importCompanies(app, analyst, { name: 'reg.csv', bytes: enc(dangling) }),
        /reg\.csv: line 3, field from: no company or person "Nobody"/,
      );
      const csv = [
        'record,id,name,country,listed_on,from,to,percentage,start_date,role',
        'company,L,Listed Holding AO,RU,us_ofac_sdn;eu_fsf,,,,,',
        'company,A,Alpha Invest Ltd,CY,,,,,,',
        'company,B,Bravo Trading LLC,AE,,,,,,',
        'shareholder,SH-1,,,,L,A,60,2023-01-01,',
        'shareholder,SH-2,,,,A,B,50,2023-01-01,',
        'officer,OF-1,,,,ofac-17013,B,,,director',
      ].join('\n');
      await importCompanies(app, analyst, { name: 'reg.csv', bytes: enc(csv) });
      const own = await partyOwnership(app, analyst, 'B', '2024-01-01');
      const regime = (id: string) => own.regimes.find((x) => x.regime === id)!;
      // OFAC: 50 % or more counts (Revised Guidance 2014); EU: more than 50 % (Best Practices para. 62).
      assert.deepEqual([regime('ofac_50_percent').covered, regime('ofac_50_percent').aggregate], [true, 50]);
      assert.equal(regime('eu_ownership_control').covered, false);
      assert.match(
        regime('ofac_50_percent').chain,
        /50 % by Alpha Invest Ltd \[covered: 60 % by Listed Holding AO \(listed\)\]/,
      );
      assert.equal(
        (await partyOwnership(app, analyst, 'B', '2022-06-01')).regimes.find((x) => x.regime === 'ofac_50_percent')!
          .covered,
        false,
        'stakes start 2023',
      );
      const net = await partyNetwork(app, analyst, 'B');
      assert.ok(net.edges.length >= 2 && net.edges.every((e) => e.why.length > 10));
      assert.ok(
        net.edges.some(
          (e) => e.kind === 'directorship' && /VTB BANK/.test(e.why) && /director of Bravo Trading LLC/.test(e.why),
        ),
      );
      assert.ok(net.pathToListed && net.pathToListed.length === 1, JSON.stringify(net.pathToListed));
      await assert.rejects(
        partyNetwork(app, analyst, 'nobody'),
        /party "nobody" among the imported companies was not found/,
      );
      // Scoring on import reads the imported ownership graph on each shipment's date: the consignee carries the company
      // id.
      const bravo = { role: 'consignee', id: 'B', name: 'Bravo Trading LLC', country: 'AE' };
      const imp = await importShipments(app, analyst, {
        name: 'b.jsonl',
        bytes: jsonl([
          { id: 'S-B', date: '2024-06-01', parties: [exporter, bravo], items: [] },
          { id: 'S-B0', date: '2022-06-01', parties: [exporter, bravo], items: [] },
        ]),
      });
      const owned = imp.results[0]!.flags.find((f) => f.tag === 'ownership_50pct_blocked');
      assert.match(owned?.why ?? '', /50 % by A \[covered: 60 % by L \(listed\)\]/);
      assert.ok(!imp.results[1]!.flags.some((f) => f.tag === 'ownership_50pct_blocked'), 'stakes start in 2023');
      assert.match(imp.inputVersions.registry ?? '', /^sha256:/);
    });

    test('case lifecycle: open from a group, note, evidence, assign, officer closes; closed takes nothing more', async () => {
      const { groups } = await listAlerts(app, analyst, { status: 'open' });
      const opened = await openCase(app, analyst, { alertIds: groups[0]!.alertIds });
      const id = opened.case.id;
      assert.equal(opened.alerts.length, groups[0]!.alertIds.length);
      assert.ok(opened.alerts.every((a) => a.status === 'in_case'));
      await assert.rejects(openCase(app, analyst, { alertIds: [groups[0]!.alertIds[0]!] }), /already in a case/);
      await addCaseEvent(app, analyst, id, {
        kind: 'note',
        text: 'Two orders to the Solo Workshops office within a month.',
      });
      await addCaseEvent(app, analyst, id, {
        kind: 'evidence',
        description: 'HK Companies Registry extract',
        url: 'https://www.icris.cr.gov.hk/',
      });
      await addCaseEvent(app, analyst, id, { kind: 'assign', assignee: app.config.DUALUSE_ADMIN_EMAIL });
      await assert.rejects(
        addCaseEvent(app, analyst, id, { kind: 'close', decision: 'declined', reason: 'shell address' }),
        /may not cases:decide/,
      );
      await assert.rejects(
        addCaseEvent(app, officer, id, { kind: 'close', decision: 'declined', reason: ' ' }),
        /say why/,
      );
      const closed = await addCaseEvent(app, officer, id, {
        kind: 'close',
        decision: 'declined',
        reason: 'Consignee shares a listed shell office; order refused.',
      });
      assert.deepEqual([closed.case.status, closed.case.decision], ['closed', 'declined']);
      assert.ok(closed.alerts.every((a) => a.status === 'closed'));
      assert.deepEqual(
        closed.events.map((e) => e.kind),
        ['opened', 'note', 'evidence', 'assign', 'close'],
      );
      await assert.rejects(addCaseEvent(app, analyst, id, { kind: 'note', text: 'late' }), /is closed/);
      await assert.rejects(
        inTenantRaw(app.db, admin.tenantId, (tx) =>
          tx.query(`UPDATE case_events SET body = '{}' WHERE case_id = $1`, [id]),
        ),
        /immutable|permission denied/,
      );
      const audit = await listAuditRecords(app, admin, { action: 'case.', limit: 20 });
      assert.deepEqual(audit.records.map((r) => r.action).sort(), [
        'case.assign',
        'case.close',
        'case.evidence',
        'case.note',
        'case.open',
      ]);
      assert.equal((await listCases(app, admin, { status: 'closed' })).length, 1);
    });

    test('another tenant sees none of it', async () => {
      assert.deepEqual((await listAlerts(app, other)).alerts, []);
      const [c] = await listCases(app, admin);
      await assert.rejects(getCase(app, other, c!.id), /was not found/);
      await assert.rejects(partyOwnership(app, other, 'B', '2024-01-01'), /was not found/);
      const mine = (await listAlerts(app, admin)).alerts.map((a) => a.id);
      await assert.rejects(openCase(app, other, { alertIds: mine }), /alert\(s\) not found/);
      // Row-level security itself, table by table, with hand-written SQL in each tenant.
      for (const table of [
        'import_batches',
        'shipments',
        'payments',
        'companies',
        'company_links',
        'alerts',
        'cases',
        'case_events',
      ]) {
        const count = async (tenant: string) =>
          Number(
            (
              await inTenantRaw(app.db, tenant, (tx) =>
                tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`),
              )
            )[0]!.n,
          );
        assert.ok((await count(admin.tenantId)) > 0, `${table} has rows in tenant A`);
        assert.equal(await count(other.tenantId), 0, `${table} seen from tenant B`);
      }
      await assert.rejects(
        inTenantRaw(app.db, other.tenantId, (tx) =>
          tx.query(`INSERT INTO cases (tenant_id, title, opened_by) VALUES ($1, 'x', '{}')`, [admin.tenantId]),
        ),
        /row-level security/,
      );
    });
  });
}
