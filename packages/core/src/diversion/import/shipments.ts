/**
 * Shipment files: JSON lines (one shipment per line, the shape of `ShipmentInput` in
 * ../input.ts) or CSV with one row per item (docs/diversion-import.md): party columns are
 * prefixed by role (`consignee_name`, `end_user_country`...), rows sharing an `id` are one
 * shipment whose header columns come from its first row. Every record is validated by
 * `parseShipment`; the first bad one stops the file, naming line and field.
 */
import { DomainError } from '../../common/errors';
import { parseShipment } from '../input';
import { PARTY_ROLES, type Shipment } from '../model';
import { Cells, compact, importError, readRows, type ImportFormat, type SourceRow } from './records';

const PARTY_FIELDS = [
  'name',
  'address',
  'country',
  'phone',
  'email',
  'website',
  'incorporated',
  'id',
  'business',
] as const;
const ITEM_COLUMNS = [
  'hs_code',
  'eccn',
  'description',
  'manufacturer_part_number',
  'quantity',
  'unit_price',
  'value',
  'currency',
] as const;
const HEADER_COLUMNS = [
  'id',
  'date',
  'destination',
  'route',
  'route_mode',
  'payer',
  'payer_country',
  'payer_bank_country',
  'payment_amount',
  'payment_currency',
  'payment_date',
  'lc_issuing_bank',
  'lc_issuing_bank_country',
  'lc_consigned_to',
  'lc_invoice_names_end_user',
  'contract_date',
  'no_reexport_to_russia_clause',
  'end_use_statement',
  'end_user_info_declined',
  'services_declined',
  ...PARTY_ROLES.flatMap((r) => PARTY_FIELDS.map((f) => `${r}_${f}`)),
] as const;
export const SHIPMENT_CSV_COLUMNS: ReadonlySet<string> = new Set([...HEADER_COLUMNS, ...ITEM_COLUMNS]);

export interface ImportedShipment {
  line: number;
  shipment: Shipment;
}

/** Every shipment of the file, or a DomainError naming file, line and field. Ids must be unique in the file. */
export function parseShipmentFile(file: string, text: string, format: ImportFormat): ImportedShipment[] {
  const rows = readRows(file, text, format, SHIPMENT_CSV_COLUMNS);
  const out =
    format === 'csv'
      ? fromCsv(file, rows)
      : rows.map((r) => ({ line: r.line, shipment: validated(file, r.line, r.values, (p) => p) }));
  const seen = new Map<string, number>();
  for (const s of out) {
    const first = seen.get(s.shipment.id);
    if (first !== undefined && format === 'jsonl')
      throw importError(file, s.line, 'id', `shipment "${s.shipment.id}" already on line ${first}`);
    seen.set(s.shipment.id, s.line);
  }
  return out;
}

/** parseShipment with its JSON Pointer turned into the file's own field name. */
function validated(file: string, line: number, value: unknown, field: (pointer: string) => string): Shipment {
  try {
    return parseShipment(value);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    const pointer = typeof e.details.pointer === 'string' ? e.details.pointer : '';
    throw importError(file, line, pointer ? field(pointer) : undefined, e.message.replace(`${pointer || '/'}: `, ''));
  }
}

function fromCsv(file: string, rows: SourceRow[]): ImportedShipment[] {
  const groups = new Map<string, SourceRow[]>();
  for (const r of rows) {
    const id = new Cells(file, r).required('id', 200);
    (groups.get(id) ?? groups.set(id, []).get(id)!).push(r);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    for (const r of group.slice(1))
      for (const col of HEADER_COLUMNS) {
        const v = r.values[col];
        if (v !== undefined && v !== first.values[col])
          throw importError(
            file,
            r.line,
            col,
            `"${String(v)}" differs from line ${first.line} of the same shipment id ("${String(first.values[col] ?? '')}")`,
          );
      }
    const c = new Cells(file, first);
    const roles = PARTY_ROLES.filter((role) => PARTY_FIELDS.some((f) => first.values[`${role}_${f}`] !== undefined));
    const parties = roles.map((role) =>
      compact({
        role,
        name: c.required(`${role}_name`),
        id: c.text(`${role}_id`),
        address: c.text(`${role}_address`),
        country: c.text(`${role}_country`),
        phones: c.list(`${role}_phone`),
        emails: c.list(`${role}_email`),
        website: c.text(`${role}_website`),
        incorporated: c.text(`${role}_incorporated`),
        business: c.text(`${role}_business`),
      }),
    );
    const items = group
      .filter((r) => ITEM_COLUMNS.some((k) => r.values[k] !== undefined))
      .map((r) => {
        const ic = new Cells(file, r);
        return compact({
          hsCode: ic.text('hs_code'),
          eccn: ic.text('eccn'),
          description: ic.text('description', 2000),
          manufacturerPartNumber: ic.text('manufacturer_part_number'),
          quantity: ic.number('quantity'),
          unitPrice: ic.number('unit_price'),
          value: ic.number('value'),
          currency: ic.text('currency'),
        });
      });
    const itemLines = group.filter((r) => ITEM_COLUMNS.some((k) => r.values[k] !== undefined)).map((r) => r.line);
    const mode = c.text('route_mode');
    const hops = c.text('route')?.split(/\s*>\s*/) ?? [];
    if (hops.length === 1) c.fail('route', 'a route needs at least two countries, e.g. "DE>AE>KG"');
    const route = hops.slice(1).map((to, i) => compact({ from: hops[i]!, to, mode }));
    const lc = compact({
      issuingBank: c.text('lc_issuing_bank'),
      issuingBankCountry: c.text('lc_issuing_bank_country'),
      consignedTo: c.text('lc_consigned_to'),
      invoiceNamesEndUser: c.bool('lc_invoice_names_end_user'),
    });
    const payment = compact({
      payer: c.text('payer'),
      payerCountry: c.text('payer_country'),
      payerBankCountry: c.text('payer_bank_country'),
      amount: c.number('payment_amount'),
      currency: c.text('payment_currency'),
      date: c.text('payment_date'),
      letterOfCredit: Object.keys(lc).length ? lc : undefined,
    });
    const contract = compact({
      date: c.text('contract_date'),
      noReExportToRussiaClause: c.bool('no_reexport_to_russia_clause'),
    });
    const value = compact({
      id: c.required('id'),
      date: c.text('date'),
      destination: c.text('destination'),
      parties,
      items,
      route: route.length ? route : undefined,
      payment: Object.keys(payment).length ? payment : undefined,
      contract: Object.keys(contract).length ? contract : undefined,
      endUseStatement: c.bool('end_use_statement'),
      endUserInfoDeclined: c.bool('end_user_info_declined'),
      servicesDeclined: c.bool('services_declined'),
    });
    // A pointer such as /parties/1/country or /items/0/hsCode names the CSV column (and the item's own line).
    const column = (pointer: string): string => {
      const [, kind, index, field] = pointer.split('/');
      const snake = (f: string) =>
        f
          .replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`)
          .replace(/^phones$/, 'phone')
          .replace(/^emails$/, 'email');
      if (kind === 'parties' && index !== undefined)
        return `${roles[Number(index)] ?? 'party'}_${snake(field ?? 'name')}`;
      if (kind === 'items' && index !== undefined)
        return `${snake(field ?? 'hs_code')} (item on line ${itemLines[Number(index)] ?? first.line})`;
      if (kind === 'payment')
        return pointer.includes('letterOfCredit')
          ? `lc_${snake(pointer.split('/').pop()!)}`
          : snake(index ?? 'payer').replace(/^amount$/, 'payment_amount');
      if (kind === 'route') return 'route';
      return snake(kind ?? '');
    };
    if (!parties.length)
      c.fail('consignee_name', 'a shipment needs at least one party (e.g. consignee_name, end_user_name)');
    return { line: first.line, shipment: validated(file, first.line, value, column) };
  });
}
