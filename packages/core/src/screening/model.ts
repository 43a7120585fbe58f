/**
 * The normalised restricted-party model every list format is imported into, and that
 * screening matches against. One shape for OFAC, UN, EU, UK, DFAT, CSL and FollowTheMoney,
 * so the matcher and the explanations never care where an entry came from.
 */

export const ENTITY_TYPES = ['person', 'organization', 'vessel', 'aircraft', 'unknown'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * How much a name can be trusted as an identifier of the entry:
 * - primary: the listed name.
 * - strong_alias: an a.k.a. the publisher considers reliable (OFAC "a.k.a.", UN "Good quality",
 *   DFAT "Primary/Alias" strong, EU strong).
 * - weak_alias: a low-quality a.k.a. (OFAC "f.k.a."/weak AKAs kept in remarks, UN "Low quality",
 *   DFAT "Weak"): matches on it alone are down-weighted.
 * - former: a former name (f.k.a. / formerly known as).
 */
export const NAME_KINDS = ['primary', 'strong_alias', 'weak_alias', 'former'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

export interface ListName {
  full: string;
  kind: NameKind;
  /** Parts when the publisher gives them (UN FIRST_NAME..., EU firstName/lastName). */
  given?: string;
  family?: string;
  /** ISO 15924 script of `full` when not Latin, e.g. "Cyrl", "Arab", "Hani". */
  script?: string;
  /** BCP 47 language, when given. */
  lang?: string;
}

export interface ListAddress {
  full?: string;
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
}

/**
 * A date as precise as the list gives it: "1962", "1962-07" or "1962-07-15"; a range
 * ("circa 1960-1965", OFAC "1960 to 1965") sets `to` as well.
 */
export interface PartialDate {
  date: string;
  to?: string;
  /** The list says "circa" / "approximately" (UN APPROXIMATELY, OFAC "circa"). */
  approximate?: boolean;
}

export interface ListIdentifier {
  /** passport, national_id, tax_id, registration, imo, mmsi, lei, swift_bic, aircraft_registration, other... */
  type: string;
  value: string;
  /** Issuing country, ISO 3166-1 alpha-2. */
  country?: string;
  note?: string;
}

export interface ListEntry {
  /** The publisher's own id (OFAC ent_num, UN DATAID / REFERENCE_NUMBER, EU logicalId...). */
  sourceId: string;
  type: EntityType;
  /** At least one, the first being primary. */
  names: ListName[];
  addresses: ListAddress[];
  /** ISO 3166-1 alpha-2: nationalities, citizenships, countries of registration or location. */
  countries: string[];
  birthDates: PartialDate[];
  birthPlaces: string[];
  identifiers: ListIdentifier[];
  /** Sanctions programmes / regimes, e.g. "RUSSIA-EO14024", "SDGT", "DPRK". */
  programs: string[];
  /** ISO date the entry was listed, when known. */
  listedOn?: string;
  remarks?: string;
  /** Consolidated sources (CSL): the list inside the file, e.g. "Entity List". */
  subList?: string;
  /** Export-control lists (Entity List, MEU, UVL): what is restricted and how licences are reviewed. */
  licenseRequirement?: string;
  licensePolicy?: string;
  federalRegisterNotice?: string;
  sourceUrl?: string;
  /** Other publisher ids for the same entry (UN reference number, OFSI Group ID, UK UniqueID...). */
  otherIds?: string[];
  /** Gender as listed ("male", "female"), when given. */
  gender?: string;
  /** Positions, titles and designations held, as listed. */
  positions?: string[];
  /** Relations stated by the list: "Linked To:" (OFAC), parent companies (UK), ... */
  related?: { relation: string; name: string; sourceId?: string }[];
}

/** One list as parsed from one file (a file may hold several lists, e.g. the CSL). */
export interface ParsedList {
  /** Stable id of the list, e.g. "us-ofac-sdn", "un-sc", "us-bis-entity-list". */
  list: string;
  /** Human title and publisher, for explanations. */
  title: string;
  publisher: string;
  /** The format parsed, e.g. "ofac-legacy-csv", "un-xml". */
  format: string;
  /** Publication date the file states, ISO date, when it states one. */
  publishedAt?: string;
  /** Entry count the file itself declares (OFAC SDN.XML Record_Count), when its format declares one. */
  declaredCount?: number;
  entries: ListEntry[];
  /** Recoverable oddities (an unknown country name kept as text...), with their location. */
  warnings: string[];
  /**
   * Relationships the file states between entries or with outside parties (FollowTheMoney
   * Ownership, Directorship, Family, UnknownLink...), for ownership and diversion analysis.
   */
  links?: ListLink[];
}

export interface ListLink {
  /** The publisher's id of the relationship record. */
  sourceId: string;
  /** Its kind as the publisher names it, e.g. "Ownership", "Directorship". */
  schema: string;
  /** Source ids of the two ends (owner → asset, director → organisation...). */
  from: string;
  to: string;
  /** Other properties as given (percentage, role, startDate...), values as lists of strings. */
  properties: Record<string, string[]>;
}
