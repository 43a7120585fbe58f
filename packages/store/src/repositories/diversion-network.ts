/**
 * A party's neighbourhood in the diversion records, fetched by what it shares instead of loading every record
 * (app diversion/party-neighbourhood.ts). The look-ups are deliberately loose — a record is a candidate when its
 * parties or payment contain one of the needles (case-insensitive) or its digits contain a phone's digits — and the
 * core then decides the ties exactly on the candidates, as it does on all records. Called inside `inTenant`.
 */
import { inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Orm } from '../database';
import { companyLinkRecords, companyRecords, paymentRecords, shipmentRecords } from '../schema-diversion';
import type { CompanyLinkRow, CompanyRow, PaymentRow, ShipmentRow } from './diversion';

/** What to look for: lower-case text needles (ids, names, accounts, e-mails, address words) and phone digits. */
export interface Needles {
  text: readonly string[];
  digits: readonly string[];
}

/** Needles per statement: OR-ed LIKE terms stay well under the bind-parameter limit. */
const BATCH = 400;

function batches<T>(xs: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += BATCH) out.push(xs.slice(i, i + BATCH));
  return out;
}

const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** `column::text` contains a needle, or its digits contain a phone's digits. */
function mentions(column: SQL, n: { text: readonly string[]; digits: readonly string[] }): SQL | undefined {
  const terms: SQL[] = [
    ...n.text.map((t) => sql`lower(${column}::text) like ${like(t)}`),
    ...n.digits.map((d) => sql`regexp_replace(${column}::text, '[^0-9]', '', 'g') like ${like(d)}`),
  ];
  return terms.length ? or(...terms) : undefined;
}

async function byBatches<T>(n: Needles, q: (b: Needles) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (const text of batches(n.text)) out.push(...(await q({ text, digits: [] })));
  for (const digits of batches(n.digits)) out.push(...(await q({ text: [], digits })));
  return out;
}

export function shipmentsMentioning(tx: Orm, n: Needles): Promise<ShipmentRow[]> {
  const text = sql`(${shipmentRecords.parties}::text || ' ' || coalesce(${shipmentRecords.payment}::text, ''))`;
  return byBatches(n, (b) => tx.select().from(shipmentRecords).where(mentions(text, b)));
}

/** Payments naming a needle, and the payments of the given shipments. */
export async function paymentsMentioning(tx: Orm, n: Needles, shipmentRefs: readonly string[]): Promise<PaymentRow[]> {
  const text = sql`concat_ws(' ', ${paymentRecords.payer}, ${paymentRecords.beneficiary}, ${paymentRecords.payerBank}, ${paymentRecords.reference})`;
  const out = await byBatches(n, (b) => tx.select().from(paymentRecords).where(mentions(text, b)));
  for (const refs of batches(shipmentRefs))
    out.push(...(await tx.select().from(paymentRecords).where(inArray(paymentRecords.shipmentRef, refs))));
  return out;
}

export async function companiesByRefs(tx: Orm, refs: readonly string[]): Promise<CompanyRow[]> {
  const out: CompanyRow[] = [];
  for (const b of batches(refs))
    out.push(...(await tx.select().from(companyRecords).where(inArray(companyRecords.ref, b))));
  return out;
}

/** Companies whose name, addresses, phones or e-mails contain a needle. */
export function companiesMentioning(tx: Orm, n: Needles): Promise<CompanyRow[]> {
  const text = sql`concat_ws(' ', ${companyRecords.name}, ${companyRecords.addresses}::text, ${companyRecords.phones}::text, ${companyRecords.emails}::text)`;
  return byBatches(n, (b) => tx.select().from(companyRecords).where(mentions(text, b)));
}

/** Links from or to any of the refs. */
export async function linksTouching(tx: Orm, refs: readonly string[]): Promise<CompanyLinkRow[]> {
  const out: CompanyLinkRow[] = [];
  for (const b of batches(refs))
    out.push(
      ...(await tx
        .select()
        .from(companyLinkRecords)
        .where(or(inArray(companyLinkRecords.fromRef, b), inArray(companyLinkRecords.toRef, b)))),
    );
  return out;
}
