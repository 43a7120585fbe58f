export * from './model';
export * from './transaction';
export * from './facts';
export * from './conditions';
export * from './engine';
export * from './rules';
export * from './licences';
