export * from './registry';
export * from './commands';
export * from './protocol';
export * from './crypto';
export * from './simulator';
export * from './ingest';
export * from './evidence';
export * from './requests';
