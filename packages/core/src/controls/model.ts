/**
 * The control-list model every jurisdiction's list is loaded into: the US CCL (15 CFR 774
 * Supp. 1), EU Annex I/IV of Reg. (EU) 2021/821, the Wassenaar Dual-Use List, the UK
 * Strategic Export Control List, national additions (JP, NL) and Australia's DSGL. One shape,
 * so search, classification and cross-jurisdiction mapping never care where an entry came from.
 *
 * Versioning: a list is imported as a *version* with the date from which its text applies;
 * "as of D" picks, per list, the newest version whose `effectiveFrom` ≤ D.
 */

/** The lists we know, by id; `jurisdiction` is who publishes (WA = Wassenaar Arrangement). */
export const CONTROL_LISTS = {
  'us-ccl': { jurisdiction: 'US', name: 'Commerce Control List', citation: '15 CFR part 774, Supplement No. 1' },
  'eu-annex-i': {
    jurisdiction: 'EU',
    name: 'Annex I to Regulation (EU) 2021/821',
    citation: 'Reg. (EU) 2021/821 Annex I',
  },
  'eu-annex-iv': {
    jurisdiction: 'EU',
    name: 'Annex IV to Regulation (EU) 2021/821',
    citation: 'Reg. (EU) 2021/821 Annex IV',
  },
  'wa-dual-use': { jurisdiction: 'WA', name: 'Wassenaar Arrangement Dual-Use List', citation: 'WA-LIST' },
  'uk-strategic': {
    jurisdiction: 'UK',
    name: 'UK Strategic Export Control List',
    citation: 'Export Control Order 2008 Sch. 2-3',
  },
  'jp-fefta': {
    jurisdiction: 'JP',
    name: 'Japan Export Trade Control Order, Appended Table 1',
    citation: 'Export Trade Control Order Appended Table 1',
  },
  'nl-national': {
    jurisdiction: 'NL',
    name: 'Netherlands national control list (advanced semiconductor manufacturing equipment)',
    citation: 'Regeling geavanceerde productieapparatuur voor halfgeleiders',
  },
  'au-dsgl': { jurisdiction: 'AU', name: 'Defence and Strategic Goods List', citation: 'DSGL Part 2' },
} as const satisfies Record<string, { jurisdiction: string; name: string; citation: string }>;
export type ControlListId = keyof typeof CONTROL_LISTS;
export const isControlListId = (v: string): v is ControlListId => Object.hasOwn(CONTROL_LISTS, v);

/**
 * Who publishes the lists we know, in the order of `CONTROL_LISTS` (US, EU, WA, UK, JP, NL, AU):
 * derived, so that a new list is one entry there. The jurisdictions whose law the licensing engine
 * applies are the registry's (licensing/jurisdictions/); WA publishes a list but has no licensing law.
 */
export type Jurisdiction = (typeof CONTROL_LISTS)[ControlListId]['jurisdiction'];
export const JURISDICTIONS: readonly Jurisdiction[] = [
  ...new Set(Object.values(CONTROL_LISTS).map((l): Jurisdiction => l.jurisdiction)),
];
export const isJurisdiction = (v: string): v is Jurisdiction => (JURISDICTIONS as readonly string[]).includes(v);

/**
 * Reasons for control of the EAR (15 CFR 742): the ones with a Commerce Country Chart column
 * (738 Supp. 1) and the ones that are text only (EI, SI, SL, UN, ... and the RS worldwide /
 * Macau+D:5 controls of 3A090 and 3B001, which `destination` keeps as written).
 */
export const REASONS = ['NS', 'NP', 'MT', 'CB', 'RS', 'CC', 'FC', 'AT', 'EI', 'SI', 'SL', 'UN', 'CW', 'XP'] as const;
export type Reason = (typeof REASONS)[number];

/** The 16 Country Chart columns (15 CFR 738 Supp. 1). */
export const CHART_COLUMNS = [
  'CB1',
  'CB2',
  'CB3',
  'NP1',
  'NP2',
  'NS1',
  'NS2',
  'MT1',
  'RS1',
  'RS2',
  'CC1',
  'CC2',
  'CC3',
  'FC1',
  'AT1',
  'AT2',
] as const;
export type ChartColumn = (typeof CHART_COLUMNS)[number];
export const isChartColumn = (v: string): v is ChartColumn => (CHART_COLUMNS as readonly string[]).includes(v);

/** One row of an ECCN's License Requirements table. */
export interface ControlRow {
  reason: Reason | string;
  /** "entire entry", "3A090.a", "2B001.a, .b, .c, and .d, EXCEPT: ..." as written. */
  appliesTo: string;
  /** Country Chart columns the row points to; empty for text-only controls. */
  columns: ChartColumn[];
  /** The right-hand cell when it is not (only) a column: "To or within Macau or ... D:5 ...". */
  destination?: string;
}

/** A list-based licence exception line (15 CFR 740): LVS, GBS, NAC/ACA, ENC, HBM, IEC, AIA... */
export interface LicenceExceptionNote {
  code: string;
  /** yes: available for the entry; no: "N/A"; partial: available for some paragraphs or with conditions. */
  availability: 'yes' | 'no' | 'partial';
  text: string;
  /** LVS only: the first dollar value on the line (740.3), in USD. */
  valueUsd?: number;
  /** Text whose legal status is uncertain, e.g. the Jan-2025 AI-diffusion exceptions AIA/ACM/LPP. */
  statusUncertain?: boolean;
}

export type NoteKind = 'note' | 'technical_note' | 'nb' | 'licence_requirement_note' | 'other';

export interface NoteBlock {
  kind: NoteKind;
  /** "Note 2 to 3A090.a and 3A090.b", "Technical Notes", "N.B." */
  title: string;
  text: string;
}

/** A paragraph of the item list: `3B001.f.1.b` is `label: 'f.1.b'` under `f.1` under `f`. */
export interface Paragraph {
  code: string;
  label: string;
  text: string;
  notes: NoteBlock[];
  children: Paragraph[];
}

/** Where the multilateral regimes come in, from the third character of the ECCN (774.2 / Supp. 1 intro). */
export const REGIMES = [
  'wassenaar',
  'mtcr',
  'nsg',
  'australia_group',
  'cwc',
  'us_500_series',
  'us_600_series',
  'us_anti_terrorism',
  'us_unilateral',
] as const;
export type Regime = (typeof REGIMES)[number];

export interface ControlEntry {
  list: ControlListId;
  jurisdiction: Jurisdiction;
  /** Entry code without paragraph: "3A090", "PL5001", "3B001". */
  code: string;
  /** Category (0-9) and product group (A-E) for ECCN-style codes. */
  category?: number;
  group?: string;
  regime?: Regime;
  heading: string;
  reasons: string[];
  controls: ControlRow[];
  /** Union of the chart columns of `controls`, sorted. */
  chartColumns: ChartColumn[];
  licenceExceptions: LicenceExceptionNote[];
  relatedControls: string;
  relatedDefinitions: string;
  /** Notes before the first paragraph (entry-level notes, licence requirement notes). */
  notes: NoteBlock[];
  paragraphs: Paragraph[];
  /** The entry's full text as published, for full-text search and display. */
  text: string;
  /** Whose words `heading`, `paragraphs` and `text` are (see TextSource); absent: `textSourceOf`. */
  textSource?: TextSource;
  /** `us_counterpart` only: the US CCL entry whose text this is, so displays can say so. */
  textFrom?: { list: 'us-ccl'; jurisdiction: 'US'; code: string; version: string };
  /** `own` only, for non-US lists: the official publication the text was imported from. */
  textCitation?: string;
  /** Other codes the entry is looked up by (Japan's former group codes, e.g. JP2023ETC). */
  aliases?: string[];
}

/**
 * own: the list's own legal text, imported from its official publication; us_counterpart: the
 * US CCL text of the same number, shown because this list's own text is not loaded (it is NOT
 * this list's wording); summary: our summary of a reviewed entry, not the legal wording.
 */
export const TEXT_SOURCES = ['own', 'us_counterpart', 'summary'] as const;
export type TextSource = (typeof TEXT_SOURCES)[number];

/**
 * Whose text an entry carries. Entries stored before `textSource` existed: US entries are the
 * CCL's own; derived entries say so in their "Derived" note; other reviewed entries are summaries.
 */
export function textSourceOf(e: Pick<ControlEntry, 'jurisdiction' | 'notes' | 'textSource'>): TextSource {
  if (e.textSource) return e.textSource;
  if (e.jurisdiction === 'US') return 'own';
  return e.notes.some((n) => n.title === 'Derived') ? 'us_counterpart' : 'summary';
}

/** One imported version of one list. */
export interface ControlListVersion {
  list: ControlListId;
  jurisdiction: Jurisdiction;
  /** A label: the publisher's date or amendment ("eCFR 2025-07-01"), or the file's hash prefix. */
  version: string;
  /** ISO date from which this text applies. */
  effectiveFrom: string;
  source: { format: string; description: string; sha256?: string };
  entries: ControlEntry[];
  /** Text that belongs to a category, not an entry (e.g. Category 4's Technical Note on "APP"). */
  categoryNotes: Array<{ category: number; note: NoteBlock }>;
  /** Repairs and doubts met while parsing, so an import can say what it changed. */
  warnings: string[];
}

/** Every paragraph of an entry, depth first. */
export function* walkParagraphs(paragraphs: readonly Paragraph[]): Generator<Paragraph> {
  for (const p of paragraphs) {
    yield p;
    yield* walkParagraphs(p.children);
  }
}

/** The paragraph `code` (e.g. "3B001.f.1.b") of an entry, if it exists. */
export function findParagraph(entry: ControlEntry, code: string): Paragraph | undefined {
  for (const p of walkParagraphs(entry.paragraphs)) if (p.code === code) return p;
  return undefined;
}
