/** The trade-flow call: POST /diversion/trade with the user's Eurostat Comext file, gzip-compressed on the way. */
import type { Answer, Schema } from '../../api';
import { api } from '../../lib/api';
import type { Chpl } from './score';
import { fileBody } from './upload';

export type TradeHotspot = Schema<'TradeHotspot'>;
export type TradePoint = TradeHotspot['chart']['points'][number];
export type TradeResponse = Answer<'/api/v1/diversion/trade', 'post'>;

export interface TradeRequest {
  freq: 'M' | 'A';
  baseline: [string, string];
  post: [string, string];
  reporter?: string;
  aggregate?: boolean;
  minExcess?: number;
  chpl?: Chpl;
}

export async function analyseTrade(file: File, req: TradeRequest): Promise<TradeResponse> {
  const { chpl, ...rest } = req;
  return api<TradeResponse>('POST', '/diversion/trade', {
    body: { file: await fileBody(file, { gzip: true }), ...rest, ...(chpl ? { chpl: chpl.rows } : {}) },
  });
}

/** EUR amounts at a readable scale. */
export const eur = (x: number): string => {
  const a = Math.abs(x);
  return a >= 1e9
    ? `${(x / 1e9).toFixed(2)} bn`
    : a >= 1e6
      ? `${(x / 1e6).toFixed(1)} M`
      : a >= 1e3
        ? `${(x / 1e3).toFixed(0)} k`
        : x.toFixed(0);
};

/** Eurostat labels carry history in brackets ("Germany (incl. German Democratic Republic 'DD' from 1991)"). */
export const shortLabel = (label: string): string => label.replace(/ \(.*\)$/, '');

export const seriesLabel = (h: Pick<TradeHotspot, 'reporter' | 'partner' | 'product'>): string =>
  `${shortLabel(h.reporter)} → ${shortLabel(h.partner)}${h.product === 'TOTAL' ? ', all goods' : `, CN ${h.product}`}`;
