export * from './scoring';
export * from './records';
export * from './cases';
export * from './graph';
export * from './trade';
export * from './network-file';
export * from './recorded';
