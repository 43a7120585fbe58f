/**
 * First-pass rate of descriptive classification on our held-out-style product set
 * (packages/core/src/controls/parameters/testdata/held-out-products.ts): how many products
 * described in one line plus their datasheet figures get a decided US answer (listed or not
 * listed) and the expected entries, with and without reading the description. Prints figures.
 *
 *   node --import tsx bench/controls-describe.ts
 */
import { classifyItem } from '@dualuse/core';
import { HELD_OUT_PRODUCTS } from '../packages/core/src/controls/parameters/testdata/held-out-products';

const asOf = '2026-11-23';
for (const inferFromDescription of [false, true]) {
  const byFamily = new Map<string, { n: number; decided: number; right: number }>();
  for (const p of HELD_OUT_PRODUCTS) {
    const r = classifyItem(
      { description: p.description, parameters: p.parameters },
      { asOf, jurisdictions: ['US'], inferFromDescription },
    );
    const codes = r.entries.map((e) => e.code);
    const f = byFamily.get(p.family) ?? { n: 0, decided: 0, right: 0 };
    f.n++;
    if (r.verdict !== 'undetermined') f.decided++;
    if (r.verdict !== 'undetermined' && JSON.stringify(codes) === JSON.stringify(p.expect)) f.right++;
    byFamily.set(p.family, f);
  }
  const total = [...byFamily.values()].reduce(
    (a, f) => ({ n: a.n + f.n, decided: a.decided + f.decided, right: a.right + f.right }),
    { n: 0, decided: 0, right: 0 },
  );
  console.log(
    `${inferFromDescription ? 'after ' : 'before'} (reading the description: ${inferFromDescription}): first pass decided ${total.decided}/${total.n}, expected entries ${total.right}/${total.n}; ` +
      [...byFamily].map(([k, f]) => `${k} ${f.right}/${f.n}`).join(', '),
  );
}
