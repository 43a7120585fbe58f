/**
 * What a person reads for each parameter of the catalogue (./catalog.ts): a label in words, the
 * unit as written in the regulation (mm², µm; none for counts and dimensionless figures such as
 * TPP), and a label for each value of a choice. Our wording, kept as data beside the catalogue so
 * that the web forms, the CLI and the explanations say the same thing; the API keeps the names.
 */
import { PARAMETER_BY_NAME } from './catalog';

export interface ParameterLabel {
  label: string;
  /** Unit as displayed; '' for a count or a figure without a unit. Absent: the canonical unit via UNIT_LABELS. */
  unit?: string;
  /** Choices (enum values) in words. */
  values?: Readonly<Record<string, string>>;
}

/** Canonical units (catalog.ts) as written in the regulations. */
export const UNIT_LABELS: Readonly<Record<string, string>> = {
  mm2: 'mm²',
  um: 'µm',
  'TPP/mm2': 'per mm²',
  'GB/s/mm2': 'GB/s per mm²',
  bit: 'bits',
  'deg sec(Lat)': '° × sec(latitude)',
  'deg/s': '°/s',
};

export const PARAMETER_LABELS: Readonly<Record<string, ParameterLabel>> = {
  function: {
    label: 'Function',
    values: {
      computing: 'computing',
      memory: 'memory',
      lithography: 'lithography',
      machining: 'machining',
      encryption: 'encryption',
      thermal_imaging: 'thermal imaging',
      uav: 'unmanned aerial vehicle',
      navigation: 'satellite navigation',
      surveillance: 'network surveillance',
      intrusion_software: 'intrusion software',
      quantum_computing: 'quantum computing',
      telecommunications: 'telecommunications',
      computational_lithography: 'computational lithography',
      inertial_navigation: 'inertial navigation',
      aircraft: 'aircraft',
    },
  },
  item_kind: {
    label: 'Form of the item',
    values: {
      integrated_circuit: 'integrated circuit',
      computer: 'computer',
      electronic_assembly: 'electronic assembly',
      equipment: 'equipment',
      software: 'software',
      technology: 'technology',
    },
  },
  dense_tops: { label: 'Dense TOPS' },
  bit_length: { label: 'Bit length of the operation' },
  tpp: { label: 'Total processing performance (TPP)', unit: '' },
  die_area_mm2: { label: 'Applicable die area' },
  performance_density: { label: 'Performance density (TPP per mm²)', unit: '' },
  designed_for_datacenter: { label: 'Designed or marketed for datacenters' },
  memory_bandwidth_gbps: { label: 'Memory bandwidth' },
  package_area_mm2: { label: 'Package area' },
  memory_bandwidth_density: { label: 'Memory bandwidth density' },
  io_bandwidth_gbps: { label: 'Aggregate bidirectional I/O rate' },
  lithography_type: {
    label: 'Kind of lithography equipment',
    values: {
      step_and_scan: 'step-and-scan',
      step_and_repeat: 'step-and-repeat',
      imprint: 'imprint',
      direct_write: 'direct write',
      mask_writer: 'mask writer',
    },
  },
  wavelength_nm: { label: 'Light-source wavelength' },
  numerical_aperture: { label: 'Numerical aperture (NA)', unit: '' },
  mrf_nm: { label: 'Minimum resolvable feature size (MRF)' },
  dedicated_chuck_overlay_nm: { label: 'Dedicated chuck overlay' },
  machine_type: {
    label: 'Machining capability',
    values: { turning: 'turning', milling: 'milling', grinding: 'grinding', jig_boring: 'jig boring' },
  },
  linear_axes: { label: 'Linear axes', unit: '' },
  rotary_axes: { label: 'Rotary axes', unit: '' },
  contouring_axes: { label: 'Axes for simultaneous contouring control', unit: '' },
  positioning_repeatability_um: { label: 'Unidirectional positioning repeatability' },
  travel_m: { label: 'Travel length' },
  positioning_accuracy_um: { label: 'Positioning accuracy' },
  fpa_type: {
    label: 'Focal plane array',
    values: {
      microbolometer_2d: '2-D microbolometer array',
      microbolometer_linear: 'linear microbolometer array',
      cooled_photon_detector: 'cooled photon detector',
      other: 'other',
    },
  },
  frame_rate_hz: { label: 'Frame rate' },
  beyond_visual_line_of_sight: { label: 'Flies beyond the operator’s line of sight' },
  endurance_h: { label: 'Endurance' },
  wind_gust_kmh: { label: 'Wind gusts it flies in' },
  gnss_government_decryption: { label: 'Decrypts government satellite-navigation codes' },
  adaptive_antenna: { label: 'Adaptive antenna (null steering)' },
  for_euv_masks: { label: 'For EUV masks or reticles' },
  authorised_updates_only: { label: 'Only authorised updates' },
  symmetric_key_bits: { label: 'Symmetric key length' },
  mass_market: { label: 'Mass market (Cryptography Note)' },
  adc_resolution_bits: { label: 'ADC resolution' },
  sample_rate_msps: { label: 'Sample rate' },
  rf_device_type: {
    label: 'Microwave device',
    values: { mmic_amplifier: 'MMIC amplifier', discrete_transistor: 'discrete microwave transistor' },
  },
  frequency_min_ghz: { label: 'Lowest operating frequency' },
  frequency_max_ghz: { label: 'Highest operating frequency' },
  peak_saturated_power_w: { label: 'Peak saturated power (Psat)' },
  fractional_bandwidth_percent: { label: 'Fractional bandwidth' },
  overlay_accuracy_nm: { label: 'Overlay accuracy' },
  imprint_feature_nm: { label: 'Smallest imprint feature' },
  for_duv_masks: { label: 'For DUV masks or reticles' },
  physical_qubits: { label: 'Physical qubits', unit: '' },
  cnot_error_percent: { label: 'C-NOT error' },
  quantum_computing_model: {
    label: 'Quantum computing model',
    values: { gate_based: 'gate-based', measurement_based: 'measurement-based', annealing: 'annealing' },
  },
  ins_platforms: {
    label: 'Platforms',
    values: { aircraft: 'aircraft', land_vehicle: 'land vehicle', vessel: 'vessel' },
  },
  position_error_rate_nmi_per_h: { label: 'Position error rate (CEP)' },
  position_error_percent_of_distance: { label: 'Position error (CEP) per distance travelled' },
  position_drift_24h_nmi: { label: 'Position drift over 24 h (CEP)' },
  aiding_loss_cep_m: { label: 'Position error 4 min after losing aiding (CEP)' },
  heading_accuracy_deg_sec_lat: { label: 'Heading accuracy' },
  max_angular_rate_deg_s: { label: 'Maximum angular rate' },
  positional_aiding: {
    label: 'Positional aiding references',
    values: { none: 'none', embedded: 'embedded' },
  },
  civil_aircraft_certified: { label: 'Certified for civil aircraft' },
  surveillance_capabilities: {
    label: 'Surveillance capabilities',
    values: {
      carrier_class_ip_network: 'carrier-class IP network',
      application_layer_analysis: 'application-layer analysis',
      metadata_and_content_extraction: 'metadata and content extraction',
      extracted_data_indexing: 'indexing of extracted data',
      hard_selector_search: 'search by hard selectors',
      relational_network_mapping: 'relational network mapping',
    },
  },
  designed_for_marketing_qos_qoe: { label: 'Designed for marketing or network QoS/QoE' },
  specially_designed_military: { label: 'Specially designed for military use' },
  usml_viii_a_enumerated: { label: 'Enumerated in USML Category VIII(a)' },
  first_manufactured_before_1946: { label: 'First manufactured before 1946' },
  incorporates_usml_items: { label: 'Incorporates USML items' },
};

/** "Total processing performance (TPP)"; a name outside the catalogue is returned as given. */
export const parameterLabel = (name: string): string => PARAMETER_LABELS[name]?.label ?? name;

/** The unit as displayed ("mm²"), '' when there is none. */
export function unitLabel(name: string): string {
  const own = PARAMETER_LABELS[name]?.unit;
  if (own !== undefined) return own;
  const unit = PARAMETER_BY_NAME.get(name)?.unit;
  return unit === undefined ? '' : (UNIT_LABELS[unit] ?? unit);
}

/** A choice, yes/no or number in words: "integrated circuit", "yes", "814 mm²". */
export function valueLabel(name: string, value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => valueLabel(name, v)).join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return PARAMETER_LABELS[name]?.values?.[value] ?? value.replaceAll('_', ' ');
  const unit = unitLabel(name);
  return `${String(value)}${unit ? ` ${unit}` : ''}`;
}

/** "Light-source wavelength (nm)": a form field's label. */
export function fieldLabel(name: string): string {
  const unit = PARAMETER_BY_NAME.get(name)?.type === 'enum' ? '' : unitLabel(name);
  return `${parameterLabel(name)}${unit ? ` (${unit})` : ''}`;
}
