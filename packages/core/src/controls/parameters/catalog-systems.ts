/**
 * Parameters of the catalogue (./catalog.ts): semiconductor equipment and software (3B993.f, 3D993.c),
 * quantum computers (4A906), inertial navigation (7A003), communications surveillance (5A001.j),
 * military aircraft (9A610.a).
 */
import { number, type ParameterDef } from './catalog-def';

export const SYSTEM_PARAMETERS: readonly ParameterDef[] = [
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
