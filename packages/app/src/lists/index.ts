export * from './import';
export * from './sync';
export * from './current';
export * from './rescreen';
