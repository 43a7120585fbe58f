export * from './data';
export * from './screen';
export * from './counterparties';
export * from './output';
export * from './chunk';
export * from './chunk-queue';
export * from './chunk-worker';
export * from './distributed';
