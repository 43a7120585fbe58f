/**
 * The text of a Word (.docx, ECMA-376 WordprocessingML) legislative instrument as lines: the
 * Federal Register of Legislation publishes the DSGL as such a file (F2024L01024.docx). One line
 * per paragraph (w:p) of word/document.xml in document order; a table row (w:tr) is one line of
 * TAB-separated cells; w:tab is a TAB; a superscript run (w:vertAlign="superscript") is prefixed
 * with "^" (so "10^13" keeps its exponent); a line break (w:br) starts a new line; a symbol-font
 * character (w:sym) is kept as its code point. Headers, footers and footnotes live in other parts
 * of the package and are not read. The same rules made the shared `dsgl-2024.txt` rendering.
 */
import { unzip } from '../../screening/formats/archive';
import { parseError } from '../../screening/formats/input';
import { streamXml, type XmlEl } from '../../screening/formats/xml';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** A zip package (docx, xlsx...) starts with a local file header "PK\x03\x04". */
export const looksLikeZip = (bytes: Uint8Array): boolean => ZIP_MAGIC.every((b, i) => bytes[i] === b);

const isSuperscript = (r: XmlEl) =>
  r.children.some(
    (c) => c.name === 'rPr' && c.children.some((v) => v.name === 'vertAlign' && v.attrs.val === 'superscript'),
  );

function runText(r: XmlEl): string {
  let out = '';
  for (const c of r.children) {
    if (c.name === 't') out += c.text;
    else if (c.name === 'tab') out += '\t';
    else if (c.name === 'noBreakHyphen') out += '-';
    else if (c.name === 'br' || c.name === 'cr') out += '\n';
    // A symbol-font character (e.g. Symbol F0A2 = prime in "3,3'-diamino"): kept as its code point.
    else if (c.name === 'sym' && /^[0-9A-Fa-f]{4}$/.test(c.attrs.char ?? ''))
      out += String.fromCharCode(parseInt(c.attrs.char!, 16));
  }
  return out;
}

/** Runs of a paragraph in order, including runs inside hyperlinks, insertions and content controls. */
function runs(el: XmlEl, out: XmlEl[] = []): XmlEl[] {
  for (const c of el.children) {
    if (c.name === 'r') out.push(c);
    else if (
      c.name === 'hyperlink' ||
      c.name === 'ins' ||
      c.name === 'smartTag' ||
      c.name === 'fldSimple' ||
      c.name === 'sdt' ||
      c.name === 'sdtContent'
    )
      runs(c, out);
  }
  return out;
}

/** Text of a paragraph; consecutive superscript runs form one "^exponent" ("10^-6"). */
function paragraphText(el: XmlEl): string {
  let out = '';
  let inSup = false;
  for (const r of runs(el)) {
    const t = runText(r);
    if (!t) continue;
    const sup = isSuperscript(r);
    out += sup && !inSup ? `^${t}` : t;
    inSup = sup;
  }
  return out;
}

const cellText = (tc: XmlEl): string =>
  tc.children
    .filter((c) => c.name === 'p')
    .map(paragraphText)
    .join(' ');

// TextDecoder is a web-platform global; the core is type-checked without DOM or Node types (see
// screening/formats/input.ts).
const utf8 = new (
  globalThis as unknown as {
    TextDecoder: new (label: string, o: { fatal: boolean }) => { decode(b: Uint8Array): string };
  }
).TextDecoder('utf-8', { fatal: true });

/** The lines of word/document.xml of a .docx. Refuses anything that is not a Word package. */
export function docxLines(bytes: Uint8Array, file: string): string[] {
  if (!looksLikeZip(bytes))
    throw parseError(file, undefined, 'not a .docx (Word) file: it does not start with a zip header');
  const parts = unzip(file, bytes, {}, (name) => name === 'word/document.xml');
  const xml = parts['word/document.xml'];
  if (!xml) throw parseError(file, undefined, 'zip archive without word/document.xml: not a Word document');
  const lines: string[] = [];
  const text = utf8.decode(xml);
  // Records: body paragraphs and table rows (a row inside a nested table stays in its outer row).
  streamXml(text, `${file}:word/document.xml`, {
    isRecord: (name, path) => (name === 'p' || name === 'tbl') && path.at(-2) === 'body',
    onRecord: (el) => {
      if (el.name === 'p') lines.push(...paragraphText(el).split('\n'));
      else
        for (const tr of el.children.filter((c) => c.name === 'tr'))
          lines.push(
            ...tr.children
              .filter((c) => c.name === 'tc')
              .map(cellText)
              .join('\t')
              .split('\n'),
          );
    },
  });
  return lines;
}
