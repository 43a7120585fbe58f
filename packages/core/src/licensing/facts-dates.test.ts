/**
 * Issue 11 item 4: dates of US rules corrected to the rule that made each change. Each test
 * names its source; the quoted passage is in data/sources-us.ts (and in the rule's `evidence`).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ALL_RULES } from './rules';
import { fired, item, run, us } from './scenario-support.test';

const rule = (id: string) => {
  const r = ALL_RULES.find((x) => x.id === id);
  assert.ok(r, `rule ${id} exists`);
  return r;
};
const quotes = (id: string) => (rule(id).evidence ?? []).map((e) => e.quote).join(' ');

describe('88 FR 2821 (Macau): effective 17 Jan 2023, the day before publication', () => {
  test('"This interim final rule is effective as of January 17, 2023." — the Macau rule versions start that day', () => {
    for (const id of [
      'US-742.6(a)(6)(i)-2023-Macau',
      'US-734.9(h)-AC-FDP-2023-Macau',
      'US-734.9(i)-supercomputer-FDP-Macau',
      'US-744.23-advanced-computing-end-use-Macau',
    ]) {
      assert.equal(rule(id).effectiveFrom, '2023-01-17', id);
      assert.match(quotes(id), /effective as of January 17, 2023/);
    }
  });

  test('a 4A090.a server to Macau on 17 Jan 2023 needs a licence under the Macau version; on 16 Jan 2023 that version is not in force', () => {
    const on = us(run({ date: '2023-01-17', destination: 'MO', items: [item('4A090.a')] }));
    assert.ok(fired(on).includes('US-742.6(a)(6)(i)-2023-Macau'));
    const before = us(run({ date: '2023-01-16', destination: 'MO', items: [item('4A090.a')] }));
    assert.ok(!fired(before).includes('US-742.6(a)(6)(i)-2023-Macau'));
  });
});

describe('744.21 military end use: each country from the rule that added it', () => {
  const chip = [item('3A991.a')];
  const cases: [string, string, string, RegExp][] = [
    // [country, first day, rule id, what the quoted source says]
    ['CN', '2020-06-29', 'US-744.21-military-end-use', /will become effective on June 29, 2020/],
    ['MM', '2021-03-08', 'US-744.21-military-end-use-Burma', /effective March 8, 2021/],
    ['KH', '2021-12-09', 'US-744.21-military-end-use-Cambodia', /military end use and end user controls in § 744\.21/],
    ['BY', '2022-03-02', 'US-744.21-military-end-use-Belarus', /This rule is effective on March 2, 2022/],
    ['NI', '2024-03-15', 'US-744.21-military-end-use-Nicaragua', /effective March 15, 2024/],
  ];
  for (const [country, from, id, said] of cases) {
    test(`${country}: ${id} from ${from} (source: ${rule(id).source})`, () => {
      assert.equal(rule(id).effectiveFrom, from);
      assert.match(quotes(id), said);
      const day = new Date(`${from}T00:00:00Z`);
      const dayBefore = new Date(day.getTime() - 86_400_000).toISOString().slice(0, 10);
      assert.ok(fired(us(run({ date: from, destination: country, end_use: ['military'], items: chip }))).includes(id));
      assert.ok(
        !fired(us(run({ date: dayBefore, destination: country, end_use: ['military'], items: chip }))).includes(id),
      );
    });
  }

  test('89 FR 18780: Nicaragua was not under 744.21 in 2020 — a military end use there on 1 Jul 2020 raises no 744.21 requirement', () => {
    const d = us(run({ date: '2020-07-01', destination: 'NI', end_use: ['military'], items: chip }));
    assert.deepEqual(
      fired(d).filter((x) => x.startsWith('US-744.21')),
      [],
    );
  });

  test('before 85 FR 23459 the control is not modelled: China on 1 Jun 2020 fails closed with an open question, not an invented answer', () => {
    const d = us(run({ date: '2020-06-01', destination: 'CN', end_use: ['military'], items: chip }));
    assert.ok(fired(d).includes('US-744.21-military-end-use-before-2020'));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(d.open_questions.some((q) => /before 85 FR 23459 .* not modelled/.test(q)));
  });
});

describe('de minimis (734.4): the levels predate 81 FR 35586', () => {
  test('the rule no longer claims 81 FR 35586 or the synthetic 2016-07-01 start; BIS guidance of 10 Jul 2014 states 10 % / 25 %', () => {
    const r = rule('US-734.4-de-minimis');
    assert.doesNotMatch(r.source, /81 FR 35586/);
    assert.equal(r.effectiveFrom, '2014-07-10');
    assert.match(
      quotes('US-734.4-de-minimis'),
      /as modified on 7\/10\/14.*10 % to Country Group E:1, 25% to all other destinations/s,
    );
  });

  test('81 FR 35586 ("The rule is effective September 1, 2016.") dates the published / fundamental-research exclusions, not de minimis', () => {
    for (const id of ['US-734.7-published', 'US-734.8-fundamental-research']) {
      assert.equal(rule(id).effectiveFrom, '2016-09-01');
      assert.match(quotes(id), /effective September 1, 2016/);
    }
  });

  test('before 81 FR 35586 the exclusions are not modelled: published US technology in 2015 is treated as subject, with an open question; from 1 Sep 2016 it is excluded', () => {
    const before = us(run({ date: '2015-06-01', destination: 'CN', items: [item('3E001', { published: true })] }));
    assert.ok(fired(before).includes('US-734.3(b)(3)-before-2016'));
    assert.notEqual(before.decision, 'NOT_SUBJECT');
    assert.ok(
      before.open_questions.some((q) => /before 81 FR 35586 \(effective 1 Sep 2016\) are not modelled/.test(q)),
    );
    const after = us(run({ date: '2016-09-01', destination: 'CN', items: [item('3E001', { published: true })] }));
    assert.equal(after.decision, 'NOT_SUBJECT');
    assert.ok(fired(after).includes('US-734.7-published'));
  });

  test('a Taiwanese item with 20 % US content to China in Jan 2015 is not subject (the 25 % level is sourced for that date)', () => {
    const d = us(
      run({
        date: '2015-01-15',
        exporter: 'TW',
        destination: 'CN',
        items: [{ classification: { US: '3A001.b.2' }, origin: 'TW', us_content_percent: 20 }],
      }),
    );
    assert.equal(d.decision, 'NOT_SUBJECT');
  });

  test('before 10 Jul 2014 no level is assumed: the same item in 2013 is treated as subject, with an open question saying why', () => {
    const d = us(
      run({
        date: '2013-06-01',
        exporter: 'TW',
        destination: 'CN',
        items: [{ classification: { US: '3A001.b.2' }, origin: 'TW', us_content_percent: 20 }],
      }),
    );
    assert.ok(fired(d).includes('US-734.4-de-minimis-before-2014'));
    assert.notEqual(d.decision, 'NOT_SUBJECT');
    assert.ok(
      d.open_questions.some((q) => /de minimis levels of 15 CFR 734\.4 before 10 Jul 2014 are not modelled/.test(q)),
    );
  });
});

describe('no synthetic baseline dates in the licensing rules', () => {
  test('no rule starts on 2015-01-01, 2016-07-01 or 1996-03-25 (61 FR 12714: "effective April 24, 1996, except part 752")', () => {
    const synthetic = ALL_RULES.filter((r) => ['2015-01-01', '2016-07-01', '1996-03-25'].includes(r.effectiveFrom)).map(
      (r) => `${r.id} ${r.effectiveFrom}`,
    );
    assert.deepEqual(synthetic, []);
  });
});
