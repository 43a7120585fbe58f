/**
 * What a screening regime answers: the filing, the chain of evidence, the law it rests on, and what it could not
 * decide.
 */
import type { LegalText } from './data/investment-law';

export type Filing = 'mandatory' | 'advisable' | 'not_required' | 'unknown';

export interface RegimeAnswer {
  regime: 'US-CFIUS' | 'EU-FDI' | 'UK-NSI';
  applies: boolean;
  filing: Filing;
  /** The chain of evidence, in order: each step a sentence naming the fact and the rule. */
  evidence: string[];
  law: LegalText[];
  openQuestions: string[];
}

const RANK: Record<Filing, number> = { not_required: 0, advisable: 1, unknown: 2, mandatory: 3 };
export const strongest = (fs: Filing[]): Filing => fs.reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'not_required');
