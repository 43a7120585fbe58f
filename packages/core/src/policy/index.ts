/**
 * Policy analysis (issue 15): the cost of a proposed control against trade data, supply-chain
 * chokepoints, investment screening, and a registry of science-and-technology agreements.
 * Pure functions over imported data; the app stores datasets and cases and audits use.
 */
export * from './trade-data';
export * from './correspondence';
export * from './draft-control';
export * from './control-cost';
export * from './supply-chain';
export * from './coalition';
export * from './chokepoints';
export * from './data/input-entries';
export * from './investment';
export * from './screening-result';
export * from './cfius';
export * from './fdi-eu-uk';
export * from './screen-investment';
export * from './data/investment-law';
export * from './agreements';
export * from './data/agreements';
export * from './shipments';
