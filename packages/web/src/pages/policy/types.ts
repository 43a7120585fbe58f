/** Shapes of the policy API answers the pages read (routes/policy on the server). */
import type { Schema } from '../../api';

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
export type Dataset = Schema<'TradeDataset'>;
export type Cost = Schema<'DatasetControlCost'>;
export type RegimeAnswer = Schema<'RegimeAnswer'>;
export type ScreeningCase = Schema<'ScreeningCase'>;
