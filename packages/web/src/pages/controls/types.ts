/** Shapes of the controls API answers the list, compare and classify pages read. */
import type { ControlEntry, CounterpartEntry, Paragraph } from '@dualuse/core/controls';
import type { Schema } from '../../api';

/** One list's entry, as GET /controls/{code} returns it. */
export interface EntryView {
  jurisdiction: string;
  list: string;
  version: string;
  effectiveFrom: string;
  entry: ControlEntry;
  paragraph?: Paragraph;
  counterparts: CounterpartEntry[];
}

export interface Shown {
  asOf: string;
  code: string;
  entries: EntryView[];
}

/** GET /controls/tree: one level of the tree (generated from the server's ControlTree schema). */
export type TreeNode = Schema<'ControlTreeNode'>;
export type TreeLevel = Schema<'ControlTree'>;

/** The jurisdictions a list may come from (core JURISDICTIONS), with what their list is called. */
export const JURISDICTION_LABELS: Record<string, string> = {
  US: 'United States (CCL)',
  EU: 'European Union (Annex I)',
  UK: 'United Kingdom (Strategic Export Control List)',
  WA: 'Wassenaar Dual-Use List',
  JP: 'Japan',
  NL: 'Netherlands',
  AU: 'Australia (DSGL)',
};

/** Query string of a page, read once when it opens (the router tracks only the path). */
export const queryParam = (name: string): string => new URLSearchParams(window.location.search).get(name) ?? '';
