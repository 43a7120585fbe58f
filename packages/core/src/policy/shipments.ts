/**
 * A tenant's own shipments (diversion `Shipment` records) as trade rows, so the cost of a draft control
 * can be read against what the tenant itself ships: exporter country → destination, the item's HS code,
 * the month, the item's value. Items without an HS code, a value, a date or an exporter country cannot
 * be counted and are listed, never guessed.
 */
import { countryCode } from '../common/countries';
import type { TradeProblem, TradeRow } from './trade-data';

export interface ShipmentLike {
  ref: string;
  date?: string | null;
  destination?: string | null;
  parties: { role: string; country?: string }[];
  items: { hsCode?: string; value?: number; unitPrice?: number; quantity?: number; currency?: string }[];
}

export function tradeRowsFromShipments(shipments: readonly ShipmentLike[]): {
  rows: TradeRow[];
  problems: TradeProblem[];
} {
  const rows: TradeRow[] = [];
  const problems: TradeProblem[] = [];
  for (const s of shipments) {
    const exporter = countryCode(s.parties.find((p) => p.role === 'exporter')?.country);
    const partner = countryCode(s.destination);
    const period = /^\d{4}-\d{2}/.exec(s.date ?? '')?.[0];
    const bad = (why: string) => problems.push({ line: 0, message: `shipment ${s.ref}: ${why}` });
    if (!exporter) bad('no exporter country');
    else if (!partner) bad('no destination country');
    else if (!period) bad('no shipment date');
    else
      s.items.forEach((it, i) => {
        const hs = (it.hsCode ?? '').replace(/[.\s]/g, '');
        const value =
          it.value ??
          (it.unitPrice !== undefined && it.quantity !== undefined ? it.unitPrice * it.quantity : undefined);
        if (!/^\d{6,10}$/.test(hs)) bad(`item ${i}: no HS code of 6–10 digits`);
        else if (value === undefined || !(value >= 0)) bad(`item ${i}: no value`);
        else
          rows.push({
            reporter: exporter,
            partner,
            hs,
            period,
            value,
            ...(it.quantity !== undefined ? { quantity: it.quantity } : {}),
          });
      });
  }
  return { rows, problems };
}
