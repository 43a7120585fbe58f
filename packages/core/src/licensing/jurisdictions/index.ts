export * from './model';
export * from './registry';
export { BUILT_IN_JURISDICTIONS } from './builtin';
