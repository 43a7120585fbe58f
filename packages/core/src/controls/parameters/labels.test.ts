import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PARAMETERS } from './catalog';
import { fieldLabel, PARAMETER_LABELS, parameterLabel, unitLabel, valueLabel } from './labels';

test('every parameter of the catalogue has a label in words, and every choice a value label', () => {
  for (const p of PARAMETERS) {
    const own = PARAMETER_LABELS[p.name];
    assert.ok(own, `${p.name} has no label`);
    assert.notEqual(own.label, p.name);
    assert.doesNotMatch(own.label, /_/, `${p.name}: ${own.label}`);
    for (const v of p.values ?? []) assert.ok(own.values?.[v], `${p.name} value ${v} has no label`);
  }
  assert.deepEqual(Object.keys(PARAMETER_LABELS).sort(), PARAMETERS.map((p) => p.name).sort());
});

test('units as the regulations write them; counts and TPP carry none', () => {
  assert.equal(fieldLabel('die_area_mm2'), 'Applicable die area (mm²)');
  assert.equal(fieldLabel('positioning_repeatability_um'), 'Unidirectional positioning repeatability (µm)');
  assert.equal(fieldLabel('tpp'), 'Total processing performance (TPP)');
  assert.equal(fieldLabel('item_kind'), 'Form of the item');
  assert.equal(unitLabel('linear_axes'), '');
  assert.equal(unitLabel('wavelength_nm'), 'nm');
});

test('values in words: choices, yes/no, lists, numbers with their unit', () => {
  assert.equal(valueLabel('item_kind', 'integrated_circuit'), 'integrated circuit');
  assert.equal(valueLabel('lithography_type', ['step_and_scan']), 'step-and-scan');
  assert.equal(valueLabel('mass_market', false), 'no');
  assert.equal(valueLabel('die_area_mm2', 814), '814 mm²');
  assert.equal(parameterLabel('not_a_parameter'), 'not_a_parameter');
});
