import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeControlCost } from './control-cost';
import { parseDraftControl } from './draft-control';
import { tradeRowsFromShipments } from './shipments';

test("a tenant's own shipments as trade rows; uncountable items listed", () => {
  const { rows, problems } = tradeRowsFromShipments([
    {
      ref: 'S1',
      date: '2023-03-02',
      destination: 'KG',
      parties: [{ role: 'exporter', country: 'DE' }],
      items: [{ hsCode: '8542.31.90', value: 1000 }, { hsCode: '854232', unitPrice: 5, quantity: 10 }, { value: 3 }],
    },
    {
      ref: 'S2',
      date: null,
      destination: 'KZ',
      parties: [{ role: 'exporter', country: 'DE' }],
      items: [{ hsCode: '854231', value: 1 }],
    },
  ]);
  assert.deepEqual(
    rows.map((r) => [r.reporter, r.partner, r.hs, r.period, r.value]),
    [
      ['DE', 'KG', '85423190', '2023-03', 1000],
      ['DE', 'KG', '854232', '2023-03', 50],
    ],
  );
  assert.deepEqual(
    problems.map((p) => p.message),
    ['shipment S1: item 2: no HS code of 6–10 digits', 'shipment S2: no shipment date'],
  );
  const c = computeControlCost(
    parseDraftControl({
      name: 'x',
      hs: ['854231'],
      destinations: ['KG'],
      adopters: ['DE'],
      effectiveDate: '2024-01-01',
    }),
    rows,
  );
  assert.equal(c.total, 1000);
});
