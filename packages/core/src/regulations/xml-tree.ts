/**
 * A small element tree over saxes for the eCFR XML of one part (a few hundred kB): enough to
 * find a supplement by its heading and walk its tables. No DTD, no entities beyond XML's own
 * (a DOCTYPE is refused: the external-entity and entity-expansion vector).
 */
import { SaxesParser } from 'saxes';
import { invalidInput } from '../common/errors';

export interface Node {
  name: string;
  attrs: Record<string, string>;
  children: (Node | string)[];
  line: number;
}

/** Documents larger than this are refused before parsing (the eCFR part 740 XML is about 1 MB). */
export const MAX_XML_CHARS = 32 * 1024 * 1024;

export function parseXmlTree(text: string, file: string): Node {
  if (text.length > MAX_XML_CHARS)
    throw invalidInput(
      `${file}: ${text.length} characters, more than the ${MAX_XML_CHARS} limit for one eCFR part`,
      file,
    );
  if (/<!DOCTYPE/i.test(text.slice(0, 4096)))
    throw invalidInput(`${file}: a DOCTYPE is not accepted (the eCFR XML has none)`, file);
  const root: Node = { name: '#root', attrs: {}, children: [], line: 0 };
  const stack: Node[] = [root];
  const parser = new SaxesParser({ xmlns: false });
  parser.on('doctype', () => {
    throw invalidInput(`${file}: a DOCTYPE is not accepted`, file);
  });
  parser.on('opentag', (t) => {
    const n: Node = {
      name: t.name.toUpperCase(),
      attrs: Object.fromEntries(
        Object.entries(t.attributes as Record<string, string>).map(([k, v]) => [k.toUpperCase(), v]),
      ),
      children: [],
      line: parser.line,
    };
    stack.at(-1)!.children.push(n);
    stack.push(n);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (s) => void stack.at(-1)!.children.push(s));
  parser.on('cdata', (s) => void stack.at(-1)!.children.push(s));
  try {
    parser.write(text).close();
  } catch (error) {
    throw invalidInput(`${file}: not well-formed XML (${(error as Error).message.split('\n')[0]})`, file);
  }
  return root;
}

const FOOTNOTE_MARKS = new Set(['SU', 'SUP']);

/** Text of a node, whitespace collapsed; footnote markers (SU, sup) left out unless `marks`. */
export function text(n: Node | string, marks = false): string {
  const raw = (x: Node | string): string =>
    typeof x === 'string'
      ? x
      : !marks && FOOTNOTE_MARKS.has(x.name)
        ? ' '
        : x.name === 'BR'
          ? ' '
          : x.children.map(raw).join('');
  return raw(n).replace(/\s+/g, ' ').trim();
}

/** The footnote numbers marked in a node (SU / sup children). */
export function footnoteMarks(n: Node): number[] {
  const out: number[] = [];
  const walk = (x: Node) => {
    for (const c of x.children) {
      if (typeof c === 'string') continue;
      if (FOOTNOTE_MARKS.has(c.name)) for (const m of text(c, true).match(/\d+/g) ?? []) out.push(Number(m));
      else walk(c);
    }
  };
  walk(n);
  return out;
}

export function* descendants(n: Node): Generator<Node> {
  for (const c of n.children) {
    if (typeof c === 'string') continue;
    yield c;
    yield* descendants(c);
  }
}

export const childNodes = (n: Node): Node[] => n.children.filter((c): c is Node => typeof c !== 'string');

/** The DIVn whose HEAD starts with `head` ("Supplement No. 1 to Part 738"). */
export function division(root: Node, head: RegExp): Node | undefined {
  for (const d of descendants(root)) {
    if (!/^DIV\d$/.test(d.name)) continue;
    const h = childNodes(d).find((c) => c.name === 'HEAD');
    if (h && head.test(text(h))) return d;
  }
  return undefined;
}
