export * from './entries';
export * from './import';
export * from './classify';
export * from './tree';
export * from './records';
export * from './curated';
