/**
 * Regulations (issue 11): the EAR country tables as imported, versioned data. Import a file set
 * or sync from the eCFR, look at the chart and groups as of a date with each fact's source,
 * compare versions, and hand the licensing engine the version in force on a transaction's date.
 */
export * from './import';
export * from './read';
export * from './tables';
