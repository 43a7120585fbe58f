/**
 * Words in an item description that state a parameter unambiguously ("GPU" → the item is an
 * integrated circuit, "EUV" → a 13.5 nm light source). PRODUCT HEURISTICS OF OURS, not law:
 * every inferred value is shown with the words that triggered it and the cue's reason, and a
 * parameter the user gives explicitly always wins. A cue is added for a kind of wording, never
 * for one product; what a description does not state plainly stays unknown (fail closed): e.g.
 * "gaming" does not say "not marketed for datacenters" (Note 2 to 3A090.a), so no cue infers it.
 */

export interface DescriptionCue {
  id: string;
  /** Case-insensitive regular expression (source); the whole match is shown as the source words. */
  pattern: string;
  param: string;
  /** The value stated; `capture` takes the first group as a number (AES-256 → 256). */
  value: string | boolean | number | 'capture';
  /**
   * The word names the item itself (its form, its light source): it counts only as the head of the description, not
   * after "with", "for", "of", "containing" or a count. The item's form ("server", "GPU"): it counts only as the head
   * of the description, not after "with", "for", "containing" or a count ("8-GPU server", "server with 8 GPUs" is a
   * computer, "GPU for servers" an integrated circuit).
   */
  form?: boolean;
  /** Another pattern that must also occur (a "scanner" is lithography only next to lithography words). */
  requires?: string;
  /** Among cues for the same parameter only the highest rank counts ("non-mass-market" over "mass market"). */
  rank?: number;
  why: string;
}

/** How values of several cues for one parameter combine; absent: they must agree or nothing is inferred. */
export const CUE_COMBINE: Readonly<Record<string, 'union' | 'max'>> = {
  function: 'union',
  machine_type: 'union',
  symmetric_key_bits: 'max',
  contouring_axes: 'max',
};

const LITHO = String.raw`lithograph|\bEUV\b|\bDUV\b|\bArF|\bKrF\b|i-line|wafer|reticle|exposure tool`;
const MACHINE = String.raw`\bCNC\b|machining|milling|\bmill\b|lathe|turning|grinding|grinder|jig bor`;

export const DESCRIPTION_CUES: readonly DescriptionCue[] = [
  // ---- Form of the item (3A090 integrated circuits vs 4A090 computers and assemblies).
  {
    id: 'ic-processor',
    pattern: String.raw`\b(?:GP-?GPUs?|GPUs?|graphics (?:processors?|processing units?|cards?)|CPUs?|(?:micro)?processors?|FPGAs?|ASICs?|SoCs?|system[- ]on[- ]chip|NPUs?|TPUs?|(?:AI |ML |tensor |inference |training )?accelerators?|AI chips?|integrated circuits?)\b`,
    param: 'item_kind',
    value: 'integrated_circuit',
    form: true,
    why: 'processors, GPUs, FPGAs, ASICs and accelerators are integrated circuits (or boards carrying one, classified by it)',
  },
  {
    id: 'computer',
    pattern: String.raw`\b(?:servers?|workstations?|(?:super)?computers?|appliances?|compute nodes?|rack[- ]scale systems?)\b`,
    param: 'item_kind',
    value: 'computer',
    form: true,
    why: 'servers, workstations and appliances are computers (4A090 covers computers containing 3A090 ICs)',
  },
  {
    id: 'datacenter',
    pattern: String.raw`\bdata[- ]?cent(?:er|re)s?\b|\bhyperscale\b`,
    param: 'designed_for_datacenter',
    value: true,
    why: 'described or marketed for datacenters (Note 2 to 3A090.a and .b turns on "designed or marketed for use in datacenters")',
  },
  {
    id: 'hbm',
    pattern: String.raw`\bHBM\d?e?\b|high[- ]bandwidth memory`,
    param: 'function',
    value: 'memory',
    form: true,
    why: 'high bandwidth memory is a memory device (3A090.c)',
  },
  // ---- Lithography (3B001.f.1 step-and-repeat / step-and-scan; the light source by its name).
  {
    id: 'scanner',
    pattern: String.raw`\bscanners?\b|step[- ]and[- ]scan`,
    param: 'lithography_type',
    value: 'step_and_scan',
    requires: LITHO,
    why: 'a lithography scanner is step-and-scan equipment',
  },
  {
    id: 'stepper',
    pattern: String.raw`\bsteppers?\b|step[- ]and[- ]repeat`,
    param: 'lithography_type',
    value: 'step_and_repeat',
    requires: LITHO,
    why: 'a lithography stepper is step-and-repeat equipment',
  },
  {
    id: 'euv',
    pattern: String.raw`\bEUV\b|extreme[- ]ultra[- ]?violet|\b13\.5\s?nm\b`,
    param: 'wavelength_nm',
    value: 13.5,
    requires: LITHO,
    form: true,
    why: 'EUV lithography light sources emit at 13.5 nm',
  },
  {
    id: 'arf',
    pattern: String.raw`\bArF(?:i| immersion| excimer)?\b|\b193\s?nm\b`,
    param: 'wavelength_nm',
    value: 193,
    requires: LITHO,
    form: true,
    why: 'an ArF excimer laser emits at 193 nm',
  },
  {
    id: 'krf',
    pattern: String.raw`\bKrF\b|\b248\s?nm\b`,
    param: 'wavelength_nm',
    value: 248,
    requires: LITHO,
    form: true,
    why: 'a KrF excimer laser emits at 248 nm',
  },
  {
    id: 'i-line',
    pattern: String.raw`\bi-line\b|\b365\s?nm\b`,
    param: 'wavelength_nm',
    value: 365,
    requires: LITHO,
    form: true,
    why: 'i-line is the 365 nm mercury line',
  },
  // ---- Machine tools (2B001 / 2B991).
  {
    id: 'milling',
    pattern: String.raw`\bmachining cent(?:er|re)s?\b|\bmilling\b|\bmill\b|\b[VH]MC\b|\bmill[- ]turn|\bturn[- ]mill`,
    param: 'machine_type',
    value: 'milling',
    why: 'a machining centre or mill is a milling machine',
  },
  {
    id: 'turning',
    pattern: String.raw`\blathes?\b|\bturning\b|\bmill[- ]turn|\bturn[- ]mill`,
    param: 'machine_type',
    value: 'turning',
    why: 'a lathe or turning centre is a turning machine',
  },
  {
    id: 'grinding',
    pattern: String.raw`\bgrind(?:ing|ers?)\b`,
    param: 'machine_type',
    value: 'grinding',
    why: 'a grinder is a grinding machine',
  },
  {
    id: 'jig-boring',
    pattern: String.raw`\bjig[- ]bor(?:ing|ers?)\b`,
    param: 'machine_type',
    value: 'jig_boring',
    why: 'a jig borer is a jig boring machine',
  },
  {
    id: 'n-axis',
    pattern: String.raw`(?<![+\d])\b(\d)[- ]axis\b(?![- ]?(?:positioning|indexing|readout|DRO))`,
    param: 'contouring_axes',
    value: 'capture',
    requires: MACHINE,
    why: 'an "N-axis" machine tool is sold by its simultaneously controlled (contouring) axes; "3+2" indexing is not counted',
  },
  // ---- Information security (Category 5 Part 2).
  {
    id: 'encryption',
    pattern: String.raw`\bencrypt(?:ion|ed|s)?\b|\bcrypto(?:graphic|graphy)?\b|\bVPN\b|\bIPsec\b|\bAES\b|\bTLS\b|\bSSL\b|\bMACsec\b`,
    param: 'function',
    value: 'encryption',
    why: 'encryption, VPN, IPsec, TLS or AES means the item uses cryptography for data confidentiality',
  },
  {
    id: 'aes-key',
    pattern: String.raw`\b(?:XTS[- ])?AES[- ]?(?:XTS[- ]?)?(128|192|256)\b|\b(?:AES[- ])?(128|192|256)[- ]?bits?\s+(?:XTS[- ])?AES\b`,
    param: 'symmetric_key_bits',
    value: 'capture',
    why: 'AES-128/192/256 names the symmetric key length in bits',
  },
  {
    id: 'mass-market',
    pattern: String.raw`\bmass[- ]market\b`,
    param: 'mass_market',
    value: true,
    why: 'the description states the item is mass market (Cryptography Note, 740.17(b))',
  },
  {
    id: 'not-mass-market',
    pattern: String.raw`\b(?:non|not)[- ](?:a[- ])?mass[- ]market\b`,
    param: 'mass_market',
    value: false,
    rank: 1,
    why: 'the description states the item is not mass market',
  },
];
