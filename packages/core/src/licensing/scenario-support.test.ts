/**
 * Helpers for the licensing scenario tests (a *.test.ts so it may read shared data; it has
 * one self-check). The US control data is the shared eCFR snapshot of the CCL (H1 2025).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../test/support/shared';
import { parseCclJson } from '../controls/ccl-json';
import type { ControlEntry } from '../controls/model';
import type { PartyHit } from './conditions';
import { determineTransaction, type DetermineOptions } from './engine';
import type { Determination, DeterminationResult } from './model';
import { sharedTables } from '../regulations/shared-tables.test';

let ccl: Map<string, ControlEntry> | undefined;
export function cclEntries(): Map<string, ControlEntry> {
  ccl ??= new Map(
    parseCclJson(readFileSync(sharedData('controls', 'us-ccl-ecfr', 'ccl_parsed.json'), 'utf8'), {
      effectiveFrom: '2025-01-16',
      version: 'shared eCFR snapshot',
    }).entries.map((e) => [e.code, e]),
  );
  return ccl;
}

export interface Scenario {
  date?: string;
  exporter?: string;
  destination: string;
  items: Record<string, unknown>[];
  parties?: { role: string; name: string; country?: string }[];
  end_use?: string[];
  technology_release_to?: string;
}

export function run(s: Scenario, options: DetermineOptions = {}): DeterminationResult {
  const tx = {
    id: 'T',
    date: s.date ?? '2026-11-23',
    exporter: { name: 'Exporter', country: s.exporter ?? 'US' },
    items: s.items,
    destination: s.destination,
    parties: s.parties ?? [],
    end_use: s.end_use ?? [],
    ...(s.technology_release_to ? { technology_release_to: s.technology_release_to } : {}),
  };
  const entries = cclEntries();
  return determineTransaction(tx, {
    controls: (j, code) => (j === 'US' ? entries.get(code) : undefined),
    screened: true,
    tables: sharedTables().tables,
    ...options,
  });
}

export const us = (r: DeterminationResult): Determination => r.determinations.US!;
export const eu = (r: DeterminationResult): Determination => r.determinations.EU!;
export const fired = (d: Determination): string[] => d.rules.map((x) => x.id);
export const item = (us: string, extra: Record<string, unknown> = {}) => ({
  classification: { US: us },
  origin: 'US',
  ...extra,
});

export const hit = (list: string, name: string, extra: Partial<PartyHit> = {}): PartyHit => ({
  party: 0,
  list,
  entryId: `${list}-1`,
  name,
  score: 0.97,
  ...extra,
});

test('the shared CCL snapshot carries the reasons for control the scenarios rely on', () => {
  assert.deepEqual(cclEntries().get('2B001')!.chartColumns, ['AT1', 'NP1', 'NS2']);
});
