/**
 * Streaming XML with hostile-input defences, on top of saxes (a non-validating, well-formedness
 * checking parser that expands no DTD entities). Only "record" elements (a UN INDIVIDUAL, an EU
 * sanctionEntity, a spreadsheet row...) are built into small trees and handed to the format;
 * the rest of the document is never held as a tree, so a 100 MB file stays cheap.
 *
 * A DOCTYPE is refused outright: no official list uses one, and refusing it blocks external
 * entities (XXE) and entity-expansion bombs ("billion laughs") at the root (OWASP XXE
 * Prevention Cheat Sheet: "disable DTDs completely").
 */
import { SaxesParser } from 'saxes';
import { DEFAULT_MAX_FIELD_CHARS, DEFAULT_MAX_ROWS, parseError, tooLong, tooManyRows, type ReadLimits } from './input';

export interface XmlEl {
  /** Local name (namespace prefix removed). */
  name: string;
  attrs: Record<string, string>;
  children: XmlEl[];
  /** Text directly inside this element. */
  text: string;
  line: number;
}

export interface XmlSpec {
  /** Is the element at this path (local names from the root) a record to collect whole? */
  isRecord: (name: string, path: readonly string[]) => boolean;
  onRecord: (el: XmlEl, path: string) => void;
  /** Longest text or attribute value, most records: checked as the parser goes. */
  limits?: ReadLimits;
}

export interface XmlDoc {
  root: string;
  rootAttrs: Record<string, string>;
}

const local = (n: string) => {
  const i = n.indexOf(':');
  return i < 0 ? n : n.slice(i + 1);
};

/** Attributes by local name; the parser's own object is reused when no name has a prefix. */
function localAttrs(raw: Record<string, string>): Record<string, string> {
  for (const k in raw) {
    if (!k.includes(':')) continue;
    const out: Record<string, string> = {};
    for (const [kk, v] of Object.entries(raw)) out[local(kk)] = v;
    return out;
  }
  return raw;
}

export function streamXml(text: string, file: string, spec: XmlSpec): XmlDoc {
  const parser = new SaxesParser({ position: true });
  const path: string[] = [];
  const stack: XmlEl[] = [];
  const doc: XmlDoc = { root: '', rootAttrs: {} };
  const where = () => `line ${parser.line}${path.length ? ` in /${path.join('/')}` : ''}`;
  const maxField = spec.limits?.maxFieldChars ?? DEFAULT_MAX_FIELD_CHARS;
  const maxRows = spec.limits?.maxRows ?? DEFAULT_MAX_ROWS;
  let records = 0;
  parser.on('doctype', () => {
    throw parseError(
      file,
      where(),
      'DOCTYPE declarations are refused (no official list uses one; they enable external-entity and entity-expansion attacks)',
    );
  });
  parser.on('error', (e) => {
    throw parseError(file, where(), `malformed XML: ${e.message.replace(/^[^:]*:\d+:\d+: /, '')}`);
  });
  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    path.push(name);
    const collect = stack.length > 0 || spec.isRecord(name, path);
    if (!collect && path.length > 1) return;
    const attrs = localAttrs(tag.attributes as Record<string, string>);
    if (path.length === 1) {
      doc.root = name;
      doc.rootAttrs = attrs;
    }
    if (collect) {
      for (const k in attrs)
        if (attrs[k]!.length > maxField) throw tooLong(file, `${where()} @${k}`, attrs[k]!.length, maxField);
      const el: XmlEl = { name, attrs, children: [], text: '', line: parser.line };
      stack.at(-1)?.children.push(el);
      stack.push(el);
    }
  });
  const onText = (t: string) => {
    const top = stack.at(-1);
    if (!top) return;
    top.text += t;
    if (top.text.length > maxField) throw tooLong(file, where(), top.text.length, maxField);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const el = stack.pop();
    if (el && stack.length === 0) {
      if (++records > maxRows) throw tooManyRows(file, `line ${el.line}`, maxRows);
      try {
        spec.onRecord(el, path.join('/'));
      } catch (e) {
        if (e instanceof Error && e.name === 'DomainError') throw e;
        throw parseError(file, `line ${el.line} in /${path.join('/')}`, e instanceof Error ? e.message : String(e));
      }
    }
    path.pop();
  });
  // Feed in slices so the parser's line counter stays meaningful and memory flat.
  const step = 1 << 20;
  for (let i = 0; i < text.length; i += step) parser.write(text.slice(i, i + step));
  parser.close();
  if (!doc.root) throw parseError(file, undefined, 'no XML root element (empty or not XML)');
  return doc;
}

/** First child with this local name. */
export const child = (el: XmlEl | undefined, name: string): XmlEl | undefined =>
  el?.children.find((c) => c.name === name);
export const kids = (el: XmlEl | undefined, name: string): XmlEl[] => el?.children.filter((c) => c.name === name) ?? [];

/** Trimmed text of the first child `name` (or of `el` itself), undefined when empty. */
export function txt(el: XmlEl | undefined, name?: string): string | undefined {
  const e = name === undefined ? el : child(el, name);
  const t = e?.text.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

/** Every descendant with this local name, document order. */
export function all(el: XmlEl | undefined, name: string, out: XmlEl[] = []): XmlEl[] {
  for (const c of el?.children ?? []) {
    if (c.name === name) out.push(c);
    all(c, name, out);
  }
  return out;
}

/** Trimmed texts of every descendant `name`. */
export const texts = (el: XmlEl | undefined, name: string): string[] =>
  all(el, name)
    .map((e) => txt(e))
    .filter((t): t is string => t !== undefined);
