/** A stored list version as callers see it (API, CLI, web UI). */
export interface ListVersionView {
  id: string;
  list: string;
  title: string;
  publisher: string;
  format: string;
  publishedAt: string | null;
  /** How publishedAt was obtained (core/screening/lifecycle.ts) and why, for the operator. */
  dateSource: 'stated' | 'entries' | 'declared' | 'unknown';
  publishedBasis: string;
  /** 'secondary': a republication of another publisher's list (trade.gov CSL, OpenSanctions). */
  sourceRole: 'primary' | 'secondary';
  /** Entry count the file declared, when its format declares one. */
  declaredCount: number | null;
  importedAt: string;
  contentHash: string;
  entryCount: number;
  warnings: number;
}
