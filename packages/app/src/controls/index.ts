export * from './entries';
export * from './tree';
export * from './records';
export * from './curated';
