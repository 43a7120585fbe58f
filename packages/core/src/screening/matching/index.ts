export * from './candidate-index';
export * from './compare-names';
export * from './normalise';
export * from './pair';
export * from './screen';
export * from './thresholds';
export * from './transliterate';
export * from './weights';
