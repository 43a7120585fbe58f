import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkCandidate, chooseCurrent, datePublication, sourceRoleOf, type VersionFacts } from './lifecycle';

const v = (
  id: string,
  publishedAt: string | null,
  importedAt: string,
  { sourceRole = 'primary', entryCount = 100 }: { sourceRole?: 'primary' | 'secondary'; entryCount?: number } = {},
): VersionFacts => ({
  id,
  publishedAt,
  importedAt: `${importedAt}T00:00:00.000Z`,
  sourceRole,
  entryCount,
  publisher: sourceRole === 'primary' ? 'US Treasury OFAC' : 'US SDN (via trade.gov CSL)',
});

test('the newest publication is current, whatever the import order or content', () => {
  assert.equal(
    chooseCurrent([v('a', '2026-08-03', '2026-12-01'), v('b', '2026-08-02', '2026-12-02')])!.version.id,
    'a',
  );
  assert.equal(
    chooseCurrent([v('a', '2026-08-01', '2026-12-01'), v('b', '2026-08-01', '2026-12-02')])!.version.id,
    'b',
    'a same-day correction wins',
  );
  assert.equal(
    chooseCurrent([v('a', '2024-05-03', '2026-12-01'), v('b', null, '2026-12-02')])!.version.id,
    'a',
    'an undated file cannot be shown to be newer',
  );
  assert.equal(
    chooseCurrent([v('a', null, '2026-12-01'), v('b', null, '2026-12-02')])!.version.id,
    'b',
    'among undated files, the last imported',
  );
  assert.equal(chooseCurrent([]), undefined);
});

test("a republication replaces the publisher's own version only when both are dated and it is newer", () => {
  assert.equal(
    chooseCurrent([v('ofac', null, '2026-12-01'), v('csl', '2022-04-21', '2026-12-02', { sourceRole: 'secondary' })])!
      .version.id,
    'ofac',
  );
  assert.equal(
    chooseCurrent([
      v('ofac', '2024-05-03', '2026-12-01'),
      v('csl', '2022-04-21', '2026-12-02', { sourceRole: 'secondary' }),
    ])!.rule,
    'newest-primary',
  );
  const newer = chooseCurrent([
    v('ofac', '2024-05-03', '2026-12-01'),
    v('csl', '2025-06-25', '2026-12-02', { sourceRole: 'secondary' }),
  ])!;
  assert.deepEqual([newer.version.id, newer.rule], ['csl', 'newer-secondary']);
  assert.equal(
    chooseCurrent([v('csl', '2022-04-21', '2026-12-02', { sourceRole: 'secondary' })])!.rule,
    'secondary-only',
  );
  const pinned = chooseCurrent(
    [v('ofac', '2024-05-03', '2026-12-01'), v('csl', '2022-04-21', '2026-12-02', { sourceRole: 'secondary' })],
    { versionId: 'csl', reason: 'audit comparison', pinnedBy: 'Ann' },
  )!;
  assert.deepEqual([pinned.version.id, pinned.reason], ['csl', 'pinned by Ann: audit comparison']);
  assert.equal(sourceRoleOf('csl-csv'), 'secondary');
  assert.equal(sourceRoleOf('ofac-legacy-csv'), 'primary');
});

test('sanity checks: shrink beyond the threshold, declared count, older date', () => {
  const base = v('a', '2026-08-01', '2026-12-01', { entryCount: 13931 });
  assert.deepEqual(
    checkCandidate({ list: 'x', publishedAt: '2026-08-02', entryCount: 12600 }, base, 0.1),
    [],
    '9.6 % fewer is allowed',
  );
  const cut = checkCandidate({ list: 'us-ofac-sdn', publishedAt: null, entryCount: 100 }, base, 0.1);
  assert.deepEqual(
    cut.map((f) => [f.check, f.overridable]),
    [['shrink', true]],
  );
  assert.match(cut[0]!.message, /100 entries against 13931 .*a drop of 99\.3 %, more than the 10 % allowed/);
  assert.deepEqual(
    checkCandidate({ list: 'x', publishedAt: '2026-07-31', entryCount: 13931, declaredCount: 14000 }, base, 0.1).map(
      (f) => [f.check, f.overridable],
    ),
    [
      ['declared-count', false],
      ['older', true],
    ],
  );
  assert.deepEqual(
    checkCandidate({ list: 'x', publishedAt: '2020-01-01', entryCount: 1 }, undefined, 0.1),
    [],
    'a first version has no baseline',
  );
});

test("dating: the file's date, else the newest entry date (a lower bound), else a declared date, else unknown", () => {
  const today = '2026-12-07';
  assert.deepEqual(datePublication({ stated: '2026-08-01', entryDates: ['2026-09-01'], today }), {
    publishedAt: '2026-08-01',
    source: 'stated',
    basis: 'publication date stated by the file: 2026-08-01',
  });
  const csl = datePublication({ entryDates: ['2022-04-21', '2003-06-19', '', '2056-06-29'], today });
  assert.ok(!('error' in csl));
  assert.deepEqual([csl.publishedAt, csl.source], ['2022-04-21', 'entries']);
  assert.match(
    csl.basis,
    /newest listing date among 2 dated entries .*lower bound.*1 entry date\(s\) after today ignored/,
  );
  assert.deepEqual(datePublication({ entryDates: [], today }), {
    publishedAt: null,
    source: 'unknown',
    basis:
      'the format states no publication date and no entry carries a listing date: unknown (declare it with --published-at)',
  });
  const declared = datePublication({
    entryDates: [],
    declared: { date: '2024-05-03', by: 'Ann (--published-at)' },
    today,
  });
  assert.ok(!('error' in declared) && declared.source === 'declared' && declared.publishedAt === '2024-05-03');
  assert.match(
    (
      datePublication({ stated: '2026-08-01', entryDates: [], declared: { date: '2026-08-02', by: 'Ann' }, today }) as {
        error: string;
      }
    ).error,
    /contradicts/,
  );
  assert.match(
    (
      datePublication({ entryDates: ['2024-05-01'], declared: { date: '2024-04-01', by: 'Ann' }, today }) as {
        error: string;
      }
    ).error,
    /older than an entry listed on 2024-05-01/,
  );
  // A download's Last-Modified is a fallback: the file's own date, or a newer entry, wins.
  assert.equal(
    (
      datePublication({
        stated: '2026-08-01',
        entryDates: [],
        declared: { date: '2026-08-02', by: 'HTTP', fallback: true },
        today,
      }) as { publishedAt: string }
    ).publishedAt,
    '2026-08-01',
  );
  assert.equal(
    (
      datePublication({
        entryDates: ['2024-05-01'],
        declared: { date: '2024-04-01', by: 'HTTP', fallback: true },
        today,
      }) as { source: string }
    ).source,
    'entries',
  );
});
