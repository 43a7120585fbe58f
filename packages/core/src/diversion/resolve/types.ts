/**
 * Entity resolution: which records (shipment parties, payers, registry companies, list
 * entries) are the same party. The output never merges: it lists clusters whose every member
 * is reached by explained pairwise links ("why linked": which fields, which normalised
 * values, what weight), each with a confidence, and the near misses below the threshold.
 */

/** An identifier as registries and lists give it: "1077711000102 (Russia)", { scheme: 'LEI', value: '...' }. */
export type IdentifierInput = string | { scheme?: string; value: string };

/** Anything party-shaped: a shipment `Party`, a payer, a registry company, a list entry. */
export interface ResolvableParty {
  /** Unique reference of this record in the batch ("S-17/parties[2]", "registry:HK-123"); defaults to its index. */
  ref?: string;
  /**
   * The caller's id of the party (customer number, registry or graph id): equal ids are the caller saying "same party".
   */
  id?: string;
  /** Where the record comes from (shipment, payment, registry, list): reported, not compared. */
  source?: string;
  name: string;
  /** Other names (aliases, former names, other scripts). */
  aliases?: string[];
  type?: 'person' | 'organization' | 'unknown';
  country?: string;
  address?: string;
  addresses?: string[];
  phones?: string[];
  emails?: string[];
  website?: string;
  websites?: string[];
  identifiers?: IdentifierInput[];
}

export type EvidenceKind =
  'identifier' | 'caller_id' | 'email' | 'website' | 'email_domain' | 'phone' | 'name' | 'address' | 'po_box';

export interface Evidence {
  kind: EvidenceKind;
  /** The fields compared on each side ("emails[0]", "addresses[1]"). */
  fields: [string, string];
  /** The values as given on each side. */
  values: [string, string];
  /** What they have in common after normalisation. */
  normalised: string;
  /** How much this evidence alone says "same party" (0–1). */
  weight: number;
  why: string;
}

export interface ResolutionLink {
  a: string;
  b: string;
  /** 1 − Π(1 − weight) over the evidence, times the penalties of `conflicts`. */
  confidence: number;
  evidence: Evidence[];
  /** What speaks against: different registration numbers, different names, different countries. */
  conflicts: string[];
  why: string;
}

export interface PartyCluster {
  /** The smallest member ref: stable whatever the order of the input. */
  id: string;
  members: string[];
  /** The accepted links inside the cluster (every member is reached through them). */
  links: ResolutionLink[];
  /** The weakest accepted link: a chain is only as sure as its weakest step. */
  confidence: number;
}

export interface ResolveOptions {
  /** Confidence from which two records are linked (default 0.7). */
  threshold?: number;
  /** Links from this confidence up to the threshold are reported as near misses for review (default 0.5). */
  reviewFrom?: number;
  /** Blocks with more records than this are not compared pairwise, and are reported (default 500). */
  maxBlock?: number;
  /**
   * Cap for keys that unrelated firms share by design — a door, a PO box, a phone, a domain (default 50):
   * a registration agent's office with hundreds of shells is a network finding, not an identity.
   */
  maxSharedBlock?: number;
}

export interface Resolution {
  threshold: number;
  /** Every cluster of two or more records, largest first. */
  clusters: PartyCluster[];
  /** Record ref → cluster id (a record alone is its own cluster, id = its ref). */
  clusterOf: Map<string, string>;
  /** Links below the threshold but worth a look. */
  nearMisses: ResolutionLink[];
  /** Blocks too large to compare pairwise (a registration agent's phone, a very common name word). */
  skippedBlocks: { key: string; size: number }[];
  stats: { records: number; blocks: number; candidatePairs: number; compared: number; links: number };
}
