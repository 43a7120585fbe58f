/** Shapes of the policy API answers the pages read (routes/policy on the server), generated from its schemas. */
import type { Schema } from '../../api';

export type Comparison = Schema<'AgreementComparison'>;
export type Dataset = Schema<'TradeDataset'>;
export type Cost = Schema<'DatasetControlCost'>;
export type RegimeAnswer = Schema<'RegimeAnswer'>;
export type InvestmentCase = Schema<'InvestmentCase'>;
export type ScreeningCase = Schema<'ScreeningCase'>;
