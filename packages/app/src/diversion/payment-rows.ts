/**
 * A payment as the import reads it (core ImportedPaymentRecord) and as the store keeps it (PaymentRow): one table of
 * field ↔ column for both directions, so the import's write and the network's read cannot drift apart.
 */
import type { ImportedPaymentRecord } from '@dualuse/core/diversion';
import type { PaymentRow } from '@dualuse/store';

const FIELDS = [
  ['shipmentId', 'shipmentRef'],
  ['date', 'paymentDate'],
  ['payerCountry', 'payerCountry'],
  ['payerBank', 'payerBank'],
  ['payerBankCountry', 'payerBankCountry'],
  ['beneficiary', 'beneficiary'],
  ['beneficiaryCountry', 'beneficiaryCountry'],
  ['amount', 'amount'],
  ['currency', 'currency'],
  ['reference', 'reference'],
  ['letterOfCredit', 'letterOfCredit'],
] as const satisfies readonly (readonly [keyof ImportedPaymentRecord, keyof PaymentRow])[];

type Column = (typeof FIELDS)[number][1];
export type PaymentColumns = Pick<PaymentRow, 'ref' | 'payer' | Column>;

/** The stored columns of an imported payment (absent fields as NULL). */
export function paymentColumns(x: ImportedPaymentRecord): PaymentColumns {
  const r: Record<string, unknown> = { ref: x.id, payer: x.payer };
  for (const [field, column] of FIELDS) r[column] = x[field] ?? null;
  return r as PaymentColumns;
}

/** A stored payment as the import read it (NULL columns as absent fields). */
export function paymentOfRow(row: PaymentRow): ImportedPaymentRecord {
  const x: Record<string, unknown> = { id: row.ref, payer: row.payer ?? '' };
  for (const [field, column] of FIELDS) if (row[column] !== null && row[column] !== undefined) x[field] = row[column];
  return x as unknown as ImportedPaymentRecord;
}
