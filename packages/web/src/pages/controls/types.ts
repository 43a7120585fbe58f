/** Shapes of the controls API answers the list, compare and classify pages read (from the server's schemas). */
import { CONTROL_LISTS } from '@dualuse/core/controls';
import type { Answer, Schema } from '../../api';

/** GET /controls/{code}: the entry in each list in force, and one list's entry. */
export type Shown = Schema<'ControlShow'>;
export type EntryView = Schema<'ControlEntryView'>;
export type Entry = Schema<'ControlEntry'>;
export type EntryParagraph = Schema<'ControlParagraph'>;
export type EntryNote = Schema<'NoteBlock'>;
export type Counterpart = Schema<'ControlCounterpart'>;
/** GET /controls/search: one entry whose text matches. */
export type SearchHit = Schema<'ControlSearchHit'>;
/** POST /classify for one item. */
export type ClassificationAnswer = Schema<'ItemClassification'>;

/** GET /controls/versions: the imported list versions, newest effective date first. */
export type Versions = Answer<'/api/v1/controls/versions', 'get'>;

/** GET /controls/tree: one level of the tree (generated from the server's ControlTree schema). */
export type TreeNode = Schema<'ControlTreeNode'>;
export type TreeLevel = Schema<'ControlTree'>;

/** The jurisdictions a list may come from (core JURISDICTIONS), with what their list is called. */
/**
 * A label per publishing jurisdiction, read from the control-list registry (`CONTROL_LISTS` in
 * core) so no page keeps its own list of jurisdictions: the jurisdiction code and the name of its
 * first list, e.g. "US · Commerce Control List".
 */
export const JURISDICTION_LABELS: Record<string, string> = Object.fromEntries(
  Object.values(CONTROL_LISTS)
    .reverse()
    .map((list) => [list.jurisdiction, `${list.jurisdiction} · ${list.name}`]),
);

/** Query string of a page, read once when it opens (the router tracks only the path). */
export const queryParam = (name: string): string => new URLSearchParams(window.location.search).get(name) ?? '';
