/**
 * Every list snapshot in ../shared/data/lists, loaded once for the screening benches
 * (screening-lists.ts, screening-dump.ts): the newest complete snapshot of each list, the
 * CSL's copies of lists loaded from their own publisher's file left out.
 */
import type { ParsedList } from '@dualuse/core';
import { loadSharedList } from './support';

// The newest complete snapshot of every list (the CSL of 2022 brings the Entity List, MEU, UVL, ISN, DTC...).
const SNAPSHOTS: string[][] = [
  ['ofac', 'sdn-csv', '2024-05-03', 'sdn.csv'],
  ['ofac', 'non-sdn-cons', '2025-12-19'],
  ['un', '2026-08-01', 'consolidated.xml'],
  ['au-dfat', '2026-07-23', 'regulation8_consolidated.xlsx'],
  ['us-bis-dpl', '2023-11-28', 'dpl.txt'],
  ['us-csl', '2022-05-16', 'consolidated.csv.gz'],
  ['uk-ofsi', '2025-04-10', 'ofsi_conlist.xlsx'],
  ['eu-fsf', 'sample-2026-08-05', 'eu_fsf_sample.xml'],
  ['uk-fcdo', 'sample-2026-09-10', 'UK_Sanctions_List_sample.xml'],
];

const load = loadSharedList;

/** One parsed list per list id, in snapshot order. */
export function loadAllLists(): ParsedList[] {
  // The CSL repeats lists loaded from their own publisher's file (SDN, DPL); keep one of each list id.
  const byId = new Map<string, ParsedList>();
  for (const l of SNAPSHOTS.flatMap(load)) if (!byId.has(l.list)) byId.set(l.list, l);
  return [...byId.values()];
}
