/**
 * Provenance of a legal fact in our data files (issue 11 item 6). A data entry may say
 * `verified: true` only when it carries at least one `Evidence`: a passage quoted word for word
 * and where it can be read again — the source's URL or its Federal Register / Official Journal
 * citation. `from` says whether the quote is the official text itself or a secondary page
 * (law-firm alert, news report) restating it, so a reader knows how far to trust it.
 */

export interface Evidence {
  /** The passage, verbatim (ellipses "..." only where words were left out). */
  quote: string;
  /** "89 FR 18780", "15 CFR 774 Supp. 1, ECCN 3B001", "Reg. (EU) 2021/821 Art. 4". */
  citation?: string;
  url?: string;
  /** The quote is the official text (FR, CFR, OJ, the authority's own alert) or a secondary restatement of it. */
  from: 'official' | 'secondary';
}

/** A data entry that may claim to be verified. */
export interface Provenanced {
  verified?: boolean;
  evidence?: readonly Evidence[];
}

/** Federal Register, CFR, OJ / EU regulation or FinCEN alert citation: something a reader can look up. */
const CITATION =
  /\b\d+\s+FR\s+\d+|\b\d+\s+CFR\s+\d|\bOJ\s+L\b|\bReg(?:ulation)?\.?\s+\((?:EU|EC)\)\s+\d+\/\d+|\bFIN-\d{4}-[A-Za-z]+\d+/;
const URL = /^https?:\/\/[^\s/]+\.[^\s]+$/;

/** Why an entry's `verified: true` is not backed by its evidence; empty when it is (or when it does not claim it). */
export function provenanceProblems(entry: Provenanced): string[] {
  if (entry.verified !== true) return [];
  const evidence = entry.evidence ?? [];
  if (!evidence.length) return ['verified: true without any evidence'];
  const problems: string[] = [];
  evidence.forEach((e, i) => {
    if (e.quote.trim().length < 20) problems.push(`evidence[${i}]: the quote is missing or too short to be a passage`);
    const linked = (e.url !== undefined && URL.test(e.url)) || (e.citation !== undefined && CITATION.test(e.citation));
    if (!linked) problems.push(`evidence[${i}]: neither a URL nor a Federal Register / CFR / OJ citation`);
  });
  return problems;
}
