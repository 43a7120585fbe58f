/**
 * Tables the identifier extractor (../identifiers.ts) reads besides PART_NUMBER_HEADINGS. Ours,
 * not law: they say how manufacturers and distributors write part numbers, so a compliance team
 * edits them like the word lists of item-hints.ts. A hit raises a question, never a classification.
 */

/**
 * Manufacturer names or short forms written glued before a part number ("TI-TPS7A4901",
 * "ST:STM32F407VGT6", "ADI_AD9361"): stripped before the part number is read. A manufacturer
 * written as a separate word ("ST STM32F407") needs nothing: the word has no digit and is skipped.
 */
export const MANUFACTURER_PREFIXES = [
  'ST',
  'STM',
  'STMICRO',
  'TI',
  'ADI',
  'AMD',
  'XILINX',
  'INTEL',
  'ALTERA',
  'MCHP',
  'MICROCHIP',
  'ATMEL',
  'NXP',
  'INFINEON',
  'IFX',
  'CYPRESS',
  'NORDIC',
  'ESPRESSIF',
  'NEXPERIA',
  'LINEAR',
  'MAXIM',
  'ONSEMI',
  'RENESAS',
  'LATTICE',
];

/**
 * Distributor wrappers around a manufacturer part number: Mouser prefixes a numeric manufacturer
 * code ("511-STM32F407VGT6"), Digi-Key appends "-ND" ("497-STM32F407VGT6-ND").
 */
export const DISTRIBUTOR_PREFIX = /^\d{2,4}-(?=[A-Z])/;
export const DISTRIBUTOR_SUFFIX = /-ND$/;

/**
 * Product-family (model) names of integrated-circuit lines → HS heading 8542: AMD-Xilinx Virtex,
 * Kintex, Artix, Zynq (FPGAs/SoCs), Intel-Altera Stratix, Arria, Agilex (FPGAs), ADI Blackfin (DSPs).
 * Names that are also ordinary words ("Cyclone": a dust separator, HS 8421) are left out on purpose.
 */
export const MODEL_FAMILY_HEADINGS: Record<string, string[]> = {
  virtex: ['8542'],
  kintex: ['8542'],
  artix: ['8542'],
  zynq: ['8542'],
  stratix: ['8542'],
  arria: ['8542'],
  agilex: ['8542'],
  blackfin: ['8542'],
};

/**
 * Labels that introduce a tariff code in free text ("HS 8542.31", "HS code: 854231", "CN 8542 31 90", "HTS
 * 8542.31.0000").
 */
export const TARIFF_CODE_LABELS = ['hs', 'h.s.', 'hts', 'cn', 'taric', 'tariff'];
