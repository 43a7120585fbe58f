/**
 * The closed vocabularies and field lists of a transaction (transaction.ts describes the fields): the words a
 * transaction may use, and the keys each of its objects may carry.
 */

/**
 * What an exporter can be informed of or aware of: the catch-all grounds of Reg. 2021/821 Arts. 4-5 and diversion to
 * Russia / Belarus.
 */
export const KNOWLEDGE_GROUNDS = [
  'wmd',
  'military_end_use',
  'illicit_military_parts',
  'cyber_surveillance',
  'diversion_to_russia',
  'diversion_to_belarus',
] as const;
export const CONTRACT_CLAUSES = ['no_re_export_to_russia', 'no_re_export_to_belarus'] as const;
/**
 * Sanctions annexes and schedules an item can be stated to be on (the rules in data/rules-eu-russia.ts and rules-uk.ts
 * read them).
 */
export const SANCTIONS_LISTS = [
  'eu-833-annex-vii',
  'eu-833-annex-xi',
  'eu-833-annex-xx',
  'eu-833-annex-xxiii',
  'eu-833-annex-xxxv',
  'eu-833-annex-xl',
  'eu-258-2012-annex-i',
  'eu-765-annex-va',
  'uk-rus-sch-2a',
  'uk-rus-sch-2c',
  'uk-rus-sch-2e',
] as const;
/** An ECCN of the US Commerce Control List (not EAR99). */
export const ECCN = /^[0-9][A-E]\d{3}(\.[a-z0-9]{1,2})*$/i;

/** Regions the EAR treats apart from their country (15 CFR 746.6: Crimea, and the so-called DNR and LNR). */
export const DESTINATION_REGIONS = ['crimea', 'dnr', 'lnr'] as const;
export const END_USES = [
  'civil',
  'military',
  'military_end_user',
  'wmd',
  'nuclear',
  'missile',
  'chemical_biological',
  'surveillance',
  'supercomputer',
  'advanced_node_ic_production',
  'ai_model_training',
] as const;
/** A party's role in the transaction. */
export const PARTY_ROLES = [
  'end_user',
  'consignee',
  'intermediate_consignee',
  'purchaser',
  'forwarder',
  'other',
] as const;

/** The yes/no statements an item may carry (each read by a rule that cites it; see TransactionItem). */
export const ITEM_FLAGS = [
  'made_with_us_technology',
  'sta_consignee_statement',
  'enc_eligible',
  'returning_after_repair',
  'temporary_exhibition',
  'intra_group',
  'published',
  'fundamental_research',
  'temporary_export',
  'replacement_parts',
  'government_end_user',
  'personal_baggage',
  'tsr_written_assurance',
  'nac_notified',
  'software_update',
] as const;
/** The amounts an item may carry. */
export const ITEM_AMOUNTS = ['us_content_percent', 'value', 'quantity'] as const;

/** Every field an item may have: the flags and amounts above, and the rest. */
export const ITEM_KEYS: ReadonlySet<string> = new Set([
  'description',
  'classification',
  'parameters',
  'hs',
  'origin',
  ...ITEM_AMOUNTS,
  ...ITEM_FLAGS,
  'sanctions_lists',
  'us_content_eccns',
]);
export const TOP_KEYS: ReadonlySet<string> = new Set([
  'id',
  'date',
  'exporter',
  'items',
  'destination',
  'parties',
  'end_use',
  'technology_release_to',
  'informed_by_authority',
  'exporter_aware',
  'contract_clauses',
  'destination_region',
]);
