/**
 * Vendor restrictions, research security and emerging technologies (issue 16): lists' legal effects, the inventory
 * check.
 */
export * from './categories';
export * from './check';
export * from './clean-network';
export * from './fcc-scope';
export * from './inventory';
export * from './legal-effects';
export * from './formats/index';
export * from './research';
export * from './emerging/index';
