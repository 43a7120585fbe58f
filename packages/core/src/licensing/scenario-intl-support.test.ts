/**
 * Helpers for the EU / UK / NL / JP / AU scenario tests: a transaction with the optional facts
 * those rules read (informed / aware grounds, contract clauses, sanctions annexes), determined with
 * the shared US CCL snapshot as control data (only the US rules read it).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PartyHit } from './conditions';
import { determineTransaction, type DetermineOptions } from './engine';
import type { Determination, DeterminationResult, LicensingJurisdiction } from './model';
import { cclEntries } from './scenario-support.test';
import { sharedTables } from '../regulations/shared-tables.test';
import { parseTransaction } from './transaction';
import type { DomainError } from '../common/errors';

export interface IntlScenario {
  date?: string;
  exporter: string;
  destination: string;
  items: Record<string, unknown>[];
  parties?: { role: string; name: string; country?: string }[];
  end_use?: string[];
  technology_release_to?: string;
  informed_by_authority?: string[];
  exporter_aware?: string[];
  contract_clauses?: string[];
}

export function determineIntl(s: IntlScenario, options: DetermineOptions = {}): DeterminationResult {
  const { date, exporter, ...rest } = s;
  const entries = cclEntries();
  return determineTransaction(
    { id: 'T', date: date ?? '2026-11-23', exporter: { name: 'Exporter', country: exporter }, parties: [], ...rest },
    {
      controls: (j, code) => (j === 'US' ? entries.get(code) : undefined),
      screened: true,
      tables: sharedTables().tables,
      ...options,
    },
  );
}

/** The determination of one jurisdiction. */
export const of = (r: DeterminationResult, j: LicensingJurisdiction): Determination => r.determinations[j]!;
export const firedIds = (d: Determination): string[] => d.rules.map((x) => x.id);
export const why = (d: Determination, id: string): string =>
  d.rules.find((x) => x.id === id)?.why ?? d.not_fired.find((x) => x.id === id)?.why ?? '';
export const listHit = (list: string, name: string, party = 0): PartyHit => ({
  party,
  list,
  entryId: `${list}-1`,
  name,
  score: 0.97,
});

test('an exporter in Germany is reached by the EU only: the UK, NL, JP and AU rules say NOT_SUBJECT', () => {
  const r = determineIntl({
    exporter: 'DE',
    destination: 'CN',
    items: [{ classification: { EU: '3A001.a.1', US: 'EAR99' }, origin: 'DE', us_content_percent: 0 }],
  });
  assert.equal(of(r, 'EU').decision, 'LICENCE_REQUIRED');
  for (const j of ['UK', 'NL', 'JP', 'AU'] as const) assert.equal(of(r, j).decision, 'NOT_SUBJECT');
});

test('the new optional fields are checked word by word, each refusal naming its JSON Pointer', () => {
  const bad = {
    id: 'T',
    date: '2026-11-23',
    exporter: { country: 'GB' },
    destination: 'RU',
    exporter_aware: ['wmd', 'gossip'],
    contract_clauses: 'no_re_export_to_russia',
    items: [{ classification: { UK: 'ML10.a', XX: '1A001' }, origin: 'GB', sanctions_lists: ['eu-833-annex-99'] }],
  };
  assert.throws(
    () => parseTransaction(bad),
    (e: unknown) => {
      const issues = ((e as DomainError).details.issues as { pointer: string; message: string }[]).map(
        (i) => i.pointer,
      );
      assert.deepEqual(issues, [
        '/items/0/classification/XX',
        '/items/0/sanctions_lists/0',
        '/exporter_aware/1',
        '/contract_clauses',
      ]);
      return true;
    },
  );
});
