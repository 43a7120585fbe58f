/**
 * Red flags about the customer's conduct and the order's pattern: refused end-use information, declined
 * services, contact details, quantities, routing changes, prices, letters of credit, structured payments,
 * business fit, military addresses, HS/description mismatches and denials. Part of RED_FLAG_RULES
 * (red-flags.ts), in its order.
 */
import {
  DECLARED_MILITARY,
  DESCRIPTION_HEADINGS,
  MILITARY_ADDRESS_WORDS,
  PART_NUMBER_HEADINGS,
  TECHNICAL_HEADINGS,
} from './item-hints';
import { FREE_MAIL_PROVIDERS } from './free-mail';
import {
  NOTICE_2023_LETTER_OF_CREDIT,
  TRISEAL_2023_ROUTING,
  BIS_KYC,
  FINCEN_2022,
  FINCEN_2023,
  TRISEAL,
  FINCEN_2023_MAY,
  NCA,
} from './red-flag-sources';
import { KYC_LINE_OF_BUSINESS } from './activities';
import { RUSSIA_BELARUS } from './jurisdictions';
import type { RedFlagRule } from './red-flags';

export const CONDUCT_RULES: readonly RedFlagRule[] = [
  {
    id: 'end_use_info_refused',
    tag: 'end_use_info_refused',
    title: 'End use or end user not disclosed or not verifiable',
    check: 'end_user_unverified',
    params: {},
    fields: ['endUseStatement', 'endUserInfoDeclined', 'parties[end_user]'],
    heuristicParams: [],
    weight: 0.35,
    citations: [`${BIS_KYC}, red flags 2 and 13`, TRISEAL],
  },
  {
    id: 'installation_training_declined',
    tag: 'installation_training_declined',
    title: 'Installation, training or maintenance declined',
    check: 'services_declined',
    params: {},
    fields: ['servicesDeclined'],
    heuristicParams: [],
    weight: 0.2,
    citations: [`${BIS_KYC}, red flag 8`, TRISEAL],
  },
  {
    id: 'phone_country_mismatch',
    tag: 'phone_country_mismatch',
    title: "Phone country code differs from the party's country",
    check: 'phone_country_mismatch',
    params: {},
    fields: ['parties[].phones', 'parties[].country'],
    heuristicParams: [],
    weight: 0.15,
    citations: [FINCEN_2023, 'NCA/OFSI Red Alert, Dec 2023, #7'],
  },
  {
    id: 'no_web_presence_or_free_email',
    tag: 'no_web_presence_or_free_email',
    title: 'Personal e-mail domain and no website',
    check: 'free_email',
    params: { domains: [...FREE_MAIL_PROVIDERS] },
    fields: ['parties[].emails', 'parties[].website'],
    heuristicParams: ['domains'],
    weight: 0.15,
    citations: [FINCEN_2023, TRISEAL],
  },
  {
    id: 'unusual_quantity_vs_history',
    tag: 'unusual_quantity_vs_history',
    title: "Quantity far above the customer's history",
    check: 'quantity_vs_history',
    params: { factor: 5, minHistory: 3 },
    fields: ['items[].quantity', 'history'],
    heuristicParams: ['factor', 'minHistory'],
    weight: 0.2,
    verify: true,
    citations: [
      `${BIS_KYC} (order out of line with the customer's business)`,
      'FinCEN–BIS Joint Alert FIN-2022-Alert003 (verify: exact wording)',
    ],
  },
  {
    id: 'last_minute_routing_change',
    tag: 'last_minute_routing_change',
    title: 'Consignee, end user or destination changed after the order',
    check: 'routing_change',
    params: {},
    fields: ['amendments[]'],
    heuristicParams: [],
    weight: 0.25,
    verified: true,
    evidence: [TRISEAL_2023_ROUTING],
    citations: [FINCEN_2022, TRISEAL],
  },
  {
    id: 'previously_scheduled_for_russia',
    tag: 'previously_scheduled_for_russia',
    title: 'Order previously destined for Russia or Belarus',
    check: 'previously_russia',
    params: { countries: RUSSIA_BELARUS.countries },
    fields: ['amendments[]'],
    heuristicParams: [],
    weight: 0.45,
    verified: true,
    evidence: [TRISEAL_2023_ROUTING],
    citations: [FINCEN_2022, TRISEAL],
  },
  {
    id: 'overpayment_vs_market',
    tag: 'overpayment_vs_market',
    title: 'Unit price well above the market price',
    check: 'price_vs_reference',
    params: { factor: 2 },
    fields: ['items[].unitPrice', 'items[].value', 'items[].quantity', 'referencePrices'],
    heuristicParams: ['factor'],
    weight: 0.2,
    citations: [FINCEN_2022, 'NCA/OFSI Red Alert, Dec 2023, #4'],
  },
  {
    id: 'lc_consigned_to_issuing_bank',
    tag: 'lc_consigned_to_issuing_bank',
    title: 'Letter of credit: goods consigned to the issuing bank, or invoice silent on the end user',
    check: 'lc_to_bank',
    params: {},
    fields: ['payment.letterOfCredit'],
    heuristicParams: [],
    weight: 0.3,
    verified: true,
    evidence: [NOTICE_2023_LETTER_OF_CREDIT],
    citations: [FINCEN_2023, 'NCA/OFSI Red Alert, Dec 2023, #5'],
  },
  {
    // RED-FLAGS #13. The guidance names the pattern, not figures: window, size and count are ours (verify against the
    // alerts, tune per currency).
    id: 'structuring_small_payments_multiple_suppliers',
    tag: 'structuring_small_payments_multiple_suppliers',
    title: 'Small payments from one account to several suppliers',
    check: 'structured_payments',
    params: { windowDays: 30, minBeneficiaries: 3, maxAmount: 10000 },
    fields: ['payment.payerAccount', 'payment.amount', 'payment.beneficiary', 'payments'],
    heuristicParams: ['windowDays', 'minBeneficiaries', 'maxAmount'],
    weight: 0.3,
    verify: true,
    citations: [`${FINCEN_2023_MAY} (verify: wording of the structuring indicator)`, `${NCA}, #3`],
  },
  {
    // RED-FLAGS #19; BIS red flag 4 (technical level of the country) is not encoded: it needs a country-capability
    // table we do not have. The activity → goods mapping is data (data/activities.ts, data/activity-classes.ts).
    id: 'line_of_business_mismatch',
    tag: 'line_of_business_mismatch',
    title: "Item does not fit the buyer's line of business",
    check: 'business_mismatch',
    params: { technicalHs: TECHNICAL_HEADINGS, profiles: 'data/activities.ts' },
    fields: [
      'parties[purchaser|consignee|intermediate_consignee|end_user].business',
      'registry activities (NACE, NAICS, ISIC, text)',
      'items[].hsCode',
      'items[].description',
    ],
    heuristicParams: ['technicalHs', 'profiles'],
    weight: 0.3,
    verified: true,
    evidence: KYC_LINE_OF_BUSINESS,
    citations: [`${BIS_KYC}, red flag 3 ("the product's capabilities do not fit the buyer's line of business")`],
  },
  {
    // RED-FLAGS #23: words in the address, or a match in an imported gazetteer of military facilities
    // (ScoringContext.militaryAddresses).
    id: 'military_colocated_address',
    tag: 'military_colocated_address',
    title: 'Purported civil end user at a military address',
    check: 'military_address',
    params: { words: MILITARY_ADDRESS_WORDS, declaredMilitary: DECLARED_MILITARY },
    fields: ['parties[consignee|end_user|intermediate_consignee].address', 'parties[].business', 'militaryAddresses'],
    heuristicParams: ['words', 'declaredMilitary'],
    weight: 0.45,
    verify: true,
    citations: [`${FINCEN_2023} (verify: exact indicator)`, `${NCA}, #10`],
  },
  {
    // RED-FLAGS #25 cites "BIS Red Flag #12", which in 15 CFR 732 Supp. 3 is about packaging: the attribution is to
    // check.
    id: 'hs_description_mismatch',
    tag: 'hs_description_mismatch',
    title: 'Declared HS code contradicts the description or part number',
    // Part numbers (PART_NUMBER_HEADINGS), tariff codes and models are read from the description as well as the
    // part-number field (identifiers.ts, docs/diversion-identifiers.md).
    check: 'hs_mismatch',
    params: { descriptionHeadings: DESCRIPTION_HEADINGS, partNumberHeadings: PART_NUMBER_HEADINGS },
    fields: ['items[].hsCode', 'items[].description', 'items[].manufacturerPartNumber'],
    heuristicParams: ['descriptionHeadings', 'partNumberHeadings'],
    weight: 0.3,
    verify: true,
    citations: [
      'Export Enforcement Five (E5) guidance, 26 Sep 2023 (verify: misclassification indicator)',
      'WCO Harmonized System 2022 headings (data/item-hints.ts)',
    ],
  },
  {
    // RED-FLAGS #27: an essentially identical transaction (same end user or consignee, same HS6 or ECCN) denied within
    // three years.
    id: 'denial_undercut',
    tag: 'denial_undercut',
    title: 'An authority denied an essentially identical transaction',
    check: 'denied_before',
    params: { years: 3, nameThreshold: 0.9 },
    fields: ['parties[consignee|end_user].name', 'items[].hsCode', 'items[].eccn', 'denials'],
    heuristicParams: ['years', 'nameThreshold'],
    weight: 0.45,
    verify: true,
    citations: [
      'Reg. (EU) 2021/821 Art. 16 (denials and consultation on essentially identical transactions; verify: paragraph and three-year period)',
    ],
  },
];
