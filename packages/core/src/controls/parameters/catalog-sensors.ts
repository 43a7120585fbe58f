/**
 * Parameters of the catalogue (./catalog.ts): sensors (6A003), UAVs (9A012), navigation (7A005),
 * software (3D003, 4D004), information security (Cat. 5 Part 2), electronics (3A001.a.5.a,
 * 3A001.b.2/b.3, 3A991.c).
 */
import { number, type ParameterDef } from './catalog-def';

export const SENSOR_PARAMETERS: readonly ParameterDef[] = [
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
];
