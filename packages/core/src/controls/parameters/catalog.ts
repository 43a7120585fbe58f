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
  /**
   * false: the value selects a band or is a discrete property (travel length, wavelength), so near misses never relax
   * it.
   */
  relax?: false;
  description: string;
}

const number = (name: string, unit: string, description: string, extra: Partial<ParameterDef> = {}): ParameterDef => ({
  name,
  type: 'number',
  unit,
  min: 0,
  description,
  ...extra,
});

export const FUNCTIONS = [
  'computing',
  'memory',
  'lithography',
  'machining',
  'encryption',
  'thermal_imaging',
  'uav',
  'navigation',
  'surveillance',
  'intrusion_software',
  'quantum_computing',
  'telecommunications',
  'computational_lithography',
  'inertial_navigation',
  'aircraft',
] as const;

export const PARAMETERS: readonly ParameterDef[] = [
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
    "'Total processing performance' = 2 × MacTOPS × bit length, summed over processing units; computed from dense_tops × bit_length if absent.",
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
  // Sensors (6A003/6A993), UAVs (9A012), navigation (7A005), software (3D003, 4D004).
  {
    name: 'fpa_type',
    type: 'enum',
    values: ['microbolometer_2d', 'microbolometer_linear', 'cooled_photon_detector', 'other'],
    description:
      'Focal plane array of an imaging camera: a 2-D microbolometer array responding at 8-14 µm is 6A002.a.3.f.',
  },
  number(
    'frame_rate_hz',
    'Hz',
    'Maximum frame rate of the camera, Hz (Note 3.a to 6A003.b.4.b: 9 Hz or less is released to 6A993.a).',
  ),
  {
    name: 'beyond_visual_line_of_sight',
    type: 'boolean',
    description: "Designed for controlled flight out of the direct 'natural vision' of the 'operator' (9A012.a).",
  },
  number('endurance_h', 'h', "Maximum 'endurance' at sea level, ISA, zero wind (9A012.a Technical Note 2), hours.", {
    units: { h: 1, min: 1 / 60 },
  }),
  number('wind_gust_kmh', 'km/h', 'Wind gusts in which the UAV can take off and fly stably, km/h (9A012.a.1.b).', {
    units: { 'km/h': 1, kn: 1.852, 'm/s': 3.6 },
  }),
  {
    name: 'gnss_government_decryption',
    type: 'boolean',
    description:
      'Satellite-navigation receiver employing a decryption algorithm designed for government use to access the ranging code (7A005.a).',
  },
  {
    name: 'adaptive_antenna',
    type: 'boolean',
    description: "Satellite-navigation receiver employing 'adaptive antenna systems' (null steering, 7A005.b).",
  },
  {
    name: 'for_euv_masks',
    type: 'boolean',
    description:
      "'Computational lithography' software specially designed for patterns on EUV masks or reticles (3D003).",
  },
  {
    name: 'authorised_updates_only',
    type: 'boolean',
    description:
      'Software limited to updates that run only with the owner’s authorisation and do not result in intrusion software (Note to 4D004).',
  },
  // Information security, Category 5 Part 2.
  {
    name: 'symmetric_key_bits',
    type: 'integer',
    unit: 'bit',
    min: 1,
    description: 'Longest symmetric key usable for data confidentiality, bits excluding parity.',
  },
  {
    name: 'mass_market',
    type: 'boolean',
    description:
      'Meets the Cryptography Note (Note 3 to Cat. 5 Part 2) and is classified or self-classified as mass market under 15 CFR 740.17(b).',
  },
  // Electronics, 3A001.a.5.a / 3A991.c (ADCs) and 3A001.b.2 / b.3 (MMIC amplifiers, discrete transistors).
  {
    name: 'adc_resolution_bits',
    type: 'integer',
    unit: 'bit',
    min: 1,
    description: 'ADC resolution: bits of the digital output, not ENOB (3A001.a.5.a Technical Notes 1-2).',
  },
  number(
    'sample_rate_msps',
    'MSPS',
    '"Sample rate" of the ADC in mega-samples per second: the fastest single channel, or the combined rate of interleaved channels (3A001.a.5.a Technical Notes 3-4); for 3A991.c taken as the output word rate.',
    { exclusiveMin: true, units: { MSPS: 1, GSPS: 1000, kSPS: 0.001 } },
  ),
  {
    name: 'rf_device_type',
    type: 'enum',
    values: ['mmic_amplifier', 'discrete_transistor'],
    description:
      'Microwave device: a "Monolithic Microwave Integrated Circuit" amplifier (3A001.b.2) or a discrete microwave transistor, bare die or packaged (3A001.b.3).',
  },
  number('frequency_min_ghz', 'GHz', 'Lowest rated operating frequency, GHz.', {
    relax: false,
    units: { GHz: 1, MHz: 0.001 },
  }),
  number('frequency_max_ghz', 'GHz', 'Highest rated operating frequency, GHz.', {
    exclusiveMin: true,
    relax: false,
    units: { GHz: 1, MHz: 0.001 },
  }),
  number(
    'peak_saturated_power_w',
    'W',
    'Peak saturated power output (Psat) over the rated band, W; dBm is not accepted (convert: W = 10^(dBm/10) / 1000).',
    { exclusiveMin: true, units: { W: 1, mW: 0.001, kW: 1000 } },
  ),
  number(
    'fractional_bandwidth_percent',
    '%',
    '"Fractional bandwidth": "instantaneous bandwidth" / centre frequency, % (15 CFR 772.1); computed from the rated frequency range if absent.',
  ),
  // Semiconductor equipment and software, 3B993.f / 3D993.c.
  number(
    'overlay_accuracy_nm',
    'nm',
    'Overlay accuracy of imprint lithography equipment, nm (3B001.f.5 below 1.5 nm; 3B993.f.2 above 1.5 up to 4.0 nm).',
    { units: { nm: 1, um: 1000, µm: 1000 } },
  ),
  number(
    'imprint_feature_nm',
    'nm',
    'Smallest production feature the imprint lithography equipment is capable of, nm (3B001.f.2: 45 nm or less).',
    { exclusiveMin: true, units: { nm: 1, um: 1000, µm: 1000 } },
  ),
  {
    name: 'for_duv_masks',
    type: 'boolean',
    description:
      "'Computational lithography' software designed or modified for the development or production of patterns on DUV masks or reticles (3D993.c).",
  },
  // Quantum computers, 4A906.a.
  {
    name: 'physical_qubits',
    type: 'integer',
    unit: 'qubits',
    min: 0,
    description:
      "Number of 'fully controlled', 'connected' and 'working' 'physical qubits' the quantum computer supports (4A906 Technical Notes 1-5); not logical qubits.",
  },
  number(
    'cnot_error_percent',
    '%',
    "'C-NOT error': average physical gate error of nearest-neighbour two-qubit C-NOT gates, % (4A906 Technical Note 6); 10^-3 is 0.1 %.",
    { units: { '%': 1, fraction: 100, ppm: 0.0001 } },
  ),
  {
    name: 'quantum_computing_model',
    type: 'enum',
    values: ['gate_based', 'measurement_based', 'annealing'],
    description:
      'Circuit-model (gate-based) or one-way (measurement-based) quantum computers are 4A906; adiabatic/annealing ones are not (Note 1 to 4A906).',
  },
  // Inertial navigation, 7A003.
  {
    name: 'ins_platforms',
    type: 'enum',
    values: ['aircraft', 'land_vehicle', 'vessel'],
    description:
      'Platforms the inertial equipment is designed for; 7A003.a.1 (CEP rate), a.2 (% of distance) and a.3 (24 h drift) apply to aircraft, land vehicles and vessels respectively (Technical Note to 7A003.a).',
  },
  number(
    'position_error_rate_nmi_per_h',
    'nmi/h',
    'Unaided position "accuracy" as a "Circular Error Probable" rate, nautical miles per hour (7A003.a.1).',
    { units: { 'nmi/h': 1, 'km/h': 1 / 1.852 } },
  ),
  number(
    'position_error_percent_of_distance',
    '%',
    'Unaided position "accuracy" as CEP in % of distance travelled (7A003.a.2).',
  ),
  number(
    'position_drift_24h_nmi',
    'nmi',
    'Total unaided position drift "CEP" over a 24 h period, nautical miles (7A003.a.3).',
    { units: { nmi: 1, km: 1 / 1.852, m: 1 / 1852 } },
  ),
  number(
    'aiding_loss_cep_m',
    'm',
    'Position "accuracy" (CEP) within 4 minutes after loss of all embedded \'positional aiding references\', m (7A003.b).',
    { units: { m: 1, km: 1000 } },
  ),
  number(
    'heading_accuracy_deg_sec_lat',
    'deg sec(Lat)',
    'Unaided heading "accuracy", degrees × secant(latitude) (7A003.c; 0.07 deg sec(Lat) ≈ 6 arc minutes rms at 45°).',
  ),
  number('max_angular_rate_deg_s', 'deg/s', 'Maximum operating angular rate, degrees per second (7A003.c.1 / c.2).'),
  {
    name: 'positional_aiding',
    type: 'enum',
    values: ['none', 'embedded'],
    description:
      "'Positional aiding references' (GNSS, DBRN): 'none' = position without them (7A003.a), 'embedded' = built into the unit (7A003.b).",
  },
  {
    name: 'civil_aircraft_certified',
    type: 'boolean',
    description:
      'Certified for use on "civil aircraft" by the civil aviation authority of a Wassenaar Participating State (7A003 exclusion; 15 CFR 743 Supp. 1).',
  },
  // Communications surveillance, 5A001.j.
  {
    name: 'surveillance_capabilities',
    type: 'enum',
    values: [
      'carrier_class_ip_network',
      'application_layer_analysis',
      'metadata_and_content_extraction',
      'extracted_data_indexing',
      'hard_selector_search',
      'relational_network_mapping',
    ],
    description:
      'Every capability the IP-network surveillance system has (5A001.j.1.a-c on a carrier-class IP network, j.2.a-b); one not listed is taken as absent.',
  },
  {
    name: 'designed_for_marketing_qos_qoe',
    type: 'boolean',
    description:
      'Specially designed for marketing, network Quality of Service or Quality of Experience (Note to 5A001.j).',
  },
  // Military aircraft, 9A610.a.
  {
    name: 'specially_designed_military',
    type: 'boolean',
    description: '"Specially designed" for a military use (15 CFR 772.1 definition; 9A610.a).',
  },
  {
    name: 'usml_viii_a_enumerated',
    type: 'boolean',
    description: 'Enumerated in USML Category VIII(a) (22 CFR 121.1): then subject to the ITAR, not 9A610.a.',
  },
  {
    name: 'first_manufactured_before_1946',
    type: 'boolean',
    description: 'First manufactured before 1946 (Note 2.a to 9A610.a).',
  },
  {
    name: 'incorporates_usml_items',
    type: 'boolean',
    description:
      'Incorporates USML defense articles (other than those required by civil airworthiness standards) or operable USML weapons (Note 2.b-c to 9A610.a).',
  },
];

export const PARAMETER_BY_NAME: ReadonlyMap<string, ParameterDef> = new Map(PARAMETERS.map((p) => [p.name, p]));
