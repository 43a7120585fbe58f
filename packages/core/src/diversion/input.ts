/**
 * Shipments from JSON (API bodies, JSON lines files): validated field by field, countries
 * mapped to ISO codes (names or codes accepted), errors naming the JSON Pointer of the field.
 * All-or-nothing: the first bad record stops the batch, so nothing is scored half-read.
 */
import { z } from 'zod';
import { countryCode } from '../common/countries';
import { invalidInput } from '../common/errors';
import { PARTY_ROLES, type Shipment } from './model';

const DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const COUNTRY = z
  .string()
  .min(2)
  .transform((c, ctx) => {
    const code = countryCode(c);
    if (!code) ctx.addIssue({ code: 'custom', message: `unknown country "${c}"` });
    return code ?? c;
  });
const text = (max = 500) => z.string().trim().min(1).max(max);

const PartyInput = z
  .object({
    id: text(200).optional(),
    role: z.enum(PARTY_ROLES),
    name: text(),
    address: text(1000).optional(),
    country: COUNTRY.optional(),
    phones: z.array(text(50)).max(20).optional(),
    emails: z.array(text(200)).max(20).optional(),
    website: text(300).optional(),
    incorporated: DATE.optional(),
    business: text().optional(),
  })
  .strict();

const ItemInput = z
  .object({
    description: text(2000).optional(),
    hsCode: z
      .string()
      .regex(/^[\d .]{6,14}$/, 'an HS code of 6–10 digits')
      .optional(),
    eccn: text(20).optional(),
    quantity: z.number().nonnegative().optional(),
    unitPrice: z.number().nonnegative().optional(),
    value: z.number().nonnegative().optional(),
    currency: z.string().length(3).optional(),
    manufacturerPartNumber: text(100).optional(),
  })
  .strict();

export const ShipmentInput = z
  .object({
    id: text(200),
    date: DATE.optional(),
    destination: COUNTRY.optional(),
    parties: z.array(PartyInput).min(1).max(50),
    items: z.array(ItemInput).max(500).default([]),
    route: z
      .array(
        z
          .object({
            from: COUNTRY,
            to: COUNTRY,
            mode: z.enum(['air', 'sea', 'road', 'rail', 'post', 'other']).optional(),
          })
          .strict(),
      )
      .max(20)
      .optional(),
    payment: z
      .object({
        payer: text().optional(),
        payerCountry: COUNTRY.optional(),
        payerBankCountry: COUNTRY.optional(),
        beneficiary: text().optional(),
        amount: z.number().optional(),
        currency: z.string().length(3).optional(),
        date: DATE.optional(),
        letterOfCredit: z
          .object({
            issuingBank: text().optional(),
            issuingBankCountry: COUNTRY.optional(),
            consignedTo: text().optional(),
            invoiceNamesEndUser: z.boolean().optional(),
          })
          .strict()
          .optional(),
        payerAccount: text(64).optional(),
      })
      .strict()
      .optional(),
    contract: z.object({ date: DATE.optional(), noReExportToRussiaClause: z.boolean().optional() }).strict().optional(),
    amendments: z
      .array(
        z
          .object({
            date: DATE.optional(),
            field: z.enum(['consignee', 'end_user', 'destination', 'route']),
            from: text().optional(),
            to: text().optional(),
          })
          .strict(),
      )
      .max(50)
      .optional(),
    endUseStatement: z.boolean().optional(),
    endUserInfoDeclined: z.boolean().optional(),
    servicesDeclined: z.boolean().optional(),
  })
  .strict();

/** One shipment, or a DomainError('invalid_input') naming `${where}/<field>`. */
export function parseShipment(value: unknown, where = ''): Shipment {
  const r = ShipmentInput.safeParse(value);
  if (r.success) return r.data as Shipment;
  const issue = r.error.issues[0]!;
  // An unknown field is named by its own pointer, so a typo ("incorporation") is found at once.
  const path = [...issue.path.map(String), ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])];
  const pointer = path.length ? `${where}/${path.join('/')}` : where;
  throw invalidInput(`${pointer || '/'}: ${issue.message}`, pointer);
}

/** JSON lines → shipments; a line that is not JSON or not a shipment stops the whole file. */
export function parseShipmentLines(text: string, file: string): Shipment[] {
  const out: Shipment[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw invalidInput(`${file} line ${i + 1}: not JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    try {
      out.push(parseShipment(value));
    } catch (e) {
      throw invalidInput(`${file} line ${i + 1}: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  if (!out.length) throw invalidInput(`${file}: no shipment in the file`);
  return out;
}
