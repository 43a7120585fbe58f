/**
 * A test world for ring recovery (issue 18): an exporter's customers as a compliance team would
 * import them — a registry extract, shipments and payments — with six procurement rings hidden
 * among 14 ordinary buyers. Each ring is tied by one thing only: a third-party payer, a small
 * forwarder, a phone or an e-mail given on the orders, a registration agent, or a registered
 * office. The ordinary buyers ship through two large forwarders (more customers than the hub
 * limit, so they tie nobody) and pay for their own orders. Names and places are invented.
 */
const exporter = { role: 'exporter', name: 'Muster Elektronik GmbH', country: 'DE' };

interface Buyer {
  id: string;
  name: string;
  country: string;
  address: string;
  phone?: string;
  email?: string;
}

export interface Ring {
  tie: string;
  members: string[];
}

const buyer = (id: string, name: string, country: string, address: string): Buyer => ({
  id,
  name,
  country,
  address,
  phone: `+1 555 ${[...id].map((c) => c.charCodeAt(0)).join('')}`,
  email: `orders@${name.toLowerCase().replace(/[^a-z]+/g, '')}.example`,
});

const ORDINARY: Buyer[] = [
  ['N01', 'Precision Parts GmbH', 'CH', 'Industriestrasse 5, 8005 Zürich'],
  ['N02', 'Nordic Automation AB', 'SE', 'Lindholmspiren 3, 417 56 Göteborg'],
  ['N03', 'Atelier Mécanique Lyon SAS', 'FR', '12 rue de Gerland, 69007 Lyon'],
  ['N04', 'Great Lakes Controls Inc', 'US', '400 Water Street, Erie PA 16501'],
  ['N05', 'Alpine Sensorik AG', 'CH', 'Bahnhofstrasse 20, 6300 Zug'],
  ['N06', 'Baltic Machine Works SIA', 'LV', 'Krasta iela 52, Riga LV-1003'],
  ['N07', 'Iberia Robotics SL', 'ES', 'Calle de Alcalá 200, 28028 Madrid'],
  ['N08', 'Tatra Precision s.r.o.', 'SK', 'Mlynské nivy 10, 821 09 Bratislava'],
  ['N09', 'Danube Instruments Kft', 'HU', 'Váci út 33, 1134 Budapest'],
  ['N10', 'Adriatic Controls d.o.o.', 'HR', 'Ulica grada Vukovara 269, 10000 Zagreb'],
  ['N11', 'Kyushu Motion KK', 'JP', '2-1 Hakata Ekimae, Fukuoka 812-0011'],
  ['N12', 'Southern Cross Automation Pty Ltd', 'AU', '88 Phillip Street, Sydney NSW 2000'],
  ['N13', 'Maple Leaf Metrology Ltd', 'CA', '150 King Street West, Toronto ON M5H 1J9'],
  ['N14', 'Helvetic Drives SA', 'CH', 'Route de Meyrin 49, 1202 Genève'],
].map(([id, name, country, address]) => buyer(id!, name!, country!, address!));

const RING_BUYERS: Buyer[] = [
  // R1: one third party pays for all their orders.
  buyer('P1', 'Tengri Components LLC', 'KG', '12 Chuy Avenue, Bishkek 720040'),
  buyer('P2', 'Ararat Electronics CJSC', 'AM', '8 Tigran Mets Avenue, Yerevan 0005'),
  buyer('P3', 'Steppe Trade Partners LLP', 'KZ', '45 Abay Avenue, Almaty 050000'),
  buyer('P4', 'Desert Falcon General Trading LLC', 'AE', 'Office 704, Al Khaleej Centre, Bur Dubai'),
  // R2: one small forwarder serves them (and no one else).
  buyer('F1', 'Bright Harbour Components Ltd', 'HK', 'Flat 2, 9/F, 33 Canton Road, Tsim Sha Tsui'),
  buyer('F2', 'Lucky Dragon Electronic Co Ltd', 'HK', 'Unit 1203, 12/F, 88 Hing Fat Street, Causeway Bay'),
  buyer('F3', 'Pearl River Tech Trading Ltd', 'HK', 'Room 5, 3/F, 70 Nathan Road, Mong Kok'),
  // R3: the same phone on their orders, written differently.
  buyer('T1', 'Anatolia Makine Ticaret AS', 'TR', 'Büyükdere Cad. 120, Şişli, Istanbul'),
  buyer('T2', 'Gulf Star Electronics FZE', 'AE', 'Warehouse 14, Jebel Ali Free Zone South'),
  buyer('T3', 'Caspian Supply LLP', 'KZ', '7 Dostyk Street, Astana 010000'),
  // R4: the same mailbox on their orders.
  buyer('E1', 'Sevan Technologies LLC', 'AM', '3 Moskovyan Street, Yerevan 0001'),
  buyer('E2', 'Kartli Import LLC', 'GE', '15 Rustaveli Avenue, Tbilisi 0108'),
  buyer('E3', 'Issyk Trade House LLC', 'KG', '101 Toktogul Street, Bishkek 720001'),
  // R5: one registration agent (company secretary) for all.
  buyer('A1', 'Jade Crest Trading Ltd', 'HK', 'Flat 8, 21/F, 2 Sham Mong Road, Tai Kok Tsui'),
  buyer('A2', 'Golden Orchid Supply Ltd', 'HK', 'Unit 605, 6/F, 18 Wang Chiu Road, Kowloon Bay'),
  buyer('A3', 'Silver Bay Electronics Ltd', 'HK', 'Room 9, 15/F, 1 Hung To Road, Kwun Tong'),
  buyer('A4', 'Blue Lotus Components Ltd', 'HK', 'Unit 3, 7/F, 41 Wong Chuk Hang Road, Aberdeen'),
  // R6: one registered office, written three ways.
  buyer('O1', 'Orient Apex Trading Ltd', 'HK', 'Rm 1405B, 14/F, Wing On Centre, 111 Connaught Road Central, Hong Kong'),
  buyer('O2', 'Victory Link Electronics Ltd', 'HK', 'Room 1405B 14th Floor Wing On Centre 111 Connaught Rd Central HK'),
  buyer('O3', 'Summit Chip Supply Ltd', 'HK', 'Flat 1405B, Floor 14, Wing On Centre, 111 Connaught Road C., Hong Kong'),
];

export const RINGS: Ring[] = [
  { tie: 'same payer', members: ['P1', 'P2', 'P3', 'P4'] },
  { tie: 'same forwarder', members: ['F1', 'F2', 'F3'] },
  { tie: 'same phone on orders', members: ['T1', 'T2', 'T3'] },
  { tie: 'same e-mail on orders', members: ['E1', 'E2', 'E3'] },
  { tie: 'same registration agent', members: ['A1', 'A2', 'A3', 'A4'] },
  { tie: 'same registered office', members: ['O1', 'O2', 'O3'] },
];
export const ORDINARY_IDS = ORDINARY.map((b) => b.id);

const SHARED_PHONE = ['+971 4 555 0199', '00971-4-5550199', '(+971) 45550199'];
const SHARED_EMAIL = 'procurement.centre@protonmail.com';
const AGENT = { id: 'AG1', name: 'Harbour Corporate Services Ltd', country: 'HK' };

/** The registry extract (CSV): every buyer as a company with its registered office; the agent as officer of R5. */
export function companiesCsv(): string {
  const rows = ['record,id,name,country,address,from,to,role,start_date'];
  // The registered office is the registry's: R6 share one; the others their own.
  for (const b of [...ORDINARY, ...RING_BUYERS]) rows.push(`company,${b.id},${b.name},${b.country},"${b.address}",,,,`);
  rows.push(`company,${AGENT.id},${AGENT.name},${AGENT.country},"Suite 1201, 12/F, 9 Queen's Road Central",,,,`);
  RINGS[4]!.members.forEach((m, i) =>
    rows.push(`officer,SEC-${m},,,,${AGENT.id},${m},company secretary,2023-0${i + 1}-15`),
  );
  return `${rows.join('\n')}\n`;
}

const forwarderOf = (b: Buyer, i: number) =>
  RINGS[1]!.members.includes(b.id)
    ? { role: 'freight_forwarder', name: 'Swift Cargo Link Ltd', country: 'HK' }
    : { role: 'freight_forwarder', name: i % 2 ? 'DHL Global Forwarding GmbH' : 'Kuehne + Nagel AG', country: 'DE' };

/** On the orders, each buyer gives its own phone and mailbox — except R3 (one phone) and R4 (one mailbox). */
function consignee(b: Buyer, n: number) {
  const r3 = RINGS[2]!.members.indexOf(b.id);
  const phone = r3 >= 0 ? SHARED_PHONE[r3]! : b.phone!;
  const email = RINGS[3]!.members.includes(b.id) ? SHARED_EMAIL : b.email!;
  // R3 orders carry no company id: matched to the registry by name and country.
  const id = r3 >= 0 ? {} : { id: b.id };
  // The order's delivery address is a warehouse of its own, not the registered office.
  const address = `Warehouse ${n + 1}, ${b.id} Logistics Park, ${b.country}`;
  return { role: 'consignee', ...id, name: b.name, country: b.country, address, phones: [phone], emails: [email] };
}

/** Two shipments per buyer (2025), one of them paid by a third party for R1. */
export function shipmentsAndPayments(): { shipments: unknown[]; paymentsCsv: string } {
  const shipments: unknown[] = [];
  const payments = ['id,shipment_id,date,payer,payer_country,payer_bank_country,amount,currency'];
  [...ORDINARY, ...RING_BUYERS].forEach((b, i) => {
    for (const n of [0, 1]) {
      const id = `S-${b.id}-${n + 1}`;
      const date = `2025-0${(i % 9) + 1}-${10 + n * 10}`;
      shipments.push({
        id,
        date,
        destination: b.country,
        parties: [exporter, consignee(b, n), forwarderOf(b, i)],
        items: [{ hsCode: '903180', quantity: 2 + n, value: 18000 }],
      });
      const r1 = RINGS[0]!.members.includes(b.id);
      const payer = r1 ? 'Orion Gulf Holdings FZE,AE,AE' : `${b.name},${b.country},${b.country}`;
      payments.push(`PAY-${id},${id},${date},${payer},18000,EUR`);
    }
  });
  return { shipments, paymentsCsv: `${payments.join('\n')}\n` };
}
