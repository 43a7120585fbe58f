/** A stored list version as callers see it (API, CLI, web UI). */
export interface ListVersionView {
  id: string;
  list: string;
  title: string;
  publisher: string;
  format: string;
  publishedAt: string | null;
  importedAt: string;
  contentHash: string;
  entryCount: number;
  warnings: number;
}
