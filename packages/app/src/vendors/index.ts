/** Vendor restrictions, research security and emerging technologies (issue 16): use cases. */
export * from './check';
export { ownersAbove, type OwnerChain } from './ownership';
export * from './research';
export * from './proposals';
export * from './reports';
