/**
 * Entity resolution throughput (issue 6): 50,000 generated party records resolved in one batch
 * on one core. The world: 20,000 companies in HK, AE, KG, KZ, TR, CN, each seen 1–4 times (a
 * shipment, a payment, a registry, a list) with the variants real records carry — legal form
 * ("Limited"/"Ltd"/"Co., Ltd"), case and punctuation, "Rm/Room/Flat", "13/F"/"13th Floor",
 * "Mongkok"/"Mong Kok", phones as "+852 …"/"00852-…"/national, e-mails in any case — plus
 * shells sharing a registration agent's address and phone (must stay apart). Prints records/s
 * and pairwise precision and recall against the generated truth.
 *
 *   node --import tsx bench/diversion-resolve.ts [--records 50000]
 */
import { cpus, loadavg } from 'node:os';
import { resolveParties, type ResolvableParty } from '@dualuse/core/diversion';

const N = Number(process.argv[process.argv.indexOf('--records') + 1]) || 50_000;
// mulberry32: a 32-bit generator in integer arithmetic (an LCG in doubles loses precision and cycles early).
let seed = 7;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const SYL = [
  'ka',
  'zen',
  'tor',
  'lin',
  'mar',
  'vex',
  'sol',
  'dri',
  'qua',
  'ber',
  'nox',
  'pel',
  'rim',
  'tan',
  'gor',
  'hai',
  'yun',
  'bek',
  'ast',
  'oru',
  'fen',
  'lux',
  'mir',
  'sta',
];
const WORDS = [
  'Trading',
  'Electronics',
  'Technology',
  'Industrial',
  'Supply',
  'Logistics',
  'Components',
  'International',
  'Global',
  'Machinery',
  'Semiconductor',
  'Import Export',
];
const FORMS: Record<string, string[][]> = {
  HK: [['Limited', 'Ltd', 'Co., Limited', 'Company Limited']],
  AE: [['FZE', 'FZCO', 'LLC', 'L.L.C.']],
  KG: [['LLC', 'OsOO', 'Ltd']],
  KZ: [['LLP', 'TOO']],
  TR: [['Ltd Sti', 'Limited Sirketi']],
  CN: [['Co., Ltd', 'Company Limited']],
};
const CODE: Record<string, string> = { HK: '852', AE: '971', KG: '996', KZ: '7', TR: '90', CN: '86' };
const DISTRICT = [
  'Mongkok|Mong Kok',
  'Wanchai|Wan Chai',
  'Tsimshatsui|Tsim Sha Tsui',
  'Sheung Wan|Sheungwan',
  'Kwun Tong|Kwuntong',
];
const UNIT = ['Rm', 'Room', 'Flat', 'Unit'];
const FLOOR = (f: number) => pick([`${f}/F`, `${f}F`, `${f}th Floor`, `Floor ${f}`]);

interface Company {
  name: string;
  form: string[];
  country: string;
  unit: number;
  floor: number;
  street: number;
  district: string;
  phone: string;
  email: string;
  reg?: string;
}
const companies: Company[] = [];
const agents = Array.from({ length: 50 }, (_, i) => ({
  unit: 100 + i,
  floor: 5 + (i % 20),
  street: 10 + i,
  district: pick(DISTRICT),
  phone: `2${String(1000000 + i * 7919).slice(0, 7)}`,
}));
for (let i = 0; companies.length < Math.round(N / 2.5); i++) {
  const country = pick(Object.keys(FORMS));
  const core = `${pick(SYL)}${pick(SYL)}${pick(SYL)}`;
  const name = `${core[0]!.toUpperCase()}${core.slice(1)} ${pick(WORDS)}${rand() < 0.4 ? ` ${pick(WORDS)}` : ''}`;
  // One company in five registered at one of 50 agents: same door and phone as hundreds of others.
  const agent = rand() < 0.2 ? pick(agents) : undefined;
  companies.push({
    name,
    form: FORMS[country]![0]!,
    country,
    unit: agent?.unit ?? 1 + Math.floor(rand() * 3000),
    floor: agent?.floor ?? 1 + Math.floor(rand() * 40),
    street: agent?.street ?? 1 + Math.floor(rand() * 900),
    district: agent?.district ?? pick(DISTRICT),
    phone: agent?.phone ?? String(20000000 + Math.floor(rand() * 79999999)),
    email: `sales@${core}${i}.com`,
    ...(rand() < 0.5 ? { reg: String(10000000 + i) } : {}),
  });
}
const records: ResolvableParty[] = [];
const truth: number[] = [];
for (let c = 0; records.length < N; c = (c + 1) % companies.length) {
  const co = companies[c]!;
  const [d1, d2] = co.district.split('|') as [string, string];
  const r = rand();
  records.push({
    ref: `r${records.length}`,
    name: `${rand() < 0.3 ? co.name.toUpperCase() : co.name}${rand() < 0.5 ? ',' : ''} ${pick(co.form)}`,
    country: co.country,
    address: `${pick(UNIT)} ${co.unit}, ${FLOOR(co.floor)}, ${co.street} Nathan Road, ${rand() < 0.5 ? d1 : d2}`,
    ...(r < 0.6
      ? { phones: [pick([`+${CODE[co.country]} ${co.phone}`, `00${CODE[co.country]}-${co.phone}`, co.phone])] }
      : {}),
    ...(r > 0.4 ? { emails: [rand() < 0.5 ? co.email : co.email.toUpperCase()] } : {}),
    ...(co.reg && rand() < 0.5 ? { identifiers: [{ scheme: `${co.country.toLowerCase()}-reg`, value: co.reg }] } : {}),
  });
  truth.push(c);
}
console.log(
  `records ${records.length.toLocaleString('en')} of ${companies.length.toLocaleString('en')} companies (${agents.length} registration agents shared by ~20 %)`,
);
const t0 = performance.now();
const c0 = process.cpuUsage();
const res = resolveParties(records);
const ms = performance.now() - t0;
const used = process.cpuUsage(c0);
const cpu = (used.user + used.system) / 1e6;
console.log(
  `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores; CPU time ${cpu.toFixed(2)} s = ${Math.round(records.length / cpu).toLocaleString('en')} records per CPU-second`,
);
console.log(
  `resolved in ${(ms / 1000).toFixed(2)} s = ${Math.round(records.length / (ms / 1000)).toLocaleString('en')} records/s; blocks ${res.stats.blocks.toLocaleString('en')}, candidate pairs ${res.stats.candidatePairs.toLocaleString('en')}, compared ${res.stats.compared.toLocaleString('en')}, links ${res.stats.links.toLocaleString('en')}, clusters ${res.clusters.length.toLocaleString('en')}, oversized blocks skipped ${res.skippedBlocks.length}`,
);
// Pairwise precision/recall of the clustering against the generated truth.
const idx = new Map(records.map((r, i) => [r.ref!, i]));
let predicted = 0;
let correct = 0;
for (const c of res.clusters) {
  const m = c.members.map((ref) => truth[idx.get(ref)!]!);
  for (let i = 0; i < m.length; i++)
    for (let j = i + 1; j < m.length; j++) {
      predicted++;
      if (m[i] === m[j]) correct++;
    }
}
const per = new Map<number, number>();
for (const t of truth) per.set(t, (per.get(t) ?? 0) + 1);
const actual = [...per.values()].reduce((a, k) => a + (k * (k - 1)) / 2, 0);
console.log(
  `pairwise precision ${(correct / Math.max(1, predicted)).toFixed(4)} (${correct.toLocaleString('en')}/${predicted.toLocaleString('en')}), recall ${(correct / actual).toFixed(4)} (of ${actual.toLocaleString('en')} true pairs)`,
);
