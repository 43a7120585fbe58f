/**
 * Business profiles (issue 18 item 2): a buyer's declared activity — an official code or a plain-language trade —
 * against what the items are. Before, the rule knew a handful of NACE divisions and words (bakery, restaurant…) and
 * never fired on a household-goods trader, an appliance repairer or a building-supplies dealer buying ICs.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../test/support/shared';
import { codesInText, describeActivity, readActivities, readActivityCode } from './activity';
import { parseChplTiers } from './chpl';
import { ACTIVITY_CLASSES } from './data/activity-classes';
import { ACTIVITY_PROFILES } from './data/activities';
import type { Activity } from './activity';
import type { Item, Party, ScoringContext, Shipment } from './model';
import { scoreShipment } from './score';

const chpl = parseChplTiers(readFileSync(sharedData('controls', 'bis-chpl', 'chpl_hs6_tiers.csv'), 'utf8'));
const RULE = 'line_of_business_mismatch';
/** Radar front-end ICs (ADI beamformers, Xilinx Kintex-7), declared as what they are. */
const radarIcs: Item = {
  hsCode: '8542.39',
  description: 'ADAR1000ACCZN beamformer ICs x 200 pcs, XC7K325T-2FFG900I x 50 pcs',
  quantity: 250,
};
const order = (buyer: Partial<Party>, items: Item[] = [radarIcs]): Shipment => ({
  id: 'B',
  date: '2025-06-01',
  destination: 'KZ',
  items,
  parties: [
    { role: 'exporter', name: 'Muster Elektronik GmbH', country: 'DE' },
    { role: 'purchaser', name: 'Dostyk Trade LLP', country: 'KZ', ...buyer },
  ],
});
const fires = (s: Shipment, ctx: ScoringContext = { chpl }) => scoreShipment(s, ctx).flags.find((f) => f.rule === RULE);

test('plain-language trades and activity codes of household goods, appliance repair and building supplies buying radar-grade ICs fire', () => {
  for (const business of [
    'wholesale of household goods',
    'household appliances and housewares, retail',
    'appliance repair and servicing',
    'Building supplies and hardware',
    'NACE 46.49',
    'G47.54 retail sale of electrical household appliances',
    'NAICS 811412',
    '444180',
    'ISIC Rev.4 4663',
  ]) {
    const f = fires(order({ business }));
    assert.ok(f, business);
    assert.match(f.why, /HS 8542 \(CHPL Tier 1\)/, business);
  }
  const repair = fires(order({ business: 'NAICS 811412' }))!;
  assert.match(repair.why, /NAICS 811412 \(class 811412 "Appliance Repair and Maintenance"\)/);
  assert.ok(repair.fields.includes('items[0].description'), 'the part numbers are evidence');
  assert.ok(repair.extracted!.some((e) => e.value === 'XC7K325T2FFG900I'));
  assert.ok(repair.citations[0]!.includes('732 Supp. 3'));
});

test('never on a name word alone; a technical or general trade, or an item the trade uses, does not fire', () => {
  assert.ok(!fires(order({ name: 'Household Goods & Appliance Repair LLP' })), 'a name declares nothing');
  assert.ok(!fires(order({ name: 'Bakery Radar Supplies LLP', business: 'electronic components distributor' })));
  assert.ok(!fires(order({ business: 'household goods and general trading' })), 'a general trader may buy anything');
  assert.ok(!fires(order({ business: 'NACE 46.52' })), 'wholesale of electronic and telecommunications equipment');
  assert.ok(!fires(order({ business: 'consulting' })), 'an activity no profile covers says nothing');
  const spares = [{ hsCode: '8501.10', description: 'drain pump motors', quantity: 40 }];
  assert.ok(!fires(order({ business: 'appliance repair' }, spares)), 'motors for an appliance repairer');
  const sockets = [{ hsCode: '8536.69', description: 'wall sockets', quantity: 400 }];
  assert.ok(!fires(order({ business: 'building supplies' }, sockets)), 'plugs and sockets (CHPL 3.A) for a builder');
});

test('relabelled: ICs declared as appliance parts still fire through the part numbers in the description', () => {
  const relabelled = [{ hsCode: '8516.90', description: 'heater parts: HMC1122LP4ME x 300', quantity: 300 }];
  assert.ok(!fires(order({ business: 'appliance repair' }, [{ hsCode: '8516.90', quantity: 300 }])), 'parts, only');
  const f = fires(order({ business: 'appliance repair' }, relabelled));
  assert.match(f!.why, /HS 8542 \(CHPL Tier 1\) by part number "HMC1122LP4ME"/);
});

test('every buying party is read, not one fixed role; registry activities count like a declared business', () => {
  const s = order({ business: 'electronics distributor' });
  s.parties.push({ role: 'end_user', id: 'C-9', name: 'Ak Zhol Service', country: 'KZ' });
  assert.ok(!fires(s), 'the end user declares nothing');
  const registry: Activity[] = [{ scheme: 'NACE', code: '95.22' }];
  const f = fires(s, { chpl, activities: (p) => (p.id === 'C-9' ? registry : []) });
  assert.match(f!.why, /end_user "Ak Zhol Service" declares its activity as NACE 95\.22/);
  assert.ok(f!.fields.includes('parties[2].id → registry activities'));
});

test('codes: labelled or in a form one scheme owns; longest class wins; every class names a profile and an official title', () => {
  assert.deepEqual(codesInText('NACE Rev. 2: 46.73; NAICS 2022 423390'), [
    { scheme: 'NACE', code: '46.73' },
    { scheme: 'NAICS', code: '423390' },
  ]);
  assert.deepEqual(codesInText('I56.10 restaurants'), [{ scheme: 'NACE', code: 'I56.10' }]);
  assert.deepEqual(codesInText('4663'), [], 'ISIC or NAICS: not read');
  assert.deepEqual(codesInText('shop no. 12, since 2019'), []);
  assert.equal(readActivityCode('NACE', '46.41')!.profile.id, 'apparel_textiles');
  assert.equal(readActivityCode('NACE', '46.43')!.profile.id, 'household_goods');
  assert.equal(readActivityCode('NACE', '46.52')!.profile.id, 'electronics_ict', 'the group 46.5');
  assert.equal(readActivityCode('NACE', '99.00'), undefined);
  assert.deepEqual(
    readActivities('bakery', [{ scheme: 'text', text: 'catering' }]).map((r) => r.profile.id),
    ['food_accommodation'],
    'one reading per profile',
  );
  const profiles = new Set(ACTIVITY_PROFILES.map((p) => p.id));
  for (const [scheme, code, title, profile] of ACTIVITY_CLASSES) {
    assert.ok(profiles.has(profile), `${scheme} ${code}`);
    assert.ok(title.length > 5 && readActivityCode(scheme, code)?.profile.id === profile, `${scheme} ${code}`);
  }
});

test('an activity in words: the code with its class title and our profile; words as written; an uncovered code said so', () => {
  assert.deepEqual(describeActivity({ scheme: 'NACE', code: '95.22' }), {
    text: 'NACE Rev. 2 95.22 — Repair of household appliances and home and garden equipment',
    profile: 'repair of household appliances and home and garden equipment',
  });
  assert.deepEqual(
    describeActivity({ scheme: 'NACE', code: '46.52' }).text.split(' — ')[1],
    'within 46.5, '.concat(ACTIVITY_CLASSES.find(([s, c]) => s === 'NACE' && c === '46.5')![2]),
  );
  assert.deepEqual(describeActivity({ scheme: 'text', text: 'Appliance repair shop' }), {
    text: 'Appliance repair shop',
    profile: 'repair of household appliances and home and garden equipment',
  });
  assert.deepEqual(describeActivity({ scheme: 'text', text: 'consulting' }), { text: 'consulting', profile: null });
  assert.equal(
    describeActivity({ scheme: 'text', text: 'Wholesale of electronic parts (NACE 46.52)' }).profile,
    readActivityCode('NACE', '46.52')!.profile.label,
  );
  assert.deepEqual(describeActivity({ scheme: 'NACE', code: '99.00' }), {
    text: 'NACE Rev. 2 99.00 (a class our business profiles do not cover)',
    profile: null,
  });
});
