/**
 * Word lists and tables behind red flags 19, 23 and 25 of RED-FLAGS.md. HS headings are those
 * of the Harmonized System 2022 nomenclature (WCO); the business profiles of flag 19 are in
 * activities.ts. They are starting points a compliance team edits, not a classifier: a rule
 * built on them raises a question, never a determination.
 */

/**
 * HS headings of items whose end use matters (electronics, navigation, machine tools, optics, UAVs): the CHPL's
 * chapters 84–90 and 88.
 */
export const TECHNICAL_HEADINGS = [
  '8471',
  '8473',
  '8486',
  '8501',
  '8504',
  '8507',
  '8517',
  '8525',
  '8526',
  '8529',
  '8532',
  '8533',
  '8536',
  '8541',
  '8542',
  '8543',
  '8456',
  '8457',
  '8458',
  '8459',
  '8460',
  '8461',
  '8466',
  '8482',
  '8802',
  '8806',
  '8807',
  '9013',
  '9014',
  '9027',
  '9030',
  '9031',
];

/** Words of an item description → the HS headings such an item is classified in. */
export const DESCRIPTION_HEADINGS: Record<string, string[]> = {
  'integrated circuit': ['8542'],
  microcontroller: ['8542'],
  microprocessor: ['8542'],
  fpga: ['8542'],
  'memory chip': ['8542'],
  dram: ['8542'],
  'flash memory': ['8542'],
  asic: ['8542'],
  transistor: ['8541'],
  mosfet: ['8541'],
  igbt: ['8541'],
  diode: ['8541'],
  thyristor: ['8541'],
  capacitor: ['8532'],
  resistor: ['8533'],
  'ball bearing': ['8482'],
  bearing: ['8482'],
  oscilloscope: ['9030'],
  'spectrum analyser': ['9030'],
  'spectrum analyzer': ['9030'],
  'gnss receiver': ['8526', '8517', '8529'],
  'gps receiver': ['8526', '8517', '8529'],
  'gnss module': ['8526', '8517', '8529'],
  'gps module': ['8526', '8517', '8529'],
  'thermal camera': ['8525', '9013'],
  'thermal imaging': ['8525', '9013'],
  'night vision': ['8525', '9005', '9013'],
  'machining centre': ['8457'],
  'machining center': ['8457'],
  'cnc lathe': ['8458'],
  lathe: ['8458'],
  'milling machine': ['8459'],
  drone: ['8806'],
  'unmanned aerial vehicle': ['8806'],
  uav: ['8806'],
  'lithium battery': ['8507'],
  'lithium ion battery': ['8507'],
  'servo motor': ['8501'],
  'brushless motor': ['8501'],
  'electric motor': ['8501'],
};

/** Manufacturer part-number prefixes of well-known IC and discrete families → their HS heading. */
export const PART_NUMBER_HEADINGS: Record<string, string[]> = {
  // Integrated circuits: ST STM32/STM8, AMD-Xilinx XC7/XCKU/XCZU, Intel-Altera EP4C, Microchip ATMEGA/ATSAM/PIC, TI
  // TMS320/MSP430/TPS, ADI ADSP/AD9/LTC, Nordic NRF52, Espressif ESP32, NXP MCIMX/LPC, Infineon-Cypress CY8C.
  STM32: ['8542'],
  STM8: ['8542'],
  XC7: ['8542'],
  XCKU: ['8542'],
  XCZU: ['8542'],
  EP4C: ['8542'],
  ATMEGA: ['8542'],
  ATSAM: ['8542'],
  PIC16: ['8542'],
  PIC18: ['8542'],
  PIC32: ['8542'],
  TMS320: ['8542'],
  MSP430: ['8542'],
  TPS: ['8542'],
  ADSP: ['8542'],
  AD9: ['8542'],
  LTC: ['8542'],
  NRF52: ['8542'],
  ESP32: ['8542'],
  MCIMX: ['8542'],
  LPC: ['8542'],
  CY8C: ['8542'],
  // RF and mixed-signal ICs of radar, radio and SDR front ends: ADI (Hittite) HMC MMICs, ADAR beamformers, ADRV
  // transceivers, ADF PLL synthesisers; TI LMX synthesisers, LMK clock generators, AFE RF-sampling front ends.
  HMC: ['8542'],
  ADAR: ['8542'],
  ADRV: ['8542'],
  ADF4: ['8542'],
  LMX: ['8542'],
  LMK: ['8542'],
  AFE7: ['8542'],
  // Discrete transistors: Infineon IRF/IPB/IPP, ST STP, Nexperia BC8, JEDEC 2N.
  IRF: ['8541'],
  IPB: ['8541'],
  IPP: ['8541'],
  STP: ['8541'],
  BC8: ['8541'],
  '2N': ['8541'],
};

/** Words in an address that name a military site (English and transliterated Russian: "в/ч" = military unit). */
export const MILITARY_ADDRESS_WORDS = [
  'military unit',
  'military base',
  'air base',
  'airbase',
  'naval base',
  'army base',
  'air force base',
  'garrison',
  'barracks',
  'cantonment',
  'arsenal',
  'voyskovaya chast',
  'voiskovaya chast',
  'voinskaya chast',
  'v ch',
  'ministry of defence',
  'ministry of defense',
  'military district',
  'proving ground',
];
/** A party that declares itself military is not a "purported civil" end user. */
export const DECLARED_MILITARY = ['defence', 'defense', 'military', 'armed forces'];
