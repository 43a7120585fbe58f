// Import parsers: each layout read into the model, and each kind of bad input named by file, line and field.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { sharedData } from '../../../../../test/support/shared';
import { groupCounterparty } from '../alert-group';
import { formatOf, paymentAsShipment, parseCompanyFile, parsePaymentFile, parseShipmentFile } from './index';

const enc = (s: string) => new TextEncoder().encode(s);

describe('shipment files', () => {
  const head =
    'id,date,destination,route,route_mode,exporter_name,exporter_country,consignee_name,consignee_country,consignee_email,end_user_name,hs_code,quantity,value,lc_issuing_bank,lc_consigned_to,no_reexport_to_russia_clause';
  test('CSV: one row per item, rows sharing an id are one shipment; parties by role prefix; route and letter of credit', () => {
    const csv = `${head}\nS1,2025-03-01,Kyrgyzstan,DE>KZ>KG,road,Muster GmbH,DE,Silk Way LLC,KG,a@mail.ru;b@mail.ru,Silk Way LLC,854231,100,900,Bank X,Bank X,no\nS1,2025-03-01,Kyrgyzstan,DE>KZ>KG,road,Muster GmbH,DE,Silk Way LLC,KG,a@mail.ru;b@mail.ru,Silk Way LLC,8542.32,5,50,Bank X,Bank X,no\n`;
    const [s] = parseShipmentFile('o.csv', csv, 'csv');
    assert.equal(s!.line, 2);
    const x = s!.shipment;
    assert.deepEqual(
      [x.id, x.destination, x.items.length, x.items[1]!.hsCode, x.items[0]!.quantity],
      ['S1', 'KG', 2, '8542.32', 100],
    );
    assert.deepEqual(
      x.parties.map((p) => [p.role, p.name, p.country]),
      [
        ['exporter', 'Muster GmbH', 'DE'],
        ['consignee', 'Silk Way LLC', 'KG'],
        ['end_user', 'Silk Way LLC', undefined],
      ],
    );
    assert.deepEqual(x.parties[1]!.emails, ['a@mail.ru', 'b@mail.ru']);
    assert.deepEqual(x.route, [
      { from: 'DE', to: 'KZ', mode: 'road' },
      { from: 'KZ', to: 'KG', mode: 'road' },
    ]);
    assert.deepEqual(x.payment?.letterOfCredit, { issuingBank: 'Bank X', consignedTo: 'Bank X' });
    assert.equal(x.contract?.noReExportToRussiaClause, false);
  });
  test('CSV errors name line and column', () => {
    assert.throws(
      () => parseShipmentFile('o.csv', 'id,colour\nA,red', 'csv'),
      /o\.csv: line 1, field colour: unknown column/,
    );
    assert.throws(
      () => parseShipmentFile('o.csv', 'id,consignee_name,consignee_country\nA,X,Atlantis', 'csv'),
      /line 2, field consignee_country: unknown country "Atlantis"/,
    );
    assert.throws(
      () => parseShipmentFile('o.csv', 'id,consignee_name,hs_code\nA,X,854231\nA,X,12', 'csv'),
      /line 2, field hs_code \(item on line 3\): an HS code/,
    );
    assert.throws(
      () => parseShipmentFile('o.csv', 'id,consignee_name,quantity\nA,X,1\nA,Y,2', 'csv'),
      /line 3, field consignee_name: "Y" differs from line 2/,
    );
    assert.throws(
      () => parseShipmentFile('o.csv', 'id,consignee_name,route\nA,X,DE', 'csv'),
      /line 2, field route: a route needs at least two countries/,
    );
    assert.throws(
      () => parseShipmentFile('o.csv', 'id,consignee_name,quantity\nA,X,-1', 'csv'),
      /line 2, field quantity: -1 is below 0/,
    );
    assert.throws(
      () => parseShipmentFile('o.csv', 'id,date\nA,2025-01-01', 'csv'),
      /line 2, field consignee_name: a shipment needs at least one party/,
    );
  });
  test('JSON lines: validated by the shipment schema; a repeated id is refused', () => {
    const line = JSON.stringify({ id: 'A', parties: [{ role: 'consignee', name: 'X', country: 'HK' }] });
    assert.equal(parseShipmentFile('o.jsonl', `${line}\n\n`, 'jsonl').length, 1);
    assert.throws(
      () => parseShipmentFile('o.jsonl', `${line}\n${line}`, 'jsonl'),
      /o\.jsonl: line 2, field id: shipment "A" already on line 1/,
    );
    assert.throws(() => parseShipmentFile('o.jsonl', `${line}\n{"id":`, 'jsonl'), /line 2: not JSON/);
    assert.throws(
      () => parseShipmentFile('o.jsonl', JSON.stringify({ id: 'A', parties: [{ role: 'buyer', name: 'X' }] }), 'jsonl'),
      /line 1, field \/parties\/0\/role/,
    );
    assert.throws(() => parseShipmentFile('o.jsonl', '\n', 'jsonl'), /no record in the file/);
  });
  test('format from the file name or the option', () => {
    assert.equal(formatOf('a.CSV'), 'csv');
    assert.equal(formatOf('a.ndjson'), 'jsonl');
    assert.equal(formatOf('a.txt', 'csv'), 'csv');
    assert.throws(() => formatOf('a.xlsx'), /cannot tell the format/);
  });
});

describe('payment files', () => {
  test('CSV and JSON lines (nested letterOfCredit), countries as codes', () => {
    const [p] = parsePaymentFile(
      'p.csv',
      'id,payer,payer_bank_country,amount,currency,lc_invoice_names_end_user\nP1,Orion FZE,United Arab Emirates,1 000,usd,no',
      'csv',
    );
    assert.deepEqual(p!.payment, {
      id: 'P1',
      payer: 'Orion FZE',
      payerBankCountry: 'AE',
      amount: 1000,
      currency: 'USD',
      letterOfCredit: { invoiceNamesEndUser: false },
    });
    const [q] = parsePaymentFile(
      'p.jsonl',
      JSON.stringify({
        id: 'P2',
        payer: 'Y',
        shipmentId: 'S1',
        letterOfCredit: { issuingBank: 'B', issuingBankCountry: 'HK' },
      }),
      'jsonl',
    );
    assert.deepEqual(
      [q!.payment.shipmentId, q!.payment.letterOfCredit],
      ['S1', { issuingBank: 'B', issuingBankCountry: 'HK' }],
    );
  });
  test('errors name line and field', () => {
    assert.throws(
      () => parsePaymentFile('p.csv', 'id,payer,date\nP1,X,31/02/2024', 'csv'),
      /p\.csv: line 2, field date: "31\/02\/2024" is not a date/,
    );
    assert.throws(() => parsePaymentFile('p.csv', 'id,amount\nP1,5', 'csv'), /line 2, field payer: required/);
    assert.throws(
      () => parsePaymentFile('p.jsonl', '{"id":"P","payer":"X","colour":"red"}', 'jsonl'),
      /line 1, field colour: unknown field/,
    );
    assert.throws(
      () => parsePaymentFile('p.csv', 'id,payer\nP,X\nP,Y', 'csv'),
      /line 3, field id: payment "P" already on line 2/,
    );
  });
  test('a payment without a shipment is scored on its own parties: payer as purchaser, beneficiary as exporter', () => {
    const s = paymentAsShipment({
      id: 'P',
      payer: 'Orion FZE',
      payerCountry: 'AE',
      beneficiary: 'Muster GmbH',
      beneficiaryCountry: 'DE',
    });
    assert.deepEqual(
      s.parties.map((p) => [p.role, p.name, p.country]),
      [
        ['purchaser', 'Orion FZE', 'AE'],
        ['exporter', 'Muster GmbH', 'DE'],
      ],
    );
  });
});

describe('company files', () => {
  test('CSV with company, person, shareholder, officer and link rows', () => {
    const csv =
      'record,id,name,country,incorporated,address,from,to,percentage,role,start_date\ncompany,A,Alpha Ltd,HK,2023-03-01,Rm 1 | Rm 2,,,,,\nperson,P,Ivan Petrov,RU,,,,,,,\nshareholder,S1,,,,,P,A,75,,2023-03-01\nofficer,O1,,,,,P,A,,director,\nlink,L1,,,,,P,A,,nominee,\n';
    const f = parseCompanyFile('c.csv', enc(csv), 'csv');
    assert.deepEqual(
      f.companies.map((c) => [c.ref, c.kind, c.addresses.length]),
      [
        ['A', 'company', 2],
        ['P', 'person', 0],
      ],
    );
    assert.deepEqual(
      f.links.map((l) => [l.kind, l.from, l.to, l.percentage ?? null, l.role ?? null]),
      [
        ['ownership', 'P', 'A', 75, null],
        ['directorship', 'P', 'A', null, 'director'],
        ['unknown', 'P', 'A', null, 'nominee'],
      ],
    );
  });
  test('errors name line and field', () => {
    assert.throws(
      () => parseCompanyFile('c.csv', enc('record,id,name\nfirm,X,Y'), 'csv'),
      /c\.csv: line 2, field record: "firm" is not company/,
    );
    assert.throws(
      () => parseCompanyFile('c.csv', enc('record,id,from,to,percentage\nshareholder,S,A,B,120'), 'csv'),
      /line 2, field percentage: 120 is more than 100/,
    );
    assert.throws(
      () => parseCompanyFile('c.csv', enc('record,id,from,to,percentage\nofficer,S,A,B,10'), 'csv'),
      /only a shareholder row has a percentage/,
    );
    assert.throws(
      () => parseCompanyFile('c.csv', enc('record,id,name\ncompany,A,X\ncompany,A,Y'), 'csv'),
      /line 3, field id: company "A" already on line 2/,
    );
  });
  test('FollowTheMoney: the OFAC network slice (all listed), dates in registry style, ownership with percentage', () => {
    const path = sharedData('graph', 'ofac-russia-network-sample', 'entities.ftm.jsonl');
    const f = parseCompanyFile(path, new Uint8Array(readFileSync(path)), 'jsonl');
    assert.deepEqual(
      [f.format, f.companies.length, f.links.length, f.companies.every((c) => c.listed)],
      ['ftm', 299, 80, true],
    );
    assert.equal(f.companies.find((c) => c.ref === 'ofac-17013')!.incorporated, '1990-10-17');
    const ftm = [
      {
        id: 'c1',
        schema: 'Company',
        properties: { name: ['Alpha'], jurisdiction: ['Cyprus'], incorporationDate: ['2022-05-03'] },
      },
      { id: 'p1', schema: 'Person', properties: { name: ['Ivan'], topics: ['sanction'] } },
      {
        id: 'o1',
        schema: 'Ownership',
        properties: { owner: ['p1'], asset: ['c1'], percentage: ['50%'], startDate: ['2022-06-01'] },
      },
      {
        id: 'd1',
        schema: 'Directorship',
        properties: { director: ['p1'], organization: ['c1'], role: ['General Director'] },
      },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n');
    const g = parseCompanyFile('x.ftm.jsonl', enc(ftm), 'jsonl');
    assert.deepEqual(
      g.companies.map((c) => [c.ref, c.kind, c.country ?? null, c.listed]),
      [
        ['c1', 'company', 'CY', false],
        ['p1', 'person', null, true],
      ],
    );
    // No `datasets`: listed, on no list the ownership regimes know.
    assert.deepEqual(g.companies.find((c) => c.ref === 'p1')!.listedOn, []);
    assert.deepEqual(
      g.links.map((l) => [l.kind, l.percentage ?? null, l.startDate ?? null, l.role ?? null]),
      [
        ['ownership', 50, '2022-06-01', null],
        ['directorship', null, null, 'General Director'],
      ],
    );
  });
});

describe('alert grouping key', () => {
  test('FollowTheMoney `datasets` name the lists (OpenSanctions ZALA excerpt): Zakharov is on the SDN and EU lists', () => {
    const path = sharedData('lists', 'ftm', 'opensanctions-zala', '2026-04-29', 'entities.ftm.json');
    const f = parseCompanyFile('entities.ftm.jsonl', new Uint8Array(readFileSync(path)), 'jsonl');
    const zakharov = f.companies.find((c) => c.ref === 'NK-aU5ybkbRFJucf8YMwsJvDw')!;
    assert.deepEqual([zakharov.listed, [...zakharov.listedOn].sort()], [true, ['eu_fsf', 'us_ofac_sdn']]);
  });
  test('CSV `listed_on`: ids or aliases, implies listed; an unknown list or listed=false with lists is refused', () => {
    const csv = (row: string) => enc(`record,id,name,listed,listed_on\n${row}\n`);
    const one = (row: string) => parseCompanyFile('c.csv', csv(row), 'csv').companies[0]!;
    assert.deepEqual(
      [one('company,A,Alpha,,us-bis-entity-list|us_ofac_sdn')].map((c) => [c.listed, c.listedOn]),
      [[true, ['us_bis_entity_list', 'us_ofac_sdn']]],
    );
    assert.throws(
      () => one('company,A,Alpha,,ofac'),
      /c\.csv: line 2, field listed_on: unknown list "ofac" \(known: us_ofac_sdn/,
    );
    assert.throws(() => one('company,A,Alpha,false,eu_fsf'), /line 2, field listed: false, but listed_on names eu_fsf/);
  });
  test('legal forms and case fold together; another script joins by name score; another country does not', () => {
    const known: { key: string; name: string; country: string | undefined }[] = [];
    const a = groupCounterparty({ name: 'Asia Components LLC', country: 'KG' }, known);
    assert.equal(groupCounterparty({ name: 'ASIA COMPONENTS, OOO', country: 'KG' }, known).key, a.key);
    const cyr = groupCounterparty({ name: 'ООО Азия Компонентс', country: 'KG' }, known);
    assert.equal(cyr.key, a.key, cyr.why);
    assert.notEqual(groupCounterparty({ name: 'Asia Components LLC', country: 'KZ' }, known).key, a.key);
  });
});
