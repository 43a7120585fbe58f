/**
 * Policy analysis (issue 15): trade datasets and the cost of a proposed control, chokepoints over the
 * user's supply-chain data, investment-screening cases, and the S&T agreement registry.
 */
export * from './trade';
export * from './screening';
export * from './analysis';
export * from './consultations';
