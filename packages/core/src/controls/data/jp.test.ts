// Japan's 2023 items keyed by the provision of the goods ordinance, the written forms accepted
// for them, and the group codes kept as aliases.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { JP_SME_2023, JP_SME_2023_COUNT, JP_SME_2023_GROUPS, expandRange } from './jp';
import { parseJpProvision } from './jp-provision';

describe('Japan 2023 chip-equipment items by provision', () => {
  test('each published range holds exactly its group count in iroha order: 23 provisions, none twice', () => {
    for (const g of JP_SME_2023_GROUPS) assert.equal(expandRange(g.range).length, g.count, `${g.alias} ${g.range}`);
    assert.equal(JP_SME_2023.length, JP_SME_2023_COUNT);
    assert.equal(new Set(JP_SME_2023.map((i) => i.code)).size, 23);
    assert.deepEqual(expandRange('Item 17 (ka)-(ta)'), ['17-KA', '17-YO', '17-TA']);
    assert.deepEqual(expandRange('Item 17 (ru)-(wa), Item 17-2'), ['17-RU', '17-WO', '17-WA', '17-2']);
    assert.deepEqual(expandRange('Item 17 (re)-(o)'), [
      '17-RE',
      '17-SO',
      '17-TSU',
      '17-NE',
      '17-NA',
      '17-RA',
      '17-MU',
      '17-U',
      '17-WI',
      '17-NO',
      '17-O',
    ]);
  });

  test('entries: provision heading, citation, group alias; never verified (secondary source)', () => {
    const ka = JP_SME_2023.find((i) => i.code === 'JP6-17-KA')!;
    assert.equal(ka.heading, 'Art. 6 item 17 (ka): etching equipment (1 of 3)');
    assert.match(ka.citation, /, Art\. 6 item 17 \(ka\)$/);
    assert.deepEqual([ka.aliases, ka.verified], [['JP2023ETC'], false]);
    assert.match(ka.summary, /which device this sub-item covers is not recorded here/);
    assert.equal(
      JP_SME_2023.find((i) => i.code === 'JP6-17-2')!.heading,
      'Art. 6 item 17-2: lithography (exposure) equipment (4 of 4)',
    );
    assert.deepEqual(
      JP_SME_2023.filter((i) => i.aliases.includes('JP2023LIT')).map((i) => i.code),
      ['JP6-17-RU', 'JP6-17-WO', 'JP6-17-WA', 'JP6-17-2'],
    );
  });

  test('the familiar written forms', () => {
    for (const form of [
      'Art. 6 item 17 (ka)',
      'Article 6(17)(ka)',
      'art 6 item 17 ka',
      '6-17-ka',
      'JP6-17-KA',
      '第6条第17号カ',
      '第六条第十七号カ',
      '6条17号カ',
      '貨物等省令第6条第17号(カ)',
      '第６条第１７号カ',
    ]) {
      assert.equal(parseJpProvision(form), 'JP6-17-KA', form);
    }
    for (const form of ['Art. 6 item 17-2', '第6条第17号の2', '第六条第十七号の二', '6-17-2'])
      assert.equal(parseJpProvision(form), 'JP6-17-2', form);
    assert.equal(parseJpProvision('第6条第17号ヲ'), 'JP6-17-WO');
    for (const bad of ['3B001', '1234', '617ka', 'JP2023ETC', 'Art. 6 item 17 (xx)', 'hello'])
      assert.equal(parseJpProvision(bad), undefined, bad);
  });
});
