/**
 * Parameters of the catalogue (./catalog.ts): what the item is and does; advanced computing (3A090,
 * 4A090, 3A991.p); lithography (3B001.f); machine tools (2B001, 2B991).
 */
import { number, type ParameterDef } from './catalog-def';
import { FUNCTIONS } from './catalog-functions';

export const COMPUTING_PARAMETERS: readonly ParameterDef[] = [
  {
    name: 'function',
    type: 'enum',
    values: FUNCTIONS,
    description: 'What the item does; several may apply (a phone: ["telecommunications", "encryption"]).',
  },
  {
    name: 'item_kind',
    type: 'enum',
    values: ['integrated_circuit', 'computer', 'electronic_assembly', 'equipment', 'software', 'technology'],
    description:
      'The form of the item: 3A090 covers integrated circuits, 4A090 computers and assemblies containing them.',
  },
  // Advanced computing, 3A090/4A090 Technical Note 2; 3A991.p.
  number(
    'dense_tops',
    'TOPS',
    "Datasheet peak dense (not sparse) tera-operations per second at the bit length given, = 2 × 'MacTOPS' (3A090 Technical Note 2.b).",
    { units: { TOPS: 1, TFLOPS: 1, POPS: 1000, PFLOPS: 1000, GOPS: 0.001 } },
  ),
  {
    name: 'bit_length',
    type: 'integer',
    unit: 'bit',
    min: 1,
    description:
      "'Bit length of the operation': the largest input bit length of the multiply (3A090 Technical Note 2.c).",
  },
  number(
    'tpp',
    'TPP',
    "'Total processing performance' = 2 × MacTOPS × bit length, summed over processing units; computed from the dense TOPS × the bit length if absent.",
  ),
  number('die_area_mm2', 'mm2', "'Applicable die area' of the logic dies, mm² (3A090 Technical Note 3).", {
    exclusiveMin: true,
    units: { mm2: 1, cm2: 100 },
  }),
  number('performance_density', 'TPP/mm2', "'Performance density' = TPP / applicable die area; computed if absent."),
  {
    name: 'designed_for_datacenter',
    type: 'boolean',
    description: 'Designed or marketed for use in datacenters (Note 2 to 3A090.a and .b).',
  },
  number(
    'memory_bandwidth_gbps',
    'GB/s',
    'Memory bandwidth of the packaged memory device, gigabytes per second (3A090.c Technical Note 1).',
    { units: { 'GB/s': 1, 'TB/s': 1000 } },
  ),
  number('package_area_mm2', 'mm2', 'Area of the memory package or stack, mm² (3A090.c Technical Note 1).', {
    exclusiveMin: true,
    units: { mm2: 1, cm2: 100 },
  }),
  number(
    'memory_bandwidth_density',
    'GB/s/mm2',
    "'Memory bandwidth density' = memory_bandwidth_gbps / package_area_mm2; computed if absent.",
  ),
  number(
    'io_bandwidth_gbps',
    'GB/s',
    'Aggregate bidirectional transfer rate over all inputs and outputs, GB/s (3A991.p.2).',
    { units: { 'GB/s': 1, 'TB/s': 1000 } },
  ),
  // Lithography, 3B001.f.
  {
    name: 'lithography_type',
    type: 'enum',
    values: ['step_and_scan', 'step_and_repeat', 'imprint', 'direct_write', 'mask_writer'],
    description: 'Kind of lithography equipment (3B001.f.1 covers step-and-repeat and step-and-scan).',
  },
  number('wavelength_nm', 'nm', 'Light-source wavelength, nm.', {
    exclusiveMin: true,
    relax: false,
    units: { nm: 1, um: 1000, µm: 1000 },
  }),
  number('numerical_aperture', 'NA', 'Numerical aperture of the projection optics.', { exclusiveMin: true }),
  number(
    'mrf_nm',
    'nm',
    "'Minimum resolvable feature size' = 0.25 × wavelength / NA (3B001 Technical Note 1 to f.1.b); computed if absent.",
    { exclusiveMin: true },
  ),
  number('dedicated_chuck_overlay_nm', 'nm', "Maximum 'dedicated chuck overlay' (single-machine overlay), nm.", {
    units: { nm: 1, um: 1000, µm: 1000 },
  }),
  // Machine tools, 2B001/2B991.
  {
    name: 'machine_type',
    type: 'enum',
    values: ['turning', 'milling', 'grinding', 'jig_boring'],
    description: 'Machining capabilities; a multi-capability machine is evaluated against each (2B001 Note 3).',
  },
  { name: 'linear_axes', type: 'integer', unit: 'axes', min: 0, description: 'Number of linear axes.' },
  { name: 'rotary_axes', type: 'integer', unit: 'axes', min: 0, description: 'Number of rotary axes.' },
  {
    name: 'contouring_axes',
    type: 'integer',
    unit: 'axes',
    min: 0,
    description: 'Axes that can be coordinated simultaneously for "contouring control".',
  },
  number(
    'positioning_repeatability_um',
    'um',
    '"Unidirectional positioning repeatability" (ISO 230-2:2014) of the best linear axis, µm.',
    { units: { um: 1, µm: 1, nm: 0.001, mm: 1000 } },
  ),
  number('travel_m', 'm', 'Travel length of that linear axis, m.', {
    relax: false,
    units: { m: 1, mm: 0.001, cm: 0.01 },
  }),
  number(
    'positioning_accuracy_um',
    'um',
    'Overall positioning accuracy per ISO 230/2 (2006) with all compensations, µm (2B991.c).',
    { units: { um: 1, µm: 1, mm: 1000 } },
  ),
];
