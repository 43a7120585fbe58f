import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyItem, type Classification } from './classify';

const asOf = '2026-11-23';
const run = (parameters: Record<string, unknown>) => classifyItem({ parameters }, { asOf });
const codes = (r: Classification, j = 'US') => r.entries.filter((e) => e.jurisdiction === j).map((e) => e.code);

describe('sensors, UAVs, navigation, software', () => {
  const camera = { function: 'thermal_imaging', fpa_type: 'microbolometer_2d' };
  test('a 30 Hz microbolometer camera → 6A003.b.4.b; a 9 Hz one → 6A993.a, released by Note 3.a', () => {
    assert.deepEqual(codes(run({ ...camera, frame_rate_hz: 30 })), ['6A003.b.4.b']);
    const slow = run({ ...camera, frame_rate_hz: 9 });
    assert.deepEqual(codes(slow), ['6A993.a']);
    assert.ok(
      slow.excluded.some((x) => x.jurisdiction === 'US' && x.code === '6A003.b.4.b' && /Note 3.a/.test(x.note)),
    );
    assert.deepEqual(
      run(camera).missing.map((m) => m.param),
      ['frame_rate_hz'],
    );
  });
  test('UAVs: 1.5 h beyond line of sight → 9A012.a (a.2); 45 min needs the gust rating', () => {
    const long = run({ function: 'uav', beyond_visual_line_of_sight: true, endurance_h: 1.5 });
    assert.deepEqual(codes(long), ['9A012.a']);
    assert.deepEqual(long.entries[0]!.explanation.paragraphs, ['a.2']);
    const short = {
      function: 'uav',
      beyond_visual_line_of_sight: true,
      endurance_h: { value: 45, unit: 'min' },
      specially_designed_military: false,
    };
    assert.deepEqual(
      run(short).missing.map((m) => m.param),
      ['wind_gust_kmh'],
    );
    assert.deepEqual(codes(run({ ...short, wind_gust_kmh: { value: 30, unit: 'kn' } })), ['9A012.a']);
    assert.deepEqual(codes(run({ function: 'uav', beyond_visual_line_of_sight: false, endurance_h: 3 })), []);
  });
  test('GNSS with adaptive antenna → 7A005.b; intrusion software → 4D004; EUV computational lithography → 3D003', () => {
    assert.deepEqual(
      codes(run({ function: 'navigation', adaptive_antenna: true, gnss_government_decryption: false })),
      ['7A005.b'],
    );
    assert.deepEqual(
      run({ function: 'intrusion_software', item_kind: 'software' }).missing.map((m) => m.param),
      ['authorised_updates_only'],
    );
    assert.deepEqual(
      codes(run({ function: 'intrusion_software', item_kind: 'software', authorised_updates_only: false })),
      ['4D004'],
    );
    assert.deepEqual(
      codes(run({ function: 'intrusion_software', item_kind: 'software', authorised_updates_only: true })),
      [],
    );
    assert.deepEqual(
      codes(run({ function: 'computational_lithography', item_kind: 'software', for_euv_masks: true })),
      ['3D003'],
    );
  });
});
