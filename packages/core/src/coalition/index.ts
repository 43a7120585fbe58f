/** Coalition coordination (issue 14): applications, decisions, denials, matching, no-undercut, notices, matrix. */
export * from './model';
export * from './data/refusal-criteria';
export * from './criteria';
export * from './parse';
export * from './denial';
export * from './control-overlap';
export * from './end-use';
export * from './match';
export * from './undercut';
export * from './notice';
export * from './matrix';
export * from './data/matrix-seed';
export * from './notice-body';
export * from './transaction-match';
export * from './application-transaction';
export * from './shared-lists';
