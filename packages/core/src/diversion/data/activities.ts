/**
 * Business profiles for the line-of-business red flag (RED-FLAGS #19): what a declared activity plausibly buys. BIS
 * names the flag, not the table — "The product's capabilities do not fit the buyer's line of business, such as an order
 * for sophisticated computers for a small bakery" (15 CFR part 732 Supp. 3, red flag 3) — so the profiles, their goods
 * and their words are ours: a starting point a compliance team edits, documented in docs/diversion-activities.md.
 *
 * A profile's `goods` are HS 2022 chapters (2 digits) or headings (4 digits) such a business sells, repairs or uses;
 * `*` is any goods (a general trader: its activity says nothing either way). Official activity codes (NACE Rev. 2,
 * NAICS 2022, ISIC Rev. 4, with their titles) are mapped to profiles in activity-classes.ts; `words` are the plain-
 * language trades a declared business may be written in instead ("appliance repair", "building supplies"). A party's
 * name is never read: "Household Goods Electronics Ltd" declares nothing.
 */
import type { Evidence } from '../../common/evidence';

export type ActivityProfileId =
  | 'food_accommodation'
  | 'apparel_textiles'
  | 'furniture'
  | 'household_goods'
  | 'consumer_electronics_retail'
  | 'appliance_repair'
  | 'building_supplies'
  | 'real_estate'
  | 'personal_travel_services'
  | 'jewellery_cosmetics_toys'
  | 'electronics_ict'
  | 'machinery_engineering'
  | 'general_trade';

export interface ActivityProfile {
  id: ActivityProfileId;
  label: string;
  /** HS chapters / headings it plausibly buys, space-separated; "84-85" is a range of chapters; "*" is any. */
  goods: string;
  /** Plain-language trades that declare this profile (matched as whole words of the declared business). */
  words: readonly string[];
}

/** Appliances a household-goods trade sells: HS 2022 headings 8414–8516 of the domestic kind. */
const APPLIANCES = '8414 8415 8418 8421 8422 8450 8451 8508 8509 8510 8513 8516 8539 9405';
/** Consumer electronics: computers, phones, audio and video, their chargers, batteries and cords. */
const CONSUMER_ELECTRONICS = '8471 8473 8504 8507 8517 8518 8519 8521 8523 8525 8527 8528 8544';

export const ACTIVITY_PROFILES: readonly ActivityProfile[] = [
  {
    id: 'food_accommodation',
    label: 'food, beverages, farming, accommodation and food service',
    goods: '01-24 39 48 70 73 76 82 8417 8418 8419 8421 8422 8423 8432-8438 8450 8509 8516',
    words: ['bakery', 'restaurant', 'cafe', 'catering', 'food', 'grocery', 'supermarket', 'beverages', 'brewery'],
  },
  {
    id: 'apparel_textiles',
    label: 'textiles, apparel, footwear and leather',
    goods: '41-43 50-67 96 8445-8449 8451 8452',
    words: ['textile', 'textiles', 'apparel', 'clothing', 'garment', 'garments', 'footwear', 'fashion', 'fabrics'],
  },
  {
    id: 'furniture',
    label: 'furniture',
    goods: '44 94 8302 8465',
    words: ['furniture'],
  },
  {
    id: 'household_goods',
    label: 'trade in household goods and household appliances',
    goods: `39 44 48 57 63 69 70 73 76 82 94 96 ${APPLIANCES} 8504 8507 8536 8544`,
    words: [
      'household goods',
      'household items',
      'household articles',
      'household appliances',
      'home appliances',
      'domestic appliances',
      'housewares',
      'homewares',
      'kitchenware',
      'home goods',
      'white goods',
      'tableware',
      'cookware',
    ],
  },
  {
    id: 'consumer_electronics_retail',
    label: 'retail of consumer electronics and appliances',
    goods: `${APPLIANCES} ${CONSUMER_ELECTRONICS} 9006 9102`,
    words: ['consumer electronics retail', 'electronics store', 'mobile phone shop', 'phone accessories'],
  },
  {
    id: 'appliance_repair',
    label: 'repair of household appliances and home and garden equipment',
    // Spares of the appliances themselves: motors, pumps, bearings, capacitors, switches, thermostats, control boards
    // (8537/8538), discretes; not bare integrated circuits (8542), which no appliance repair replaces by the hundred.
    goods: `39 40 73 ${APPLIANCES} 8413 8433 8467 8481 8482 8483 8501 8504 8532 8533 8535-8538 8541 8544 9025 9026 9032`,
    words: [
      'appliance repair',
      'appliance repairs',
      'appliance service',
      'appliance servicing',
      'repair of household appliances',
      'repair of home appliances',
      'washing machine repair',
      'refrigerator repair',
      'fridge repair',
      'white goods repair',
    ],
  },
  {
    id: 'building_supplies',
    label: 'building materials, hardware, plumbing and construction',
    goods: [
      '25 32 38 39 40 44 45 68 69 70 72 73 74 76 78 79 82 83 94',
      '8301 8302 8403 8413 8414 8415 8424 8467 8474 8481 8501 8504 8516 8531 8535-8539 8544 9015 9026 9032',
    ].join(' '),
    words: [
      'building supplies',
      'building supply',
      'building materials',
      'construction materials',
      'construction supplies',
      'builders merchant',
      'hardware store',
      'plumbing supplies',
      'sanitary ware',
      'timber',
      'lumber',
      'cement',
      'roofing',
      'tiles',
      'general contractor',
      'construction company',
    ],
  },
  {
    id: 'real_estate',
    label: 'real estate',
    goods: '94 8415 8418 8450 8516 9405',
    words: ['real estate', 'property management', 'property rental'],
  },
  {
    id: 'personal_travel_services',
    label: 'travel agencies, personal services (hairdressing, beauty, laundry) and car washes',
    goods: '33 34 63 94 96 8424 8450 8451 8510 8516',
    words: [
      'travel agency',
      'tourism',
      'tour operator',
      'beauty salon',
      'hairdresser',
      'hairdressing',
      'barber',
      'laundry',
      'dry cleaning',
      'car wash',
    ],
  },
  {
    id: 'jewellery_cosmetics_toys',
    label: 'jewellery, cosmetics, toys and flowers',
    goods: '06 33 42 71 91 95 96',
    words: ['jewellery', 'jewelry', 'cosmetics', 'perfumery', 'toys', 'florist', 'flowers'],
  },
  {
    id: 'electronics_ict',
    label: 'electronics, computers, telecommunications, research and instruments',
    goods: '84 85 88 90',
    words: [
      'electronics',
      'electronic components',
      'electronic parts',
      'semiconductor',
      'semiconductors',
      'integrated circuits',
      'microelectronics',
      'telecommunications',
      'telecom',
      'radar',
      'avionics',
      'aerospace',
      'computer hardware',
      'it equipment',
      'instrumentation',
      'laboratory',
      'research and development',
      'embedded systems',
      'pcb assembly',
      'electrical engineering',
    ],
  },
  {
    id: 'machinery_engineering',
    label: 'machinery, vehicles, metal products and engineering',
    goods: '72-76 82-85 87-90',
    words: [
      'machinery',
      'machine tools',
      'engineering',
      'industrial equipment',
      'industrial automation',
      'automation',
      'robotics',
      'automotive',
      'metalworking',
    ],
  },
  {
    id: 'general_trade',
    label: 'non-specialised wholesale trade',
    goods: '*',
    words: ['general trading', 'general trade', 'import export', 'import and export', 'trading company'],
  },
];

/**
 * The red flag, quoted: the BIS list of red flags (the same list as 15 CFR part 732 Supp. 3) and the KYC guidance
 * itself.
 */
export const KYC_LINE_OF_BUSINESS: readonly Evidence[] = [
  {
    quote:
      "The product's capabilities do not fit the buyer's line of business, such as an order for sophisticated computers for a small bakery.",
    citation: '15 CFR part 732 Supp. 3, red flag 3',
    url: 'https://www.bis.gov/articles/red-flag-indicators',
    from: 'official',
  },
  {
    quote:
      'Included among examples of red flags are orders for items that are inconsistent with the needs of the purchaser',
    citation: '15 CFR part 732 Supp. 3, paragraph (a)(1)',
    url: 'https://ecfr.io/Title-15/Part-732/Appendix',
    from: 'official',
  },
];
