/**
 * Helpers shared by the check files (checks.ts, checks-listed.ts, checks-contact.ts): reading a
 * rule's parameters, naming a party's field, and finding a rule's keywords in free text.
 */
import { normaliseText } from '../screening/matching/index';
import type { Finding } from './checks';
import type { Party, ScoringContext, Shipment } from './model';

export type Params = Record<string, unknown>;
export type Check = (s: Shipment, ctx: ScoringContext, p: Params) => Finding[];

export const list = (p: Params, k: string): string[] => (p[k] as string[] | undefined) ?? [];
export const has = (xs: string[], c: string | undefined) => !!c && xs.includes(c.toUpperCase());
export const where = (s: Shipment, party: Party) => `parties[${s.parties.indexOf(party)}]`;
const normalisedWords = new WeakMap<string[], string[]>();
/** The rule's keywords (normalised once per list) that occur in the text. */
export const words = (text: string | undefined, ws: string[]) => {
  let norm = normalisedWords.get(ws);
  if (!norm) normalisedWords.set(ws, (norm = ws.map((w) => ` ${normaliseText(w)} `)));
  const t = ` ${normaliseText(text ?? '')} `;
  return ws.filter((_, i) => t.includes(norm[i]!));
};
