/**
 * The one call this page makes: POST /diversion/score. The CHPL is data the user supplies
 * (BIS publishes it as HS6 codes in tiers); read here with the core parser, so a bad file is
 * reported before anything is sent.
 */
import { parseChplTiers } from '@dualuse/core/diversion';
import type { Schema } from '../../api';
import { api } from '../../lib/api';

export type ShipmentScore = Schema<'ShipmentScore'>;
export type Flag = Schema<'DiversionFlag'>;

export type ScoreResponse = Schema<'DiversionScoreRun'>;

/** A CHPL file the user picked, read here: its name, and its rows as the API takes them. */
export interface Chpl {
  file: string;
  rows: Schema<'ChplEntry'>[];
}

export function readChpl(file: string, text: string): Chpl {
  return { file, rows: [...parseChplTiers(text, file)].map(([hs6, tier]) => ({ hs6, tier })) };
}

/** One shipment scored; with `record` it is kept and, when it alerts, joins the alert queue. */
export function scoreOne(
  shipment: unknown,
  chpl: Chpl | undefined,
  options: { record?: boolean; signal?: AbortSignal } = {},
): Promise<ScoreResponse> {
  return api<ScoreResponse>('POST', '/diversion/score', {
    ...(options.signal ? { signal: options.signal } : {}),
    body: { shipments: [shipment], ...(chpl ? { chpl: chpl.rows } : {}), ...(options.record ? { record: true } : {}) },
  });
}

/** JSON lines to objects; a line that is not a JSON object stops the file, naming the line. */
export function parseLines(text: string): { line: number; shipment: Record<string, unknown> }[] {
  const out: { line: number; shipment: Record<string, unknown> }[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((l, i) => {
      if (!l.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(l);
      } catch (e) {
        throw new Error(`line ${i + 1}: not JSON (${(e as Error).message})`, { cause: e });
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new Error(`line ${i + 1}: expected one shipment object`);
      out.push({ line: i + 1, shipment: value as Record<string, unknown> });
    });
  if (!out.length) throw new Error('the file holds no shipment');
  return out;
}

/** Score 0–100 to a bar colour: the alert threshold is 40 (core ALERT_AT), high from 70. */
export const scoreTone = (score: number): 'green' | 'blue' | 'amber' | 'red' =>
  score >= 70 ? 'red' : score >= 40 ? 'amber' : score > 0 ? 'blue' : 'green';
