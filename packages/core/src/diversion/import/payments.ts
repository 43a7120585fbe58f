/**
 * Payment files (CSV or JSON lines, docs/diversion-import.md): payer, payer's bank and its
 * country, beneficiary, amount, currency, date, reference, and a letter of credit (`lc_*`).
 * `shipment_id` ties a payment to an imported shipment; the payment is then scored with that
 * shipment's parties, else on its own parties (payer as purchaser, beneficiary as exporter).
 */
import type { LetterOfCredit, Payment, Shipment } from '../model';
import { Cells, compact, importError, readRows, type ImportFormat } from './records';

export interface PaymentRecord {
  id: string;
  shipmentId?: string;
  date?: string;
  payer: string;
  payerCountry?: string;
  payerBank?: string;
  payerBankCountry?: string;
  beneficiary?: string;
  beneficiaryCountry?: string;
  amount?: number;
  currency?: string;
  reference?: string;
  letterOfCredit?: LetterOfCredit;
}

/** File column (CSV header; JSON lines use the same names or their camelCase form). */
export const PAYMENT_COLUMNS: ReadonlySet<string> = new Set([
  'id',
  'shipment_id',
  'date',
  'payer',
  'payer_country',
  'payer_bank',
  'payer_bank_country',
  'beneficiary',
  'beneficiary_country',
  'amount',
  'currency',
  'reference',
  'lc_issuing_bank',
  'lc_issuing_bank_country',
  'lc_consigned_to',
  'lc_invoice_names_end_user',
]);

const snake = (k: string) => k.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);

export function parsePaymentFile(
  file: string,
  text: string,
  format: ImportFormat,
): { line: number; payment: PaymentRecord }[] {
  const seen = new Map<string, number>();
  return readRows(file, text, format, PAYMENT_COLUMNS).map((row) => {
    if (format === 'jsonl') {
      // JSON lines: a nested letterOfCredit object is accepted as lc_* fields.
      const { letterOfCredit, ...rest } = row.values as Record<string, unknown> & {
        letterOfCredit?: Record<string, unknown>;
      };
      const flat: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(rest)) flat[snake(k)] = v;
      if (letterOfCredit && typeof letterOfCredit === 'object')
        for (const [k, v] of Object.entries(letterOfCredit)) flat[`lc_${snake(k)}`] = v;
      for (const k of Object.keys(flat))
        if (!PAYMENT_COLUMNS.has(k))
          throw importError(file, row.line, k, `unknown field (known: ${[...PAYMENT_COLUMNS].join(', ')})`);
      row = { line: row.line, values: flat };
    }
    const c = new Cells(file, row);
    const currency = c.text('currency', 3)?.toUpperCase();
    if (currency && !/^[A-Z]{3}$/.test(currency)) c.fail('currency', `"${currency}" is not an ISO 4217 code`);
    const lc = compact({
      issuingBank: c.text('lc_issuing_bank'),
      issuingBankCountry: c.country('lc_issuing_bank_country'),
      consignedTo: c.text('lc_consigned_to'),
      invoiceNamesEndUser: c.bool('lc_invoice_names_end_user'),
    });
    const payment: PaymentRecord = compact({
      id: c.required('id', 200),
      shipmentId: c.text('shipment_id', 200),
      date: c.date('date'),
      payer: c.required('payer', 500),
      payerCountry: c.country('payer_country'),
      payerBank: c.text('payer_bank', 500),
      payerBankCountry: c.country('payer_bank_country'),
      beneficiary: c.text('beneficiary', 500),
      beneficiaryCountry: c.country('beneficiary_country'),
      amount: c.number('amount'),
      currency,
      reference: c.text('reference', 500),
      letterOfCredit: Object.keys(lc).length ? lc : undefined,
    });
    const first = seen.get(payment.id);
    if (first !== undefined) c.fail('id', `payment "${payment.id}" already on line ${first}`);
    seen.set(payment.id, row.line);
    return { line: row.line, payment };
  });
}

/** The payment as the red-flag rules read it (Shipment.payment). */
export const paymentOf = (p: PaymentRecord): Payment =>
  compact({
    payer: p.payer,
    payerCountry: p.payerCountry,
    payerBankCountry: p.payerBankCountry,
    beneficiary: p.beneficiary,
    amount: p.amount,
    currency: p.currency,
    date: p.date,
    letterOfCredit: p.letterOfCredit,
  });

/**
 * What is scored for a payment: its shipment with this payment attached, or (no shipment) a
 * transaction of its own parties, so the payment rules (third-country bank, letter of credit)
 * and the listed-party rules run on payer and beneficiary.
 */
export function paymentAsShipment(p: PaymentRecord, shipment?: Shipment): Shipment {
  if (shipment) return { ...shipment, id: p.id, payment: paymentOf(p) };
  const parties: Shipment['parties'] = [
    compact({ role: 'purchaser' as const, name: p.payer, country: p.payerCountry }),
  ];
  if (p.beneficiary)
    parties.push(compact({ role: 'exporter' as const, name: p.beneficiary, country: p.beneficiaryCountry }));
  return compact({ id: p.id, date: p.date, parties, items: [], payment: paymentOf(p) });
}
