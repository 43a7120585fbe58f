/** Shapes of the policy API answers the pages read (routes/policy on the server). */
export interface Sourced {
  value: string | string[];
  quote?: string;
  url?: string;
  citation?: string;
  note?: string;
}
export interface Comparison {
  matrix: {
    agreements: { id: string; title: string; parties: string[] }[];
    rows: { term: string; cells: Sourced[] }[];
  };
  flags: { id: string; flagged: boolean; why: string; researchSecurity: string }[];
}
export interface Dataset {
  id: string;
  name: string;
  version: number;
  currency: string;
  rowCount: number;
}
export interface Cost {
  dataset: Dataset;
  cost: {
    control: { name: string };
    total: number;
    rowsTouched: number;
    covered: { hs: string; basis: string }[];
    byPeriod: { period: string; value: number; byExporter: Record<string, number> }[];
    byDestination: Record<string, number>;
    exporters: { exporter: string; adopts: boolean; value: number; share: number }[];
    adoptersShare: number;
    othersShare: number;
    trends: { name: string; date: string; before: number | null; after: number | null; ratio: number | null }[];
  };
}
export interface RegimeAnswer {
  regime: string;
  applies: boolean;
  filing: string;
  evidence: string[];
  openQuestions: string[];
  law: { id: string; citation: string; verified: boolean }[];
}
export interface ScreeningCase {
  id: string;
  reference: string;
  filing: string;
  decision: string | null;
  result: {
    regimes: RegimeAnswer[];
    chain: { id: string; name: string; country: string; interest: number; path: string[]; listed: string[] }[];
    listedOwnership: string[];
  };
}
