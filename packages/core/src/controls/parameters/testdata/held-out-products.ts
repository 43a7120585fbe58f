/**
 * Our own held-out-style product set for descriptive classification: real products described
 * in one line as a user would, plus the figures their makers publish. Not used to write cues
 * (description-cues.ts); a test and bench/controls-describe.ts measure first-pass rates on it.
 * `expect` is what 15 CFR 774 gives for those figures under our rules (US only); `source`
 * says where the figures are published. Machine-tool figures are the makers' stated
 * positioning accuracy/repeatability, not ISO 230-2 unidirectional values (`caveat`).
 */
export interface HeldOutProduct {
  family: 'accelerator' | 'computer' | 'lithography' | 'machine_tool' | 'encryption';
  description: string;
  parameters: Record<string, unknown>;
  /** US entries expected; [] = not listed by the modelled entries. */
  expect: string[];
  source: string;
  caveat?: string;
}

export const HELD_OUT_PRODUCTS: readonly HeldOutProduct[] = [
  {
    family: 'accelerator',
    description: 'NVIDIA A100 80GB SXM4 Tensor Core GPU for data centers',
    parameters: { dense_tops: { value: 312, unit: 'TFLOPS' }, bit_length: 16, die_area_mm2: 826 },
    expect: ['3A090.a'],
    source: 'NVIDIA A100 datasheet (FP16 Tensor Core 312 TFLOPS dense); GA100 die 826 mm², NVIDIA Ampere whitepaper',
  },
  {
    family: 'accelerator',
    description: 'AMD Instinct MI250X OAM accelerator',
    parameters: { dense_tops: { value: 383, unit: 'TFLOPS' }, bit_length: 16 },
    expect: ['3A090.a'],
    source: 'AMD Instinct MI250X product page (peak FP16 383 TFLOPs)',
  },
  {
    family: 'accelerator',
    description: 'NVIDIA L40S GPU, universal data center accelerator',
    parameters: { dense_tops: { value: 733, unit: 'TFLOPS' }, bit_length: 8, die_area_mm2: 608.5 },
    expect: ['3A090.a'],
    source: 'NVIDIA L40S datasheet (FP8 733 TFLOPS dense, 1466 with sparsity); AD102 die 608.5 mm²',
  },
  {
    family: 'accelerator',
    description: 'NVIDIA GeForce RTX 4090 graphics card',
    parameters: { dense_tops: { value: 660.6, unit: 'TFLOPS' }, bit_length: 8, die_area_mm2: 608.5 },
    expect: ['3A090.a'],
    source: 'NVIDIA Ada Lovelace architecture whitepaper, RTX 4090: peak FP8 Tensor 660.6 TFLOPS dense',
  },
  {
    family: 'computer',
    description: 'NVIDIA DGX A100 AI server with eight A100 80GB GPUs',
    parameters: { dense_tops: { value: 312, unit: 'TFLOPS' }, bit_length: 16 },
    expect: ['4A090.a'],
    source: 'NVIDIA DGX A100 datasheet (8 × A100); per-GPU FP16 Tensor 312 TFLOPS dense',
  },
  {
    family: 'computer',
    description: 'Dell PowerEdge XE9680 rack server, 8x AMD Instinct MI300X accelerators',
    parameters: { dense_tops: { value: 1307.4, unit: 'TFLOPS' }, bit_length: 16 },
    expect: ['4A090.a'],
    source: 'Dell PowerEdge XE9680 spec sheet; AMD Instinct MI300X datasheet (peak FP16 1307.4 TFLOPS dense)',
  },
  {
    family: 'lithography',
    description: 'ASML TWINSCAN NXE:3600D EUV lithography system',
    parameters: { numerical_aperture: 0.33, dedicated_chuck_overlay_nm: 1.1, lithography_type: 'step_and_scan' },
    expect: ['3B001.f.1.a'],
    source: 'ASML TWINSCAN NXE:3600D product page (NA 0.33, 13 nm resolution, DCO ≤ 1.1 nm)',
  },
  {
    family: 'lithography',
    description: 'ASML TWINSCAN NXT:2000i ArF immersion scanner',
    parameters: { numerical_aperture: 1.35, dedicated_chuck_overlay_nm: 1.4 },
    expect: ['3B001.f.1.b'],
    source: 'ASML TWINSCAN NXT:2000i product page (NA 1.35, resolution ≤ 38 nm, dedicated chuck overlay ≤ 1.4 nm)',
  },
  {
    family: 'lithography',
    description: 'ASML TWINSCAN NXT:1980Di DUV immersion lithography scanner',
    parameters: { numerical_aperture: 1.35, dedicated_chuck_overlay_nm: 1.6, wavelength_nm: 193 },
    expect: ['3B993.f.1.b'],
    source: 'ASML TWINSCAN NXT:1980Di product page (NA 1.35, resolution ≤ 38 nm, dedicated chuck overlay ≤ 1.6 nm)',
  },
  {
    family: 'lithography',
    description: 'Canon FPA-5550iZ2 i-line stepper',
    parameters: { numerical_aperture: 0.57 },
    expect: [],
    source: 'Canon FPA-5550iZ2 product page (i-line, NA 0.57, resolution ≤ 350 nm)',
  },
  {
    family: 'machine_tool',
    description: 'Haas UMC-750 5-axis universal machining center',
    parameters: {
      positioning_repeatability_um: 2.5,
      positioning_accuracy_um: 5,
      travel_m: { value: 762, unit: 'mm' },
    },
    expect: ['2B991.c'],
    source: 'Haas UMC-750 specifications (X travel 30 in; positioning accuracy ±0.0002 in, repeatability ±0.0001 in)',
    caveat: 'maker figures, not ISO 230-2 unidirectional repeatability',
  },
  {
    family: 'machine_tool',
    description: 'Haas ST-10 2-axis CNC turning center',
    parameters: { positioning_repeatability_um: 2.5, positioning_accuracy_um: 5, travel_m: { value: 356, unit: 'mm' } },
    expect: ['2B991.c'],
    source: 'Haas ST-10 specifications (Z travel 14 in; positioning accuracy ±0.0002 in, repeatability ±0.0001 in)',
    caveat: 'maker figures, not ISO 230-2 unidirectional repeatability',
  },
  {
    family: 'encryption',
    description: 'Kingston IronKey Vault Privacy 50 encrypted USB drive, XTS-AES 256-bit, mass market',
    parameters: {},
    expect: ['5A992.c'],
    source: 'Kingston IronKey VP50 datasheet (FIPS 197 XTS-AES 256-bit hardware encryption)',
  },
  {
    family: 'encryption',
    description: 'Samsung Galaxy S24 smartphone with AES-256 file-based encryption (mass market)',
    parameters: {},
    expect: ['5A992.c'],
    source: 'Samsung Knox white paper (AES-256 file-based encryption)',
  },
  {
    family: 'encryption',
    description: 'Fortinet FortiGate 100F VPN firewall appliance, AES-256 IPsec, not mass market',
    parameters: {},
    expect: ['5A002.a'],
    source: 'Fortinet FortiGate 100F datasheet (IPsec VPN, AES-256)',
  },
];
