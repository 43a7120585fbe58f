/**
 * Every importer a user can feed a file to, as the CLI and the API call it (bytes in, the app's
 * use case runs), each with a valid sample (real shared data where there is a small file; for
 * formats without a shared copy, the documented layouts used by the format tests). Used by
 * test/hostile-input.test.ts.
 */
import { readFileSync } from 'node:fs';
import {
  importCompanies,
  importControlList,
  importCounterparties,
  importListFiles,
  importPayments,
  importShipments,
  type AppContext,
} from '@dualuse/app';
import type { Principal } from '@dualuse/core';
import { parsePartiesCsv } from '@dualuse/core/screening';
import { parseListFile } from '@dualuse/core/screening';
import { decodeText } from '@dualuse/core/screening';
import { sharedData } from './shared';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}
export interface Importer {
  name: string;
  /** Valid files; the first is the one made hostile, the others are passed along unchanged. */
  sample: () => InputFile[];
  run: (app: AppContext, p: Principal, files: InputFile[]) => Promise<unknown>;
  /**
   * Proves the untouched sample is accepted (after the hostile cases). Lists are parsed only: storing
   * 60,000 OFSI rows would cost more than the rest of the test, and list storage has its own tests.
   */
  accepts?: (files: InputFile[]) => Promise<unknown>;
  /** The container the file arrives in: bombs are built to match. */
  container: 'text' | 'zip' | 'gzip' | 'xlsx';
}

const enc = (s: string) => new TextEncoder().encode(s);
const shared = (name: string, ...path: string[]): InputFile => ({
  name,
  bytes: new Uint8Array(readFileSync(sharedData(...path))),
});
const lists = (app: AppContext, p: Principal, files: InputFile[]) => importListFiles(app, p, files);
const parseOnly = async (files: InputFile[]) => parseListFile(files);

// Documented SDN.XML layout (sdnList.xsd), as in ofac-xml.test.ts.
const SDN_XML = `<?xml version="1.0" standalone="yes"?>
<sdnList xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://tempuri.org/sdnList.xsd">
  <publshInformation><Publish_Date>05/03/2024</Publish_Date><Record_Count>2</Record_Count></publshInformation>
  <sdnEntry><uid>7848</uid><firstName>Izzat Ibrahim</firstName><lastName>AL-DURI</lastName><sdnType>Individual</sdnType>
    <programList><program>IRAQ2</program></programList></sdnEntry>
  <sdnEntry><uid>4249</uid><lastName>TIFON</lastName><sdnType>Vessel</sdnType><programList><program>CUBA</program></programList></sdnEntry>
</sdnList>
`;
// The CSL JSON download shape ({ results: [...] }), as in csl.test.ts.
const CSL_JSON = JSON.stringify({
  total: 1,
  results: [
    {
      id: 'abc123',
      source: 'Entity List (EL) - Bureau of Industry and Security',
      name: 'Example Microelectronics Co., Ltd.',
      alt_names: ['Example Micro'],
      programs: [],
      type: null,
      start_date: '2024-05-09',
      addresses: [{ address: '1 Keji Road', city: 'Shenzhen', country: 'CN' }],
      ids: [],
    },
  ],
});
// The FCDO UK Sanctions List CSV layout, as in uk.test.ts.
const UK_CSV = `Report Date: 10-Sep-2026
Last Updated,Unique ID,OFSI Group ID,UN Reference Number,Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Name type,Alias strength,Title,Name non-latin script,Regime Name,"Individual, Entity, Ship",Date Designated,Other Information,UK Statement of Reasons,Address Line 1,Address Line 2,Address Line 3,Address Line 4,Address Line 5,Address Line 6,Address Postal Code,Address Country,D.O.B,Nationality(/ies),Passport number,Passport additional information,National Identifier number,Gender,Town of birth,Country of birth,IMO number,Current believed flag of ship
04/08/2026,RUS1831,15000,,PETROV,Ivan,Sergeyevich,,,,Primary Name,,,Иван Сергеевич Петров,The Russia (Sanctions) (EU Exit) Regulations 2019,Individual,15/03/2022,,Involved person,,,,,Moscow,,,Russia,01/02/1971,Russia,7201234,,,Male,Moscow,Russia,,
01/02/2025,RUS9999,,,SEA STAR,,,,,,Primary Name,,,,The Russia (Sanctions) (EU Exit) Regulations 2019,Ship,01/02/2025,,,,,,,,,,,,,,,,,,,IMO9288693,Cameroon
`;

/** Shipments, payments, companies, counterparties: 40 rows each with names in several scripts and accents. */
const NAMES = [
  'Müller Präzisionstechnik GmbH',
  'Société Générale d’Équipement',
  'ООО Ромашка',
  'Bright Star Components Ltd',
  'Łódź Elektronika Sp. z o.o.',
  'São Paulo Comércio Ltda',
];
const rows = (n: number, f: (i: number, name: string) => string) =>
  Array.from({ length: n }, (_, i) => f(i, NAMES[i % NAMES.length]!)).join('\n');
const SHIPMENTS = `id,date,destination,exporter_name,exporter_country,consignee_name,consignee_country,consignee_address,hs_code,quantity,description\n${rows(40, (i, n) => `S-${i},2025-05-${String((i % 28) + 1).padStart(2, '0')},AE,Muster Elektronik GmbH,DE,"${n}",AE,"Unit ${i}, Jebel Ali Free Zone, Dubai",854231,${100 + i},Integrated circuits for industrial controllers`)}\n`;
const PAYMENTS = `id,payer,date,payer_country,beneficiary,beneficiary_country,amount,currency,reference\n${rows(40, (i, n) => `P-${i},"${n}",2025-06-${String((i % 28) + 1).padStart(2, '0')},AE,Muster Elektronik GmbH,DE,${1000 + i * 10},EUR,Invoice ${i}`)}\n`;
const COMPANIES = `record,id,name,country,address,from,to,percentage\n${rows(40, (i, n) => `company,C-${i},"${n}",AE,"Office ${i}, Dubai",,,`)}\n${rows(10, (i) => `shareholder,L-${i},,,,C-${i},C-${i + 10},${20 + i}`)}\n`;
const PARTIES = `name,type,country,id\n${rows(40, (i, n) => `"${n} ${i}",organization,AE,CP-${i}`)}\n`;

export const IMPORTERS: Importer[] = [
  {
    name: 'lists: UN consolidated XML',
    container: 'text',
    sample: () => [shared('consolidated.xml', 'lists', 'un', '2026-02-27', 'consolidated.xml')],
    run: lists,
    accepts: parseOnly,
  },
  {
    name: 'lists: OFAC legacy CSV set (cons_*)',
    container: 'text',
    sample: () =>
      ['cons_prim.csv', 'cons_add.csv', 'cons_alt.csv', 'cons_comments.csv'].map((f) =>
        shared(f, 'lists', 'ofac', 'non-sdn-cons', '2025-12-19', f),
      ),
    run: lists,
    accepts: parseOnly,
  },
  {
    name: 'lists: OFAC SDN.XML',
    container: 'text',
    sample: () => [{ name: 'SDN.XML', bytes: enc(SDN_XML) }],
    run: lists,
    accepts: parseOnly,
  },
  {
    name: 'lists: OFAC CONS_ENHANCED.ZIP',
    container: 'zip',
    sample: () => [shared('CONS_ENHANCED.ZIP', 'lists', 'ofac', 'cons-enhanced', '2025-01-10', 'CONS_ENHANCED.ZIP')],
    run: lists,
    accepts: parseOnly,
  },
  {
    name: 'lists: OFAC Advanced XML',
    container: 'text',
    sample: () => [
      {
        name: 'SDN_ADVANCED.XML',
        bytes: new Uint8Array(
          readFileSync(
            new URL('../../packages/core/src/screening/formats/testdata/SDN_ADVANCED_sample.xml', import.meta.url),
          ),
        ),
      },
    ],
    run: lists,
    accepts: parseOnly,
  },
  {
    name: 'lists: EU FSF XML',
    container: 'text',
    sample: () => [shared('eu_fsf.xml', 'lists', 'eu-fsf', 'sample-2026-08-05', 'eu_fsf_sample.xml')],
    run: lists,
    accepts: parseOnly,
  },
  {
    name: 'lists: UK Sanctions List XML',
    container: 'text',
    sample: () => [
      shared('UK_Sanctions_List.xml', 'lists', 'uk-fcdo', 'sample-2026-09-10', 'UK_Sanctions_List_sample.xml'),
    ],
    run: lists,
    accepts: parseOnly,
  },
  {
    name: 'lists: UK Sanctions List CSV',
    container: 'text',
    sample: () => [{ name: 'UK-Sanctions-List.csv', bytes: enc(UK_CSV) }],
    run: lists,
    accepts: parseOnly,
  },
  {
    name: 'lists: UK OFSI xlsx',
    container: 'xlsx',
    sample: () => [shared('ofsi_conlist.xlsx', 'lists', 'uk-ofsi', '2025-04-10', 'ofsi_conlist.xlsx')],
    run: lists,
    accepts: parseOnly,
  },
  {
    name: 'lists: Australia DFAT xlsx',
    container: 'xlsx',
    sample: () => [
      shared('regulation8_consolidated.xlsx', 'lists', 'au-dfat', '2026-07-23', 'regulation8_consolidated.xlsx'),
    ],
    run: lists,
    accepts: parseOnly,
  },
  {
    name: 'lists: BIS Denied Persons text',
    container: 'text',
    sample: () => [shared('dpl.txt', 'lists', 'us-bis-dpl', '2022-09-07', 'dpl.txt')],
    run: lists,
    accepts: parseOnly,
  },
  {
    name: 'lists: CSL CSV',
    container: 'text',
    sample: () => [shared('consolidated.csv', 'lists', 'us-csl', 'sample-2025-06-25', 'consolidated.csv')],
    run: lists,
    accepts: parseOnly,
  },
  {
    name: 'lists: CSL CSV gzip',
    container: 'gzip',
    sample: () => [shared('consolidated.csv.gz', 'lists', 'us-csl', '2022-05-16', 'consolidated.csv.gz')],
    run: lists,
    accepts: parseOnly,
  },
  {
    name: 'lists: CSL JSON',
    container: 'text',
    sample: () => [{ name: 'consolidated.json', bytes: enc(CSL_JSON) }],
    run: lists,
    accepts: parseOnly,
  },
  {
    name: 'lists: FollowTheMoney JSON lines',
    container: 'text',
    sample: () => [
      shared('entities.ftm.json', 'lists', 'ftm', 'opensanctions-zala', '2026-04-29', 'entities.ftm.json'),
    ],
    run: lists,
    accepts: parseOnly,
  },
  {
    name: 'controls: eCFR CCL JSON',
    container: 'text',
    sample: () => [shared('ccl_parsed.json', 'controls', 'us-ccl-ecfr', 'ccl_parsed.json')],
    // As the CLI does: strict UTF-8 text (files.ts), then the use case.
    run: (app, p, [f]) =>
      importControlList(app, p, decodeText(f!.name, f!.bytes), { fileName: f!.name, effectiveFrom: '2025-01-16' }),
  },
  {
    name: 'shipments CSV',
    container: 'text',
    sample: () => [{ name: 'shipments.csv', bytes: enc(SHIPMENTS) }],
    run: (app, p, [f]) => importShipments(app, p, f!),
  },
  {
    name: 'payments CSV',
    container: 'text',
    sample: () => [{ name: 'payments.csv', bytes: enc(PAYMENTS) }],
    run: (app, p, [f]) => importPayments(app, p, f!),
  },
  {
    name: 'companies CSV',
    container: 'text',
    sample: () => [{ name: 'companies.csv', bytes: enc(COMPANIES) }],
    run: (app, p, [f]) => importCompanies(app, p, f!),
  },
  {
    name: 'counterparties CSV',
    container: 'text',
    sample: () => [{ name: 'counterparties.csv', bytes: enc(PARTIES) }],
    run: (app, p, [f]) => importCounterparties(app, p, parsePartiesCsv(decodeText(f!.name, f!.bytes), f!.name)),
  },
];
