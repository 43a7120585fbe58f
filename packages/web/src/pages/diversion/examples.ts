/**
 * Example shipments for the editor, taken from the red-flag rule tests
 * (core/src/diversion/score.test.ts): what each is meant to show is in `note`.
 */
export interface Example {
  label: string;
  note: string;
  shipment: Record<string, unknown>;
}

export const EXAMPLES: readonly Example[] = [
  {
    label: 'Kyrgyz re-exporter',
    note: 'CHPL electronics from Germany to a Kyrgyz trading company founded after Feb 2022, paid from the UAE: should alert.',
    shipment: {
      id: 'S-kg',
      date: '2025-03-01',
      destination: 'KG',
      parties: [
        { role: 'exporter', name: 'Muster Elektronik GmbH', country: 'DE' },
        {
          role: 'consignee',
          name: 'Asia Components LLC',
          country: 'KG',
          incorporated: '2022-09-14',
          emails: ['asia.comp@mail.ru'],
          phones: ['+7 916 000 11 22'],
        },
        { role: 'end_user', name: 'Asia Components LLC', country: 'KG' },
      ],
      items: [
        {
          description: 'Integrated circuits, memories',
          hsCode: '8542.32',
          quantity: 20000,
          value: 250000,
          currency: 'EUR',
        },
      ],
      payment: { payer: 'Gold Line Trading FZE', payerBankCountry: 'AE' },
      contract: { date: '2024-11-01' },
    },
  },
  {
    label: 'Known Swiss end user',
    note: 'A plain German sale to an established Swiss machine builder with an end-use statement: no flag expected.',
    shipment: {
      id: 'S-clean',
      date: '2025-06-01',
      destination: 'CH',
      parties: [
        { role: 'exporter', name: 'Muster Elektronik GmbH', country: 'DE' },
        {
          role: 'consignee',
          name: 'Precision Parts GmbH',
          country: 'CH',
          address: 'Industriestrasse 5, 8005 Zürich',
          phones: ['+41 44 123 45 67'],
          emails: ['buy@precision.ch'],
          website: 'precision.ch',
          incorporated: '1998-04-01',
        },
        { role: 'end_user', name: 'Precision Parts GmbH', country: 'CH', business: 'machine building' },
        { role: 'freight_forwarder', name: 'Alpen Spedition AG', country: 'CH' },
      ],
      items: [{ description: 'Machine parts', hsCode: '8479.89', quantity: 12, value: 40000, currency: 'EUR' }],
      route: [{ from: 'DE', to: 'CH' }],
      payment: { payer: 'Precision Parts GmbH', payerBankCountry: 'CH' },
      contract: { date: '2025-01-10', noReExportToRussiaClause: true },
      endUseStatement: true,
    },
  },
  {
    label: 'Forwarder as end user',
    note: 'A logistics company named as end user, routed through Armenia, consignee changed after the order.',
    shipment: {
      id: 'S-fwd',
      date: '2025-06-01',
      destination: 'AM',
      parties: [
        { role: 'exporter', name: 'Muster Elektronik GmbH', country: 'DE' },
        { role: 'consignee', name: 'Ararat Trade House LLC', country: 'AM', incorporated: '2022-05-03' },
        { role: 'end_user', name: 'Silk Road Logistics LLC', country: 'AM' },
      ],
      items: [{ description: 'Machine parts', hsCode: '8479.89', quantity: 12, value: 40000, currency: 'EUR' }],
      route: [{ from: 'DE', to: 'AM' }],
      payment: { payer: 'Ararat Trade House LLC', payerBankCountry: 'AM' },
      amendments: [{ field: 'consignee', from: 'Precision Parts GmbH', to: 'Ararat Trade House LLC' }],
    },
  },
];
