/**
 * EU Annex I of Reg. (EU) 2021/821 as structured rows: the layout of the OCA module
 * `product_trade_compliance` (data/trade.compliance.code.csv), converted from the Commission's
 * Excel "List of dual use items in Annex I" (see ../shared/data/controls/eu-annex-i-oca/SOURCE.md).
 *
 * Layout (RFC 4180, UTF-8, header `id,name,regime_id/id,description`), one row per node:
 *   - `regime_id/id` ends in `regime_eu_dual` for Annex I rows (`regime_us_ear` rows are one-line
 *     paraphrases of ECCNs, not CCL text: skipped and counted in the warnings);
 *   - `name` is the node: `ROOT`; a category `3`; a part `5.1`; a product group `3A` or `5A2`;
 *     an entry `3A001`; a paragraph `3A001.a.1.` (trailing dot usual, not always);
 *   - `description` is the Annex I wording of that node (EU spelling; Notes, Technical Notes and
 *     tables are not in the file). There is no parent column: the tree follows from the code.
 * All-or-nothing: a wrong header, an unknown code, a duplicate or a paragraph without its entry
 * refuses the file, naming the line.
 */
import { invalidInput } from '../common/errors';
import { parseCsv } from '../screening/formats/csv';
import { isMultilateral, regimeOf } from './eccn';
import type { ControlEntry, ControlListVersion, Paragraph } from './model';

export const EU_ANNEX_I_CSV_FORMAT = 'eu-annex-i-csv';
const HEADER = ['id', 'name', 'regime_id/id', 'description'];
const ENTRY = /^(\d)([A-E])(\d{3})$/;
const PARAGRAPH = /^(\d[A-E]\d{3})\.((?:[a-z]{1,2}|\d{1,2})(?:\.(?:[a-z]{1,2}|\d{1,2}))*)\.?$/;
const STRUCTURE = /^(ROOT|\d|\d\.\d|\d[A-E]\d?)$/;

export const looksLikeEuAnnexICsv = (text: string): boolean => text.replace(/^\uFEFF/, '').startsWith(HEADER.join(','));

export interface EuAnnexIOptions {
  file: string;
  effectiveFrom: string;
  version: string;
  act: string;
  sha256?: string;
}

export function parseEuAnnexICsv(text: string, o: EuAnnexIOptions): ControlListVersion {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''), o.file);
  if (rows.length === 0 || rows[0]!.cells.join(',') !== HEADER.join(','))
    throw invalidInput(
      `${o.file} line 1: header must be "${HEADER.join(',')}" (the OCA trade.compliance.code.csv layout)`,
    );
  const entries = new Map<string, ControlEntry>();
  const paragraphs = new Map<string, Paragraph>();
  let skippedUs = 0;
  for (const { line, cells } of rows.slice(1)) {
    const where = `${o.file} line ${line}`;
    if (cells.length !== 4) throw invalidInput(`${where}: ${cells.length} columns, expected 4`);
    const [, rawName, regime, description] = cells as [string, string, string, string];
    const name = rawName.trim();
    if (regime.endsWith('regime_us_ear')) {
      skippedUs++;
      continue;
    }
    if (!regime.endsWith('regime_eu_dual'))
      throw invalidInput(`${where}: regime '${regime}' is neither EU-DUAL nor US-EAR`);
    if (STRUCTURE.test(name)) continue;
    const e = ENTRY.exec(name);
    if (e) {
      if (entries.has(name)) throw invalidInput(`${where}: entry ${name} appears twice`);
      entries.set(name, annexEntry(name, e, description, o.act));
      continue;
    }
    const p = PARAGRAPH.exec(name);
    if (!p)
      throw invalidInput(
        `${where}: '${name}' is not an Annex I code (entry 3A001, paragraph 3A001.a.1., category, group or ROOT)`,
      );
    const entry = entries.get(p[1]!);
    if (!entry) throw invalidInput(`${where}: paragraph ${name} comes before (or without) its entry ${p[1]}`);
    const label = p[2]!;
    const code = `${p[1]}.${label}`;
    if (paragraphs.has(code)) throw invalidInput(`${where}: paragraph ${code} appears twice`);
    const parentLabel = label.split('.').slice(0, -1).join('.');
    const parent = parentLabel ? paragraphs.get(`${p[1]}.${parentLabel}`) : undefined;
    if (parentLabel && !parent)
      throw invalidInput(`${where}: paragraph ${code} without its parent ${p[1]}.${parentLabel}`);
    const paragraph: Paragraph = { code, label, text: description.trim(), notes: [], children: [] };
    (parent ? parent.children : entry.paragraphs).push(paragraph);
    paragraphs.set(code, paragraph);
    entry.text += `\n${label}. ${paragraph.text}`;
  }
  if (entries.size === 0) throw invalidInput(`${o.file}: no Annex I entry (EU-DUAL rows with a code such as 3A001)`);
  return {
    list: 'eu-annex-i',
    jurisdiction: 'EU',
    version: o.version,
    effectiveFrom: o.effectiveFrom,
    source: {
      format: EU_ANNEX_I_CSV_FORMAT,
      description: `${o.act}: Annex I texts in the OCA trade.compliance.code.csv layout (${entries.size} entries)`,
      ...(o.sha256 ? { sha256: o.sha256 } : {}),
    },
    entries: [...entries.values()],
    categoryNotes: [],
    warnings: skippedUs > 0 ? [`${skippedUs} US-EAR rows skipped: one-line paraphrases, not CCL text`] : [],
  };
}

function annexEntry(name: string, e: RegExpExecArray, description: string, act: string): ControlEntry {
  const regimeOfEntry = regimeOf(name);
  return {
    list: 'eu-annex-i',
    jurisdiction: 'EU',
    code: name,
    category: Number(e[1]),
    group: e[2]!,
    ...(isMultilateral(regimeOfEntry) ? { regime: regimeOfEntry } : {}),
    heading: description.trim(),
    reasons: [],
    controls: [],
    chartColumns: [],
    licenceExceptions: [],
    relatedControls: '',
    relatedDefinitions: '',
    notes: [],
    paragraphs: [],
    text: description.trim(),
    textSource: 'own',
    textCitation: `${act}, Annex I entry ${name}`,
  };
}

/**
 * A list version whose own texts replace, entry by entry, the entries of `base` (e.g. EU entries
 * shown with the US text because the EU text was not loaded); entries only in `own` are added.
 */
export function withOwnTexts(
  base: ControlListVersion,
  own: readonly ControlEntry[],
  label: string,
): ControlListVersion {
  const byCode = new Map(base.entries.map((e) => [e.code, e]));
  for (const e of own) if (e.textSource === 'own') byCode.set(e.code, { ...byCode.get(e.code), ...e });
  const ownCount = own.filter((e) => e.textSource === 'own').length;
  return {
    ...base,
    version: `${base.version}; ${label}`.slice(0, 200),
    entries: [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code)),
    warnings: [
      ...base.warnings,
      `${ownCount} entries carry the list's own text (${label}); the others show the US text of the same number, labelled`,
    ],
  };
}
