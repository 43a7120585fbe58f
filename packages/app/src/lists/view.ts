/** The public view of a stored list version, with how it was dated and where it came from. */
import { canonicalJson, sha256Hex, type ListEntry, type ListVersionView } from '@dualuse/core';
import type { ListVersionRow } from '@dualuse/store';
import { dateSourceOf } from './current';

export const listVersionView = (v: ListVersionRow): ListVersionView => ({
  id: v.id,
  list: v.list,
  title: v.title,
  publisher: v.publisher,
  format: v.format,
  publishedAt: v.publishedAt,
  dateSource: dateSourceOf(v),
  publishedBasis:
    v.publishedBasis ??
    (v.publishedAt
      ? `publication date stated by the file: ${v.publishedAt}`
      : 'the file stated no publication date (imported before dating rules)'),
  sourceRole: v.sourceRole as ListVersionView['sourceRole'],
  declaredCount: v.declaredCount,
  importedAt: v.importedAt.toISOString(),
  contentHash: v.contentHash,
  entryCount: v.entryCount,
  warnings: (v.warnings as unknown[]).length,
});

export const entryHash = (e: ListEntry): string => sha256Hex(canonicalJson(e));
