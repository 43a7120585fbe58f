/**
 * Possible matches are not findings (issue 17): a requirement resting only on hits no officer has
 * reviewed applies as a licence requirement — never a prohibition, no exception over it — and the
 * determination names each hit to review. Confirmed hits keep the rule's full effect.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fired, hit, item, run, us } from './scenario-support.test';

const party = [{ role: 'end_user', name: 'Listed Trading LLC', country: 'DE' }];
const scenario = { destination: 'DE', parties: party, items: [item('EAR99')] };

describe('party hits and their review', () => {
  test('an unreviewed Denied Persons hit (15 CFR 764.3(a)(2)): licence required, the hit named as an open question', () => {
    const d = us(run(scenario, { hits: [hit('us-bis-dpl', 'LISTED TRADING', { review: 'open', score: 0.86 })] }));
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(
      fired(d).some((id) => /DPL|764/i.test(id)),
      fired(d).join(', '),
    );
    assert.ok(
      d.open_questions.some((q) =>
        /the end user 'Listed Trading LLC' \(party 1\) possibly matches us-bis-dpl entry us-bis-dpl-1 'LISTED TRADING' \(score 0\.86\), not reviewed/.test(
          q,
        ),
      ),
      d.open_questions.join('\n'),
    );
  });
  test('the same hit confirmed by an officer is a finding: prohibited', () => {
    const d = us(run(scenario, { hits: [hit('us-bis-dpl', 'LISTED TRADING', { review: 'true_match' })] }));
    assert.equal(d.decision, 'PROHIBITED');
    assert.ok(!d.open_questions.some((q) => /possibly matches/.test(q)));
    assert.ok(d.rules.some((r) => /confirmed by an officer/.test(r.why)));
  });
  test('one confirmed hit among unreviewed ones keeps the full effect', () => {
    const d = us(
      run(scenario, {
        hits: [
          hit('us-bis-dpl', 'LISTED TRADING', { review: 'open' }),
          hit('us-bis-dpl', 'LISTED TRADING LLC', { review: 'true_match', entryId: 'us-bis-dpl-2' }),
        ],
      }),
    );
    assert.equal(d.decision, 'PROHIBITED');
  });
});
