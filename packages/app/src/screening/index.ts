export * from './data';
export * from './screen';
export * from './counterparties';
export * from './compare';
