export * from './records';
export * from './shipments';
export * from './payments';
export * from './companies';
