/**
 * Rebuilds an entry's paragraph tree ("a.", "a.1.", "f.1.b.2.") from its item list as
 * rendered text, keeping notes and technical notes on the paragraph they follow.
 *
 * The rendering mixes two enumerations: the entry's own paragraphs and lists inside notes
 * ("*Note: 2B001.c does not control ... a. Cylindrical ...*"). A labelled line opens a
 * paragraph only if it is a valid next label in the tree — its parent is the current
 * paragraph or one of its ancestors, and it comes after the parent's last child — and it is
 * not the continuation of a list that a note (italic) has started.
 */
import { leadingLabel, segmentRank } from './eccn';
import type { NoteBlock, NoteKind, Paragraph } from './model';

const NOTE_HEADER = /^((?:Technical\s+)?Notes?\b[^:]{0,160}|N\.\s?B\.[^:]{0,160}|Nota Bene[^:]{0,160}):\s*(.*)$/i;

export function noteHeader(plain: string): { kind: NoteKind; title: string; text: string } | undefined {
  const m = NOTE_HEADER.exec(plain);
  if (!m) return undefined;
  const title = m[1]!.trim();
  const kind: NoteKind = /^technical/i.test(title) ? 'technical_note' : /^n\.?\s?b|^nota/i.test(title) ? 'nb' : 'note';
  return { kind, title, text: m[2]!.trim() };
}

export const plainText = (line: string): string => line.replace(/\*/g, '').replace(/\s+/g, ' ').trim();

interface Node {
  paragraph: Paragraph | undefined;
  label: string;
  children: Paragraph[];
  lastRank: number;
  parent: Node | undefined;
}

export interface ParagraphTree {
  paragraphs: Paragraph[];
  /** Notes and text before the first paragraph. */
  preamble: NoteBlock[];
}

export function buildParagraphTree(code: string, lines: readonly string[]): ParagraphTree {
  const root: Node = { paragraph: undefined, label: '', children: [], lastRank: 0, parent: undefined };
  const preamble: NoteBlock[] = [];
  const byLabel = new Map<string, Node>([['', root]]);
  let current: Node = root;
  let note: NoteBlock | undefined;
  let noteListRank = 0;

  const notesHere = () => current.paragraph?.notes ?? preamble;
  const onPath = (node: Node) => {
    for (let n: Node | undefined = current; n; n = n.parent) if (n === node) return true;
    return false;
  };
  /** The parent a label may open under, or undefined; `z.1` after "d. through y. [Reserved]" implies `z`. */
  const validNext = (label: string): (() => Node) | undefined => {
    const segments = label.split('.');
    const parentLabel = segments.slice(0, -1).join('.');
    const parent = byLabel.get(parentLabel);
    const rank = segmentRank(segments[segments.length - 1]!);
    if (!parent) {
      const grand = segments.length > 1 && rank === 1 ? validNext(parentLabel) : undefined;
      return grand && (() => open(grand(), parentLabel, ''));
    }
    if (!onPath(parent)) return undefined;
    return rank > parent.lastRank ? () => parent : undefined;
  };
  const open = (parent: Node, label: string, text: string): Node => {
    const paragraph: Paragraph = { code: `${code}.${label}`, label, text, notes: [], children: [] };
    parent.children.push(paragraph);
    parent.lastRank = segmentRank(label.split('.').pop()!);
    const node: Node = { paragraph, label, children: paragraph.children, lastRank: 0, parent };
    byLabel.set(label, node);
    current = node;
    note = undefined;
    return node;
  };
  const appendText = (text: string) => {
    if (current.paragraph) current.paragraph.text += `\n${text}`;
    else preamble.push({ kind: 'other', title: '', text });
  };

  /** An italic line under a note: the note's own list ("a.", "b.") or text, unless it opens the next paragraph. */
  const continueNote = (n: NoteBlock, plain: string, labelled: ReturnType<typeof leadingLabel>): void => {
    if (labelled) {
      const segments = labelled.label.split('.');
      const rank = segmentRank(segments[0]!);
      const continuesNoteList =
        segments.length === 1 ? rank === noteListRank + 1 : rank <= noteListRank && noteListRank > 0;
      const parent = validNext(labelled.label);
      if (!continuesNoteList && parent) {
        open(parent(), labelled.label, labelled.rest);
        return;
      }
      if (segments.length === 1) noteListRank = rank;
    }
    n.text += `${n.text ? '\n' : ''}${plain}`;
  };
  const startNote = (header: NonNullable<ReturnType<typeof noteHeader>>): void => {
    note = { kind: header.kind, title: header.title, text: header.text };
    // "Note 1 to 3A090.a" belongs to 3A090.a even though it follows a.2.
    const target = new RegExp(`\\bto ${code}\\.([a-z0-9]+(?:\\.[a-z0-9]+)*)`).exec(header.title)?.[1];
    const named = target ? byLabel.get(target)?.paragraph : undefined;
    (named?.notes ?? notesHere()).push(note);
    noteListRank = 0;
  };

  for (const raw of lines) {
    const line = raw.trim();
    const plain = line ? plainText(line) : '';
    if (!plain) continue;
    const italic = line.startsWith('*') || line.startsWith('-*');
    const header = noteHeader(plain);
    if (header) {
      startNote(header);
      continue;
    }
    const labelled = leadingLabel(plain);
    if (note && italic) {
      continueNote(note, plain, labelled);
      continue;
    }
    note = undefined;
    const parent = labelled && validNext(labelled.label);
    if (labelled && parent) open(parent(), labelled.label, labelled.rest);
    else appendText(plain);
  }
  return { paragraphs: root.children, preamble };
}
