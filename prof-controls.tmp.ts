import { classifyItem } from './packages/core/src/controls/index';
const item = { parameters: { item_kind: 'integrated_circuit', dense_tops: 1979, bit_length: 8, die_area_mm2: 814, designed_for_datacenter: true } };
for (let i = 0; i < 3000; i++) classifyItem(item, { asOf: '2026-11-23' });
const t0 = performance.now(); for (let i = 0; i < 10000; i++) classifyItem(item, { asOf: '2026-11-23' }); console.log('avg µs', (performance.now() - t0) * 100);
