/**
 * The technical parameters an item can be described by, with their canonical unit (the one
 * in the name) and the other units accepted as `{ "value": 1.2, "unit": "TB/s" }`. Rules in
 * ./rules-*.ts compare against the canonical unit only, so a threshold is written once.
 */

export type ParameterType = 'number' | 'integer' | 'boolean' | 'enum';

export interface ParameterDef {
  name: string;
  type: ParameterType;
  /** Canonical unit; numbers without a unit are taken in it. */
  unit?: string;
  /** Other accepted units → factor to multiply by to get the canonical unit. */
  units?: Record<string, number>;
  /** enum: accepted values; the item may give one or a list (a multi-capability machine). */
  values?: readonly string[];
  /** Smallest accepted value (inclusive unless `exclusiveMin`). */
  min?: number;
  exclusiveMin?: boolean;
  /** false: the value selects a band or is a discrete property (travel length, wavelength), so near misses never relax it. */
  relax?: false;
  description: string;
}

const number = (name: string, unit: string, description: string, extra: Partial<ParameterDef> = {}): ParameterDef => ({ name, type: 'number', unit, min: 0, description, ...extra });

export const FUNCTIONS = ['computing', 'memory', 'lithography', 'machining', 'encryption', 'thermal_imaging', 'uav', 'navigation', 'surveillance', 'intrusion_software', 'quantum_computing', 'telecommunications', 'computational_lithography'] as const;

export const PARAMETERS: readonly ParameterDef[] = [
  { name: 'function', type: 'enum', values: FUNCTIONS, description: 'What the item does; several may apply (a phone: ["telecommunications", "encryption"]).' },
  { name: 'item_kind', type: 'enum', values: ['integrated_circuit', 'computer', 'electronic_assembly', 'equipment', 'software', 'technology'], description: 'The form of the item: 3A090 covers integrated circuits, 4A090 computers and assemblies containing them.' },
  // Advanced computing, 3A090/4A090 Technical Note 2; 3A991.p.
  number('dense_tops', 'TOPS', "Datasheet peak dense (not sparse) tera-operations per second at the bit length given, = 2 × 'MacTOPS' (3A090 Technical Note 2.b).", { units: { TOPS: 1, TFLOPS: 1, POPS: 1000, PFLOPS: 1000, GOPS: 0.001 } }),
  { name: 'bit_length', type: 'integer', unit: 'bit', min: 1, description: "'Bit length of the operation': the largest input bit length of the multiply (3A090 Technical Note 2.c)." },
  number('tpp', 'TPP', "'Total processing performance' = 2 × MacTOPS × bit length, summed over processing units; computed from dense_tops × bit_length if absent."),
  number('die_area_mm2', 'mm2', "'Applicable die area' of the logic dies, mm² (3A090 Technical Note 3).", { exclusiveMin: true, units: { mm2: 1, cm2: 100 } }),
  number('performance_density', 'TPP/mm2', "'Performance density' = TPP / applicable die area; computed if absent."),
  { name: 'designed_for_datacenter', type: 'boolean', description: 'Designed or marketed for use in datacenters (Note 2 to 3A090.a and .b).' },
  number('memory_bandwidth_gbps', 'GB/s', 'Memory bandwidth of the packaged memory device, gigabytes per second (3A090.c Technical Note 1).', { units: { 'GB/s': 1, 'TB/s': 1000 } }),
  number('package_area_mm2', 'mm2', 'Area of the memory package or stack, mm² (3A090.c Technical Note 1).', { exclusiveMin: true, units: { mm2: 1, cm2: 100 } }),
  number('memory_bandwidth_density', 'GB/s/mm2', "'Memory bandwidth density' = memory_bandwidth_gbps / package_area_mm2; computed if absent."),
  number('io_bandwidth_gbps', 'GB/s', 'Aggregate bidirectional transfer rate over all inputs and outputs, GB/s (3A991.p.2).', { units: { 'GB/s': 1, 'TB/s': 1000 } }),
  // Lithography, 3B001.f.
  { name: 'lithography_type', type: 'enum', values: ['step_and_scan', 'step_and_repeat', 'imprint', 'direct_write', 'mask_writer'], description: 'Kind of lithography equipment (3B001.f.1 covers step-and-repeat and step-and-scan).' },
  number('wavelength_nm', 'nm', 'Light-source wavelength, nm.', { exclusiveMin: true, relax: false, units: { nm: 1, um: 1000, 'µm': 1000 } }),
  number('numerical_aperture', 'NA', 'Numerical aperture of the projection optics.', { exclusiveMin: true }),
  number('mrf_nm', 'nm', "'Minimum resolvable feature size' = 0.25 × wavelength / NA (3B001 Technical Note 1 to f.1.b); computed if absent.", { exclusiveMin: true }),
  number('dedicated_chuck_overlay_nm', 'nm', "Maximum 'dedicated chuck overlay' (single-machine overlay), nm.", { units: { nm: 1, um: 1000, 'µm': 1000 } }),
  // Machine tools, 2B001/2B991.
  { name: 'machine_type', type: 'enum', values: ['turning', 'milling', 'grinding', 'jig_boring'], description: 'Machining capabilities; a multi-capability machine is evaluated against each (2B001 Note 3).' },
  { name: 'linear_axes', type: 'integer', unit: 'axes', min: 0, description: 'Number of linear axes.' },
  { name: 'rotary_axes', type: 'integer', unit: 'axes', min: 0, description: 'Number of rotary axes.' },
  { name: 'contouring_axes', type: 'integer', unit: 'axes', min: 0, description: 'Axes that can be coordinated simultaneously for "contouring control".' },
  number('positioning_repeatability_um', 'um', '"Unidirectional positioning repeatability" (ISO 230-2:2014) of the best linear axis, µm.', { units: { um: 1, 'µm': 1, nm: 0.001, mm: 1000 } }),
  number('travel_m', 'm', 'Travel length of that linear axis, m.', { relax: false, units: { m: 1, mm: 0.001, cm: 0.01 } }),
  number('positioning_accuracy_um', 'um', 'Overall positioning accuracy per ISO 230/2 (2006) with all compensations, µm (2B991.c).', { units: { um: 1, 'µm': 1, mm: 1000 } }),
  // Sensors (6A003/6A993), UAVs (9A012), navigation (7A005), software (3D003, 4D004).
  { name: 'fpa_type', type: 'enum', values: ['microbolometer_2d', 'microbolometer_linear', 'cooled_photon_detector', 'other'], description: 'Focal plane array of an imaging camera: a 2-D microbolometer array responding at 8-14 µm is 6A002.a.3.f.' },
  number('frame_rate_hz', 'Hz', 'Maximum frame rate of the camera, Hz (Note 3.a to 6A003.b.4.b: 9 Hz or less is released to 6A993.a).'),
  { name: 'beyond_visual_line_of_sight', type: 'boolean', description: "Designed for controlled flight out of the direct 'natural vision' of the 'operator' (9A012.a)." },
  number('endurance_h', 'h', "Maximum 'endurance' at sea level, ISA, zero wind (9A012.a Technical Note 2), hours.", { units: { h: 1, min: 1 / 60 } }),
  number('wind_gust_kmh', 'km/h', 'Wind gusts in which the UAV can take off and fly stably, km/h (9A012.a.1.b).', { units: { 'km/h': 1, kn: 1.852, 'm/s': 3.6 } }),
  { name: 'gnss_government_decryption', type: 'boolean', description: 'Satellite-navigation receiver employing a decryption algorithm designed for government use to access the ranging code (7A005.a).' },
  { name: 'adaptive_antenna', type: 'boolean', description: "Satellite-navigation receiver employing 'adaptive antenna systems' (null steering, 7A005.b)." },
  { name: 'for_euv_masks', type: 'boolean', description: "'Computational lithography' software specially designed for patterns on EUV masks or reticles (3D003)." },
  { name: 'authorised_updates_only', type: 'boolean', description: 'Software limited to updates that run only with the owner’s authorisation and do not result in intrusion software (Note to 4D004).' },
  // Information security, Category 5 Part 2.
  { name: 'symmetric_key_bits', type: 'integer', unit: 'bit', min: 1, description: 'Longest symmetric key usable for data confidentiality, bits excluding parity.' },
  { name: 'mass_market', type: 'boolean', description: 'Meets the Cryptography Note (Note 3 to Cat. 5 Part 2) and is classified or self-classified as mass market under 15 CFR 740.17(b).' },
];

export const PARAMETER_BY_NAME: ReadonlyMap<string, ParameterDef> = new Map(PARAMETERS.map((p) => [p.name, p]));
