/** Coalition coordination use cases (issue 14). */
export * from './coalitions';
export * from './applications';
export * from './decide';
export * from './consultations';
export * from './denials';
export * from './matrix';
export * from './notices';
export * from './remote';
export * from './push';
export * from './visible-denials';
export * from './shared-lists';
export * from './shared-consumption';
