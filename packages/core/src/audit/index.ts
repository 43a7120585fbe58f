export * from './record';
export * from './verify';
export * from './checkpoint';
