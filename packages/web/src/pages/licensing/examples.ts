/**
 * Realistic transactions to start from, each one the engine's scenario tests cover
 * (packages/core/src/licensing/scenarios-*.test.ts), so the expected answer is known.
 */
import { emptyItem, today, type ItemForm, type TransactionForm } from './form';

export interface Example {
  label: string;
  expect: string;
  form: () => TransactionForm;
}

const item = (fields: Partial<ItemForm>): ItemForm => ({ ...emptyItem(), ...fields });
const base = (id: string, fields: Partial<TransactionForm>): TransactionForm => ({
  id,
  date: today(),
  exporterName: '',
  exporterCountry: 'US',
  destination: '',
  releaseTo: '',
  endUse: [],
  items: [],
  parties: [],
  ...fields,
});

export const EXAMPLES: readonly Example[] = [
  {
    label: 'H100-class GPU to China',
    expect: 'US licence, presumption of denial (15 CFR 742.6(a)(6)(iii), 88 FR 73458)',
    form: () =>
      base('EX-GPU-CN', {
        exporterName: 'Keystone Compute Inc.',
        destination: 'CN',
        endUse: ['civil'],
        items: [
          item({
            description: 'H100-class datacenter GPU, SXM5, 80 GB HBM3',
            codes: { US: '3A090.a' },
            hs: '854231',
            origin: 'US',
            value: '250000',
            quantity: '8',
          }),
        ],
        parties: [{ role: 'end_user', name: 'Shenzhen Cloud Compute Co., Ltd.', country: 'CN' }],
      }),
  },
  {
    label: 'AES VPN appliance to Germany',
    expect: 'US licence exception ENC (15 CFR 740.17(b)(1))',
    form: () =>
      base('EX-VPN-DE', {
        exporterName: 'Bluewater Networks LLC',
        destination: 'DE',
        endUse: ['civil'],
        items: [
          item({
            description: 'IPsec VPN gateway, AES-256',
            codes: { US: '5A002.a' },
            fields: { enc_eligible: true },
            hs: '851762',
            origin: 'US',
            value: '18000',
            quantity: '4',
          }),
        ],
        parties: [{ role: 'consignee', name: 'Rheinland Netzwerk GmbH', country: 'DE' }],
      }),
  },
  {
    label: '3A001 ICs from Germany to Russia',
    expect: 'EU prohibition (Reg. (EU) 833/2014 Art. 2(1))',
    form: () =>
      base('EX-3A001-RU', {
        exporterName: 'Halbleiter Vertrieb GmbH',
        exporterCountry: 'DE',
        destination: 'RU',
        items: [
          item({
            description: 'Radiation-hardened microcircuits',
            codes: { US: 'EAR99', EU: '3A001.a.1' },
            fields: { us_content_percent: '0' },
            hs: '854239',
            origin: 'DE',
            value: '42000',
            quantity: '500',
          }),
        ],
        parties: [{ role: 'end_user', name: 'OOO Severnaya Elektronika', country: 'RU' }],
      }),
  },
  {
    label: 'Mass-market laptop to Brazil',
    expect: 'No licence required (5A992.c, AT only)',
    form: () =>
      base('EX-LAPTOP-BR', {
        exporterName: 'Keystone Compute Inc.',
        destination: 'BR',
        endUse: ['civil'],
        items: [
          item({
            description: 'Business laptop with mass-market encryption',
            codes: { US: '5A992.c', EU: 'unlisted' },
            hs: '847130',
            origin: 'US',
            value: '1200',
            quantity: '40',
          }),
        ],
      }),
  },
];
