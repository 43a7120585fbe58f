/** Formats of the vendor-restriction and research-security lists, registered with screening's list formats. */
export { ASPI_GALAXY, parseAspiGalaxy } from './aspi-galaxy';
export { FCC_COVERED_HEADER, parseFccCovered, producerOf } from './fcc-covered';
export { MILCORPS_HEADER, parseMilcorps } from './milcorps';
export { parseSpecialLeg, SPECIAL_LEG_HEADER } from './special-leg';
