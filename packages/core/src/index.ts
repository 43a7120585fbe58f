export * from './common/canonical-json';
export * from './common/errors';
export * from './common/hash';
export * from './common/ids';
export * from './access/roles';
export * from './access/principal';
export * from './audit/record';
export * from './audit/verify';
