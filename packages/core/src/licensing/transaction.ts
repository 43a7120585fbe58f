/**
 * A transaction as a user sends it (the API body; one line of the CLI's JSONL), and its
 * validator. Plain types, no schema library: every refusal names the field by JSON Pointer
 * (RFC 6901), e.g. `/items/0/classification/US`, and says what was expected. The validator reads one section per
 * step (parse-transaction/); its vocabularies are in parse-transaction/vocabulary.ts.
 */

export interface TransactionItem {
  description?: string;
  /** Per jurisdiction: "3A090.a", "EAR99" (US), "5A002.a" / "unlisted" (EU). */
  classification?: Record<string, string>;
  /** Technical parameters for the classification engine when a classification is not given. */
  parameters?: Record<string, unknown>;
  hs?: string;
  /** ISO alpha-2 country where the item was made. */
  origin: string;
  /** Share of controlled US-origin content, for de minimis (15 CFR 734.4). */
  us_content_percent?: number;
  /**
   * ECCNs of the US-origin content the foreign-made item incorporates (e.g. ["9A515.a", "3A001.b.2"]), for the 15 CFR
   * 734.4(a) cases with no de minimis level.
   */
  us_content_eccns?: string[];
  value?: number;
  quantity?: number;
  made_with_us_technology?: boolean;
  /** The consignee's statement required by License Exception STA (15 CFR 740.20(d)(2)). */
  sta_consignee_statement?: boolean;
  /** Encryption item eligible under ENC (15 CFR 740.17), as the exporter has assessed it. */
  enc_eligible?: boolean;
  /** The item is technology or software already published (15 CFR 734.7): not subject to the EAR. */
  published?: boolean;
  /** Technology or software arising during or resulting from fundamental research (15 CFR 734.8). */
  fundamental_research?: boolean;
  /** A temporary export returning within one year, e.g. tools of trade (License Exception TMP, 15 CFR 740.9(a)). */
  temporary_export?: boolean;
  /**
   * One-for-one replacement parts or servicing of an item lawfully exported before (License Exception RPL, 15 CFR
   * 740.10).
   */
  replacement_parts?: boolean;
  /** The end user is a national government agency of the destination (License Exception GOV, 15 CFR 740.11). */
  government_end_user?: boolean;
  /** Carried by an individual leaving the US as personal baggage (License Exception BAG, 15 CFR 740.14). */
  personal_baggage?: boolean;
  /** The consignee gave the written assurance against re-export required by License Exception TSR (15 CFR 740.6(a)). */
  tsr_written_assurance?: boolean;
  /** BIS was notified under License Exception NAC/ACA and did not object within 25 days (15 CFR 740.8). */
  nac_notified?: boolean;
  /**
   * An update that only fixes errors in software lawfully exported before (License Exception TSU, 15 CFR 740.13(c)).
   */
  software_update?: boolean;
  /**
   * Sanctions annexes / schedules the exporter has found the item on (`SANCTIONS_LISTS`), e.g. Reg. 833/2014 Annex
   * XXIII.
   */
  sanctions_lists?: string[];
  /** Re-export after repair or replacement to the country it came from (Reg. 2021/821 Annex IIc, EU003). */
  returning_after_repair?: boolean;
  /** Temporary export for an exhibition or fair, to be re-imported unchanged (Annex IId, EU004). */
  temporary_exhibition?: boolean;
  /** Software / technology sent to a subsidiary of the same group (Annex IIg, EU007). */
  intra_group?: boolean;
}

export interface TransactionParty {
  role: 'end_user' | 'consignee' | 'intermediate_consignee' | 'purchaser' | 'forwarder' | 'other';
  name: string;
  country?: string;
  /**
   * Owners of the party that are on a restricted-party list, as the exporter found them (BIS
   * affiliates rule, 15 CFR 744.11(a)(3)): the list id and the share held; `percent` absent when
   * the owner is known but its share is not (red flag 29: a licence is needed).
   */
  listed_owners?: { name: string; list: string; percent?: number }[];
}

export interface Transaction {
  id: string;
  /** ISO date: the determination is answered as of this date. */
  date: string;
  exporter: { name?: string; country: string };
  items: TransactionItem[];
  destination: string;
  parties: TransactionParty[];
  end_use: string[];
  /** Citizenship of the foreign national receiving technology in a deemed export (15 CFR 734.13(b)). */
  technology_release_to: string | null;
  /**
   * Grounds the competent authority has informed the exporter of (`KNOWLEDGE_GROUNDS`; Reg. 2021/821 Arts. 4(1), 5(1)).
   */
  informed_by_authority?: string[];
  /** Grounds the exporter is aware of (`KNOWLEDGE_GROUNDS`; Reg. 2021/821 Arts. 4(2), 5(2); Reg. 833/2014 Art. 12). */
  exporter_aware?: string[];
  /** Clauses the sale contract carries (`CONTRACT_CLAUSES`; Reg. 833/2014 Art. 12g). */
  contract_clauses?: string[];
  /**
   * A sanctioned region within the destination country (`DESTINATION_REGIONS`; 15 CFR 746.6 covered regions of
   * Ukraine).
   */
  destination_region?: string;
}

export {
  CONTRACT_CLAUSES,
  DESTINATION_REGIONS,
  END_USES,
  KNOWLEDGE_GROUNDS,
  PARTY_ROLES,
  SANCTIONS_LISTS,
} from './parse-transaction/vocabulary';
export { parseTransaction } from './parse-transaction/index';
