/**
 * Minimal xlsx reader (ECMA-376 SpreadsheetML): the first worksheet as rows of strings.
 * Shared strings, inline strings and numbers are supported; cell styles are not read, so a
 * date stored as a serial number comes back as that number (see `excelDate`).
 */
import { unzip } from './archive';
import { decodeText, parseError, type ParseOptions } from './input';
import { child, streamXml, txt, type XmlEl } from './xml';

export interface SheetRow {
  /** 1-based spreadsheet row number. */
  row: number;
  cells: string[];
}

export function readXlsx(file: string, bytes: Uint8Array, options: ParseOptions = {}): SheetRow[] {
  const parts = unzip(file, bytes, options, (n) => n.startsWith('xl/') && (n.endsWith('.xml') || n.endsWith('.rels')));
  const text = (name: string) => {
    const b = parts[name];
    return b ? decodeText(`${file}!${name}`, b, options) : undefined;
  };
  const sheet = firstSheetPath(file, text);
  const strings: string[] = [];
  const ss = text('xl/sharedStrings.xml');
  if (ss) {
    streamXml(ss, `${file}!xl/sharedStrings.xml`, {
      isRecord: (n, p) => n === 'si' && p.length === 2,
      onRecord: (si) => strings.push(runText(si)),
      limits: options,
    });
  }
  const xml = text(sheet);
  if (!xml) throw parseError(file, sheet, 'worksheet missing from the workbook');
  const rows: SheetRow[] = [];
  streamXml(xml, `${file}!${sheet}`, {
    isRecord: (n, p) => n === 'row' && p.length === 3,
    onRecord: (r) => {
      const cells: string[] = [];
      let next = 0;
      for (const c of r.children) {
        if (c.name !== 'c') continue;
        const col = c.attrs.r ? columnIndex(c.attrs.r) : next;
        next = col + 1;
        const v = txt(c, 'v');
        const t = c.attrs.t;
        let value: string;
        if (t === 's') {
          const s = strings[Number(v)];
          if (s === undefined)
            throw parseError(file, `${sheet} cell ${c.attrs.r ?? col}`, `shared string ${v} does not exist`);
          value = s;
        } else if (t === 'inlineStr') value = runText(child(c, 'is'));
        else value = child(c, 'v')?.text ?? '';
        cells[col] = value;
      }
      for (let i = 0; i < cells.length; i++) cells[i] ??= '';
      rows.push({ row: Number(r.attrs.r ?? rows.length + 1), cells });
    },
    limits: options,
  });
  return rows;
}

/** xl/workbook.xml's first <sheet> → its part via xl/_rels/workbook.xml.rels. */
function firstSheetPath(file: string, text: (n: string) => string | undefined): string {
  const wb = text('xl/workbook.xml');
  if (!wb) throw parseError(file, undefined, 'not an xlsx workbook (xl/workbook.xml missing)');
  let rid: string | undefined;
  streamXml(wb, `${file}!xl/workbook.xml`, { isRecord: (n) => n === 'sheet', onRecord: (s) => (rid ??= s.attrs.id) });
  let target: string | undefined;
  const rels = text('xl/_rels/workbook.xml.rels');
  if (rels && rid) {
    streamXml(rels, `${file}!xl/_rels/workbook.xml.rels`, {
      isRecord: (n) => n === 'Relationship',
      onRecord: (r) => {
        if (r.attrs.Id === rid) target = r.attrs.Target;
      },
    });
  }
  if (!target) return 'xl/worksheets/sheet1.xml';
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Text of a shared/inline string: plain <t> or rich-text runs <r><t>. */
function runText(el: XmlEl | undefined): string {
  if (!el) return '';
  let s = '';
  for (const c of el.children) {
    if (c.name === 't') s += c.text;
    else if (c.name === 'r') s += child(c, 't')?.text ?? '';
  }
  // ECMA-376 escapes characters XML cannot carry as _xHHHH_ (e.g. _x000D_ for CR).
  return s.includes('_x')
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : s;
}

/** "AB12" → 27 (0-based column). */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** Excel 1900-system serial day → ISO date (Excel's fictitious 1900-02-29 accounted for). */
export function excelDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}
