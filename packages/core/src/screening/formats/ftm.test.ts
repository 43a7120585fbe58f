import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../../test/support/shared';
import { parseFtm } from './ftm';

const tally = (xs: string[]) => xs.reduce<Record<string, number>>((a, x) => ((a[x] = (a[x] ?? 0) + 1), a), {});

test('FtM zala excerpt: 17 parties, 21 edges (Ownership 14, Family 4, Directorship 3), sanctions folded in', () => {
  const l = parseFtm(
    'entities.ftm.json',
    readFileSync(sharedData('lists', 'ftm', 'opensanctions-zala', '2026-04-29', 'entities.ftm.json')),
  );
  assert.deepEqual(tally(l.entries.map((e) => e.type)), { person: 6, organization: 11 });
  assert.deepEqual(tally((l.links ?? []).map((x) => x.schema)), { Ownership: 14, Family: 4, Directorship: 3 });
  assert.equal(l.publishedAt, '2026-04-29');
  const cst = l.entries.find((e) => e.sourceId === 'NK-abdzbEBkqyT29GyREbiURZ')!;
  assert.ok(cst.programs.length > 0, 'programmes from Sanction records');
  assert.ok(l.links!.filter((x) => x.schema === 'Ownership' && x.to === cst.sourceId).length >= 4, 'owners of CST');
  const osetrova = l.entries.find((e) => e.sourceId === 'NK-2Tbri3s6GgNtAwsSXh4qpL')!;
  assert.deepEqual(
    [osetrova.names[0], osetrova.birthDates, osetrova.countries],
    [{ full: 'Maria Aleksandrovna Osetrova', kind: 'primary' }, [{ date: '1988-01-07' }], ['RU']],
  );
  assert.ok(osetrova.identifiers.some((i) => i.type === 'tax_id' && i.value === '183116181362'));
  assert.ok(osetrova.names.some((n) => n.script === 'Cyrl'));
});

test('FtM OFAC Russia network sample: Company 248, Person 51, UnknownLink 80 (graph/SOURCE.md)', () => {
  const l = parseFtm(
    'entities.ftm.jsonl',
    readFileSync(sharedData('graph', 'ofac-russia-network-sample', 'entities.ftm.jsonl')),
  );
  assert.deepEqual(tally(l.entries.map((e) => e.type)), { organization: 248, person: 51 });
  assert.equal(l.links?.length, 80);
  const vtb = l.entries.find((e) => e.sourceId === 'ofac-17013')!;
  assert.deepEqual(
    [vtb.names[0]!.full, vtb.programs, vtb.countries],
    ['VTB BANK PUBLIC JOINT STOCK COMPANY', ['UKRAINE-EO13662', 'RUSSIA-EO14024'], ['CN', 'IN', 'RU']],
  );
});
