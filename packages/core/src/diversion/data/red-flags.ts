/**
 * The official diversion red flags as data (tags from shared/docs/RED-FLAGS.md). Each rule names
 * a check (implemented once, generically, in `../checks.ts`), its parameters, the fields it
 * needs, a weight (how much one firing raises the risk; the guidance says a single flag is an
 * indicator, never proof, so no single weight reaches an alert alone except a listed-party
 * match) and its sources. Weights and the params named in `heuristicParams` are ours — product
 * heuristics, not law — and every flag says so. `verify: true` marks a source not yet checked
 * against the original; `verified: true` needs quoted `evidence`.
 */
import type { Evidence } from '../../common/evidence';
import {
  DECLARED_MILITARY,
  DESCRIPTION_HEADINGS,
  MILITARY_ADDRESS_WORDS,
  NON_TECHNICAL_BUSINESS_WORDS,
  NON_TECHNICAL_NACE,
  PART_NUMBER_HEADINGS,
  TECHNICAL_HEADINGS,
} from './item-hints';
import { SIGNIFICANT_MINORITY } from './ownership-regimes';
import { ALERT_2023_INCORPORATION, NOTICE_2023_LETTER_OF_CREDIT, TRISEAL_2023_ROUTING } from './red-flag-sources';
import {
  ANNEX_VIII_PARTNERS,
  EU_MEMBER_STATES,
  FINCEN_BIS_TRANSSHIPMENT,
  GECC_PARTNERS,
  OTSI_HIGH_RISK,
  RUSSIA_BELARUS,
  TRISEAL_TRANSSHIPMENT,
} from './jurisdictions';

export type CheckId =
  | 'chpl_to_countries'
  | 'route_via_countries'
  | 'end_user_is_logistics'
  | 'address_in_free_zone'
  | 'payment_third_country'
  | 'incorporated_after'
  | 'listed_name'
  | 'listed_address'
  | 'missing_contract_clause'
  | 'end_user_unverified'
  | 'services_declined'
  | 'phone_country_mismatch'
  | 'free_email'
  | 'quantity_vs_history'
  | 'routing_change'
  | 'previously_russia'
  | 'owned_by_listed'
  | 'listed_contact'
  | 'crowded_address'
  | 'price_vs_reference'
  | 'lc_to_bank'
  | 'structured_payments'
  | 'business_mismatch'
  | 'military_address'
  | 'hs_mismatch'
  | 'denied_before';

export interface RedFlagRule {
  id: string;
  tag: string;
  title: string;
  check: CheckId;
  params: Record<string, unknown>;
  fields: readonly string[];
  /** How much one firing raises the risk: always ours — a product heuristic, not law. */
  weight: number;
  /**
   * The params that are ours too (name-match thresholds, ratios, windows, word lists): product heuristics, not law. The
   * rest come from the cited source.
   */
  heuristicParams: readonly string[];
  citations: readonly string[];
  /** Rule applies to shipments dated on or after this day. */
  effectiveFrom?: string;
  /** A cited source not yet checked against the original. */
  verify?: boolean;
  /** The indicator is checked against `evidence` (a quoted passage with its URL or citation; common/evidence.ts). */
  verified?: boolean;
  evidence?: readonly Evidence[];
  /** A firing of this rule makes an alert whatever the total score. */
  alertAlone?: boolean;
}

const BIS_KYC = '15 CFR part 732 Supp. 3 (BIS "Know Your Customer" Guidance and Red Flags)';
const FINCEN_2022 = 'FinCEN–BIS Joint Alert FIN-2022-Alert003, 28 Jun 2022';
const FINCEN_2023 = 'FinCEN–BIS Joint Notice FIN-2023-NTC2, 6 Nov 2023';
const TRISEAL = 'DOJ/Commerce/Treasury Tri-Seal Compliance Note, 2 Mar 2023';
const FINCEN_2023_MAY = 'FinCEN–BIS Supplemental Alert FIN-2023-Alert004, 19 May 2023';
const NCA = 'NCA/OFSI Red Alert, Dec 2023';

export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  {
    id: 'listed_party_match',
    tag: 'listed_party_match',
    title: "A party's name matches a listed party",
    check: 'listed_name',
    params: { threshold: 0.9, exceptLists: ['us-bis-uvl'] },
    fields: ['parties[].name', 'listed[].names'],
    heuristicParams: ['threshold'],
    weight: 0.8,
    alertAlone: true,
    citations: [`${BIS_KYC}, red flag 1`, FINCEN_2023, 'NCA/OFSI Red Alert, Dec 2023, #9'],
  },
  {
    id: 'unverified_list_party',
    tag: 'unverified_list_party',
    title: 'A party is on the BIS Unverified List',
    check: 'listed_name',
    params: { threshold: 0.9, lists: ['us-bis-uvl'] },
    fields: ['parties[].name', 'listed[].list'],
    heuristicParams: ['threshold'],
    weight: 0.35,
    citations: ['15 CFR 744.15 (UVL statement required; no licence exceptions)', '15 CFR part 744 Supp. 6'],
  },
  {
    id: 'address_match_listed',
    tag: 'address_match_listed',
    title: "A party's address is a listed party's address",
    check: 'listed_address',
    params: {},
    fields: ['parties[].address', 'listed[].addresses'],
    heuristicParams: [],
    weight: 0.6,
    alertAlone: true,
    citations: ['BIS final rule adding address-only Entity List entries, 12 Jun 2024 (89 FR 49727)', FINCEN_2023],
  },
  {
    id: 'shared_officer_or_contact_with_listed',
    tag: 'shared_officer_or_contact_with_listed',
    title: 'Shares a phone or e-mail with a listed party',
    check: 'listed_contact',
    params: {},
    fields: ['parties[].phones', 'parties[].emails', 'listed[].phones', 'listed[].emails'],
    heuristicParams: [],
    weight: 0.45,
    citations: [FINCEN_2023],
  },
  {
    id: 'mass_registration_address',
    tag: 'mass_registration_address',
    title: 'Address shared by many companies (registration agent / mass registration)',
    check: 'crowded_address',
    params: { min: 10 },
    fields: ['parties[].address', 'registry'],
    heuristicParams: ['min'],
    weight: 0.2,
    citations: [
      TRISEAL,
      'FinCEN–BIS Joint Notice FIN-2023-NTC2, 6 Nov 2023 (shared addresses)',
      'C4ADS (2024): >200 Hong Kong suppliers to Russia at a few registration offices (RED-FLAGS.md)',
    ],
  },
  {
    id: 'ownership_50pct_blocked',
    tag: 'ownership_50pct_blocked',
    title: 'Owned 50 % or more (OFAC) / more than 50 % or controlled (EU) by listed parties',
    check: 'owned_by_listed',
    params: { regimes: ['ofac_50_percent', 'eu_ownership_control'], basis: ['ownership', 'control'] },
    fields: ['parties[].id', 'ownership'],
    heuristicParams: [],
    weight: 0.8,
    alertAlone: true,
    citations: [
      'OFAC Revised Guidance on Entities Owned by Blocked Persons, 13 Aug 2014',
      'EU Best Practices for restrictive measures, paras 62–66',
      'FinCEN–BIS Joint Notice FIN-2023-NTC2, 6 Nov 2023',
    ],
  },
  {
    id: 'affiliates_rule_entity_list',
    tag: 'affiliates_rule_entity_list',
    title: 'Owned 50 % or more by Entity List / MEU parties (BIS Affiliates Rule)',
    check: 'owned_by_listed',
    params: { regimes: ['bis_affiliates_rule'], basis: ['ownership'] },
    fields: ['parties[].id', 'ownership'],
    heuristicParams: [],
    weight: 0.6,
    alertAlone: true,
    citations: ['BIS interim final rule 90 FR 47201 (eff. 29 Sep 2025; suspended 10 Nov 2025 – 9 Nov 2026)'],
  },
  {
    id: 'significant_minority_ownership_listed',
    tag: 'significant_minority_ownership_listed',
    title: 'Significant minority stake held by listed parties',
    check: 'owned_by_listed',
    params: {
      regimes: ['ofac_50_percent', 'eu_ownership_control', 'bis_affiliates_rule'],
      basis: ['minority'],
      minimum: SIGNIFICANT_MINORITY,
    },
    fields: ['parties[].id', 'ownership'],
    heuristicParams: ['minimum'],
    weight: 0.25,
    citations: [
      '15 CFR part 732 Supp. 3 (Affiliates Rule red flag: significant minority ownership)',
      'UK OTSI guidance, 7 Jan 2025 (complex structures, share transfers)',
    ],
  },
  {
    id: 'chpl_tier1_2_to_high_risk_jurisdiction',
    tag: 'chpl_tier1_2_to_high_risk_jurisdiction',
    title: 'Common High Priority item to a high-risk jurisdiction',
    check: 'chpl_to_countries',
    params: {
      countries: [...OTSI_HIGH_RISK.countries, ...RUSSIA_BELARUS.countries],
      tierWeights: { '1': 0.35, '2': 0.3, '3': 0.15, '4': 0.1 },
    },
    fields: ['items[].hsCode', 'destination', 'route[].to'],
    heuristicParams: ['tierWeights'],
    weight: 0.35,
    citations: [
      'BIS Common High Priority Items List, 23 Feb 2024 (Tiers 1–2 highest, 3–4 due diligence)',
      'BIS/FinCEN E5 guidance, 26 Sep 2023',
      OTSI_HIGH_RISK.citation,
    ],
  },
  {
    id: 'transshipment_hub_routing',
    tag: 'transshipment_hub_routing',
    title: 'Routed through a known transshipment point',
    check: 'route_via_countries',
    params: {
      confirmed: TRISEAL_TRANSSHIPMENT.countries,
      reported: FINCEN_BIS_TRANSSHIPMENT.countries,
      reportedWeight: 0.15,
    },
    fields: ['route[]', 'parties[intermediate_consignee].country'],
    heuristicParams: ['reportedWeight'],
    weight: 0.25,
    citations: [TRISEAL, FINCEN_BIS_TRANSSHIPMENT.citation],
  },
  {
    id: 'forwarder_or_logistics_as_end_user',
    tag: 'forwarder_or_logistics_as_end_user',
    title: 'A forwarder or logistics firm is the end user',
    check: 'end_user_is_logistics',
    params: {
      words: [
        'freight',
        'forwarding',
        'forwarder',
        'logistics',
        'logistic',
        'cargo',
        'shipping',
        'express',
        'courier',
        'mail centre',
        'mail center',
        'transport',
        'expedition',
      ],
    },
    fields: ['parties[end_user|consignee].name', 'parties[].business', 'parties[freight_forwarder]'],
    heuristicParams: ['words'],
    weight: 0.35,
    citations: [`${BIS_KYC}, red flag 10 (freight forwarder listed as final destination)`, FINCEN_2023],
  },
  {
    id: 'free_trade_zone_consignee',
    tag: 'free_trade_zone_consignee',
    title: 'Consignee, end user or buyer in a free-trade zone',
    check: 'address_in_free_zone',
    params: {
      words: [
        'free zone',
        'freezone',
        'free trade zone',
        'jafza',
        'jebel ali free',
        'dmcc',
        'dafza',
        'ifza',
        'saif zone',
        'hamriyah free',
        'kizad',
        'rakez',
        'fze',
        'fzco',
        'fz llc',
        'fzc',
      ],
    },
    fields: ['parties[consignee|end_user|intermediate_consignee|purchaser].address', 'parties[].name'],
    heuristicParams: ['words'],
    weight: 0.15,
    citations: [`${BIS_KYC} (examples of re-export through free-trade zones)`],
  },
  {
    id: 'payment_from_third_country',
    tag: 'payment_from_third_country',
    title: 'Payment from a country or party not in the transaction',
    check: 'payment_third_country',
    params: {},
    fields: ['payment.payer', 'payment.payerBankCountry', 'parties[]'],
    heuristicParams: [],
    weight: 0.3,
    citations: [FINCEN_2022, TRISEAL],
  },
  {
    id: 'incorporated_after_2022_02_24',
    tag: 'incorporated_after_2022_02_24',
    title: 'Customer incorporated after the invasion, outside the coalition',
    check: 'incorporated_after',
    params: {
      after: '2022-02-24',
      exempt: GECC_PARTNERS.countries,
      roles: ['consignee', 'end_user', 'intermediate_consignee', 'purchaser'],
    },
    fields: ['parties[].incorporated', 'parties[].country'],
    heuristicParams: [],
    weight: 0.25,
    verified: true,
    evidence: [ALERT_2023_INCORPORATION],
    citations: [
      'Export Enforcement Five (E5) guidance, 26 Sep 2023',
      'FinCEN–BIS Supplemental Alert FIN-2023-Alert004, 19 May 2023',
      'NCA/OFSI Red Alert, Dec 2023, #1',
    ],
  },
  {
    id: 'no_russia_clause_missing',
    tag: 'no_russia_clause_missing',
    title: 'EU sale of Annex XL-type goods without the "no re-export to Russia" clause',
    check: 'missing_contract_clause',
    params: {
      exporters: EU_MEMBER_STATES.countries,
      exempt: ANNEX_VIII_PARTNERS.countries,
      from: '2024-03-20',
      oldContractsBefore: '2023-12-19',
      oldContractsFrom: '2024-12-20',
    },
    fields: ['parties[exporter].country', 'items[].hsCode', 'contract', 'destination'],
    heuristicParams: [],
    weight: 0.3,
    effectiveFrom: '2024-03-20',
    citations: [
      'Reg. (EU) 833/2014 Art. 12g (inserted by Reg. 2023/2878); Art. 12g(4) notification; CHPL HS list as proxy for Annex XL',
    ],
  },
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
    params: {
      domains: [
        'gmail.com',
        'googlemail.com',
        'yahoo.com',
        'hotmail.com',
        'outlook.com',
        'mail.ru',
        'bk.ru',
        'inbox.ru',
        'list.ru',
        'yandex.ru',
        'ya.ru',
        'rambler.ru',
        'qq.com',
        '163.com',
        '126.com',
        'sina.com',
        'proton.me',
        'protonmail.com',
        'icloud.com',
        'gmx.de',
      ],
    },
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
    // table we do not have.
    id: 'line_of_business_mismatch',
    tag: 'line_of_business_mismatch',
    title: "Item does not fit the buyer's line of business",
    check: 'business_mismatch',
    params: {
      technicalHs: TECHNICAL_HEADINGS,
      nonTechnicalWords: NON_TECHNICAL_BUSINESS_WORDS,
      nonTechnicalNace: NON_TECHNICAL_NACE,
    },
    fields: ['parties[end_user|consignee|purchaser].business', 'items[].hsCode'],
    heuristicParams: ['technicalHs', 'nonTechnicalWords', 'nonTechnicalNace'],
    weight: 0.3,
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
