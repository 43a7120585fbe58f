/** The EAR country tables as imported, versioned data (public surface of the capability). */
export * from './model';
export * from './tables';
export * from './read';
export * from './diff';
export * from './status';
export { AMENDMENTS, type Amendment } from './history';
export { EMBARGOED_ROWS, AT_BLANK, ALIASES, CURATED_GROUPS } from './overlay';
export { CSV_FILES } from './ecfr-csv';
export { earCountryCode } from './ear-names';
