/**
 * A control list as a tree for browsing, one level per call so the UI loads only what is
 * opened: categories (0-9) → product groups (A-E) → entries. The paragraphs, notes and
 * licence exceptions of one entry come from showControl (GET /controls/{code}).
 */
import {
  authorise,
  DomainError,
  invalidInput,
  isJurisdiction,
  JURISDICTIONS,
  type NoteBlock,
  type Principal,
} from '@dualuse/core';
import { CATEGORY_CITATION, CATEGORY_TITLES, PRODUCT_GROUP_TITLES } from '@dualuse/core/controls';
import { controlVersionsAsOf, inTenant, listControlEntryCodes, listControlEntrySummaries } from '@dualuse/store';
import { isoDate } from './entries';
import type { AppContext } from '../common';

/** Codes outside the ECCN-style numbering (UK PL5xxx, national entries) sit under this key. */
export const OTHER_ENTRIES = 'other';
const NUMBERED = /^(\d)([A-E])/;

export interface ControlTreeNode {
  /** What to pass as `prefix` to open this node ('3', '3A', 'other'), or the entry code. */
  code: string;
  kind: 'category' | 'group' | 'entry';
  heading: string;
  /** category and group: how many entries are below. */
  entries?: number;
  /** entry: its reasons for control, Country Chart columns, top-level paragraph count and list. */
  reasons?: string[];
  chartColumns?: string[];
  paragraphs?: number;
  list?: string;
  /** entry: whose words its heading is (own, us_counterpart = the US CCL heading, summary). */
  text_source?: string;
}

export interface ControlTree {
  asOf: string;
  jurisdiction: string;
  prefix: string;
  lists: Array<{ list: string; version: string; effectiveFrom: string; entryCount: number }>;
  nodes: ControlTreeNode[];
  /**
   * prefix a category ('4'): notes that belong to the category, not an entry (Category 4's Technical Note on 'APP').
   */
  notes: NoteBlock[];
  citation: string;
}

const keyOf = (code: string, depth: 1 | 2): string => {
  const m = NUMBERED.exec(code);
  if (!m) return OTHER_ENTRIES;
  return depth === 1 ? m[1]! : `${m[1]}${m[2]}`;
};

function grouped(codes: readonly string[], depth: 1 | 2): ControlTreeNode[] {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(keyOf(code, depth), (counts.get(keyOf(code, depth)) ?? 0) + 1);
  return [...counts].map(([code, entries]) => ({
    code,
    kind: depth === 1 ? ('category' as const) : ('group' as const),
    heading:
      code === OTHER_ENTRIES
        ? 'Entries outside the category numbering (national entries)'
        : depth === 1
          ? CATEGORY_TITLES[code]!
          : PRODUCT_GROUP_TITLES[code[1]!]!,
    entries,
  }));
}

/**
 * One level of the tree: prefix '' → categories, '3' → product groups of Category 3,
 * '3A' (or 'other') → the entries. Answers for one jurisdiction's lists in force on asOf.
 */
export async function controlTree(
  ctx: AppContext,
  p: Principal,
  q: { asOf?: string | undefined; jurisdiction?: string | undefined; prefix?: string | undefined },
): Promise<ControlTree> {
  authorise(p, 'controls:read');
  const asOf = q.asOf ? isoDate(q.asOf, '/asOf') : ctx.now().toISOString().slice(0, 10);
  const jurisdiction = (q.jurisdiction ?? 'US').toUpperCase();
  if (!isJurisdiction(jurisdiction))
    throw invalidInput(`unknown jurisdiction '${q.jurisdiction}' (${JURISDICTIONS.join(', ')})`, '/jurisdiction');
  const prefix = q.prefix ?? '';
  if (!/^(\d[A-E]?)?$/.test(prefix) && prefix !== OTHER_ENTRIES)
    throw invalidInput(
      `prefix '${prefix}' is not a category (3), a product group (3A) or '${OTHER_ENTRIES}'`,
      '/prefix',
    );
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const versions = await controlVersionsAsOf(tx, asOf, jurisdiction);
    if (versions.length === 0)
      throw new DomainError(
        'not_found',
        `no control list of ${jurisdiction} is in force on ${asOf}; import one with: dualuse controls import FILE`,
      );
    const ids = versions.map((v) => v.id);
    const listOf = new Map(versions.map((v) => [v.id, v.list]));
    // Categories and groups need only the codes; entry summaries are read for one group at a time.
    const nodes: ControlTreeNode[] =
      prefix.length <= 1
        ? grouped(await listControlEntryCodes(tx, ids, prefix), prefix === '' ? 1 : 2)
        : (await listControlEntrySummaries(tx, ids, prefix === OTHER_ENTRIES ? '' : prefix))
            .filter((r) => prefix !== OTHER_ENTRIES || !NUMBERED.test(r.code))
            .map((r) => ({
              code: r.code,
              kind: 'entry' as const,
              heading: r.heading,
              text_source: r.textSource,
              reasons: r.reasons,
              chartColumns: r.chartColumns,
              paragraphs: r.paragraphCount,
              list: listOf.get(r.versionId)!,
            }));
    return {
      asOf,
      jurisdiction,
      prefix,
      lists: versions.map((v) => ({
        list: v.list,
        version: v.version,
        effectiveFrom: v.effectiveFrom,
        entryCount: v.entryCount,
      })),
      nodes,
      notes: /^\d$/.test(prefix)
        ? versions.flatMap((v) =>
            (v.categoryNotes as Array<{ category: number; note: NoteBlock }>)
              .filter((c) => c.category === Number(prefix))
              .map((c) => c.note),
          )
        : [],
      citation: CATEGORY_CITATION,
    };
  });
}
