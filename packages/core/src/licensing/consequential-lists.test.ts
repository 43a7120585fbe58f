/** The lists with licensing consequences are the ones the rules read, each with the rule and its citation. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { consequentialLists } from './consequential-lists';
import type { LicensingRule } from './model';

describe('consequential lists', () => {
  test('the restricted-party lists the rules read, each with the citation of the rule that gives a hit its effect', () => {
    const lists = consequentialLists();
    assert.deepEqual([...lists.keys()].sort(), [
      'au-dfat',
      'eu-833-annex-iv',
      'eu-fsf',
      'uk-fcdo',
      'uk-ofsi',
      'us-bis-dpl',
      'us-bis-entity-list',
      'us-bis-meu',
      'us-ofac-sdn',
    ]);
    const cites = (list: string) =>
      lists
        .get(list)!
        .rules.map((r) => r.citation)
        .join(' | ');
    assert.match(cites('us-bis-entity-list'), /15 CFR 744\.11/);
    assert.match(cites('us-bis-meu'), /15 CFR 744\.21/);
    assert.match(cites('us-bis-dpl'), /764\.3\(a\)\(2\)/);
    assert.match(cites('us-ofac-sdn'), /31 CFR 501/);
    assert.match(cites('eu-833-annex-iv'), /833\/2014 Art\. 2b\(1\), Annex IV/);
    for (const c of lists.values()) for (const r of c.rules) assert.ok(r.citation.trim(), `${r.id} cites its source`);
  });

  test('a rule naming a new list makes it consequential (no hand-kept table)', () => {
    const rule: LicensingRule = {
      id: 'X-test',
      jurisdiction: 'EU',
      stage: 'requirement',
      title: 'test',
      citation: 'test citation',
      source: 'test',
      effectiveFrom: '2000-01-01',
      when: { all: [{ destinationIn: ['CN'] }, { not: { partyOnList: ['xx-new-list'] } }] },
      effect: { decision: 'LICENCE_REQUIRED' },
    };
    assert.deepEqual([...consequentialLists([rule]).keys()], ['xx-new-list']);
  });
});
