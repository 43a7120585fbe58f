export * from './app';
export * from './routing';
export * from './listen';
