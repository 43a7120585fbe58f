/**
 * Entries of the EU, UK, Wassenaar and Australian lists DERIVED from the US CCL by number: the
 * regimes' lists and the CCL number multilateral items alike (774 Supp. 1; mapping.ts). A
 * derived entry keeps the US heading and paragraph tree for display and search, drops what is
 * US law only (EAR reasons for control, Country Chart columns, licence exceptions, ".z"
 * paragraphs for items containing 3A090 ICs) and says it is derived: `verified: false`.
 */
import { isMultilateral, regimeOf } from '../eccn';
import type { ControlEntry, ControlListId, Jurisdiction, NoteBlock, Paragraph, Regime } from '../model';
import type { CuratedControlEntry } from './curated';
import { EU_DIFFERS } from './eu';

export interface DeriveTarget {
  list: ControlListId;
  jurisdiction: Jurisdiction;
  /** e.g. "Reg. (EU) 2021/821 Annex I as replaced by Delegated Reg. (EU) 2024/2547". */
  citation: string;
  effectiveFrom: string;
  /** Which regimes' entries this list holds: Wassenaar list = wassenaar only; EU/UK/AU = all multilateral. */
  regimes: (r: Regime | undefined) => boolean;
  /** Label of the US version the text comes from, for the "derived from" note. */
  usVersion: string;
}

export const WASSENAAR_ONLY = (r: Regime | undefined) => r === 'wassenaar';
export const ALL_MULTILATERAL = isMultilateral;

/** ".z" paragraphs are US-only by definition (items containing 3A090/4A090 items, 774 Supp. 1). */
const withoutUsOnly = (ps: readonly Paragraph[]): Paragraph[] =>
  ps.filter((p) => !/\.z$/.test(p.code)).map((p) => ({ ...p, children: withoutUsOnly(p.children) }));

export function deriveEntry(us: ControlEntry, t: DeriveTarget): CuratedControlEntry {
  const differs = EU_DIFFERS.find((d) => d.usCode === us.code);
  const verify = `Derived by number from US CCL ${us.code} (${t.usVersion}); check the heading and paragraphs against ${t.citation}${differs ? `. Known difference: ${differs.how}` : ''}.`;
  const notes: NoteBlock[] = [
    { kind: 'other', title: 'Derived', text: verify },
    ...us.notes.filter((n) => n.kind !== 'licence_requirement_note'),
  ];
  return {
    list: t.list,
    jurisdiction: t.jurisdiction,
    code: us.code,
    ...(us.category !== undefined ? { category: us.category } : {}),
    ...(us.group ? { group: us.group } : {}),
    ...(us.regime ? { regime: us.regime } : {}),
    heading: us.heading,
    reasons: [],
    controls: [],
    chartColumns: [],
    licenceExceptions: [],
    relatedControls: '',
    relatedDefinitions: us.relatedDefinitions,
    // The US wording, labelled as such: this list's own text is not loaded (textSource).
    notes,
    paragraphs: withoutUsOnly(us.paragraphs),
    text: us.text,
    textSource: 'us_counterpart',
    textFrom: { list: 'us-ccl', jurisdiction: 'US', code: us.code, version: t.usVersion },
    citation: `${t.citation}, entry ${us.code}`,
    effectiveFrom: t.effectiveFrom,
    verified: false,
    verify,
    source: `US CCL ${t.usVersion} (same number)`,
    usCounterparts: [us.code],
  };
}

/** The US entries a target list holds by number, derived; US-unilateral and AT-only entries never. */
export function deriveEntries(usEntries: readonly ControlEntry[], t: DeriveTarget): CuratedControlEntry[] {
  return usEntries.filter((e) => e.jurisdiction === 'US' && t.regimes(regimeOf(e.code))).map((e) => deriveEntry(e, t));
}
