export * from './canonical-json';
export * from './countries';
export * from './country-names';
export * from './errors';
export * from './evidence';
export * from './hash';
export * from './ids';
export * from './memo';
