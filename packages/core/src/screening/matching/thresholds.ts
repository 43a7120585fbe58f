/**
 * The default decision threshold: a score at or above it is a hit. Chosen on the public
 * labelled pairs (bench/screening-pairs.ts) to maximise F1 without missing a STRONG pair;
 * a tenant may set its own.
 */
export const DEFAULT_THRESHOLD = 0.8;
