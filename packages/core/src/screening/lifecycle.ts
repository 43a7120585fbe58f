/**
 * The lifecycle of published list versions, as plain data in and decisions out:
 * - how a version is dated (the file's own date; else the newest listing date inside the data;
 *   else a date the operator or the download declares; else unknown),
 * - whether a new version may be stored (sanity checks against the previous version of the
 *   same source), and
 * - which stored version of a list is current: the operator's pin, else the newest
 *   publication of the list's own publisher, which a republication (trade.gov CSL,
 *   OpenSanctions) replaces only when it is demonstrably newer.
 * A version is current because it is the newest publication, never because it was imported
 * last or because its content is new.
 */

export type DateSource = 'stated' | 'entries' | 'declared' | 'unknown';
export type SourceRole = 'primary' | 'secondary';

/**
 * Formats that republish lists issued by other publishers. The trade.gov CSL carries OFAC's
 * SDN list as its "SDN" source; OpenSanctions re-exports official lists. Our classification.
 */
const SECONDARY_FORMATS: ReadonlySet<string> = new Set(['csl-csv', 'csl-json', 'ftm-jsonl']);
export const sourceRoleOf = (format: string): SourceRole => (SECONDARY_FORMATS.has(format) ? 'secondary' : 'primary');

export interface PublicationDate {
  publishedAt: string | null;
  source: DateSource;
  /** Which date was used and why, in words for the operator. */
  basis: string;
}

export interface DatingInput {
  /** The date the file states (header, generation date), if any. */
  stated?: string | undefined;
  /** Listing dates of the entries (`listedOn`) of every list read from the same file(s). */
  entryDates: string[];
  /**
   * A date declared outside the file: the operator's `--published-at` (must agree with the
   * file), or a download's Last-Modified (`fallback`: used only when the file states no date
   * and no entry is newer).
   */
  declared?: { date: string; by: string; fallback?: boolean | undefined } | undefined;
  /** Today (ISO date): entry dates after it are typing errors, not evidence of currency. */
  today: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Dates one parsed list; a declared date that contradicts the file is an error (string). */
export function datePublication(input: DatingInput): PublicationDate | { error: string } {
  const d = { ...input };
  const plausible = d.entryDates.filter((x) => ISO_DATE.test(x) && x <= d.today).sort();
  const newest = plausible.at(-1);
  if (d.declared && !ISO_DATE.test(d.declared.date))
    return { error: `declared publication date "${d.declared.date}" is not an ISO date (YYYY-MM-DD)` };
  if (d.declared && d.declared.date > d.today)
    return { error: `declared publication date ${d.declared.date} is in the future` };
  if (d.declared?.fallback && (d.stated || (newest && d.declared.date < newest))) delete d.declared;
  if (d.stated) {
    if (d.declared && d.declared.date !== d.stated)
      return {
        error: `the file states its publication date ${d.stated}; the declared date ${d.declared.date} (${d.declared.by}) contradicts it`,
      };
    return { publishedAt: d.stated, source: 'stated', basis: `publication date stated by the file: ${d.stated}` };
  }
  if (d.declared) {
    if (newest && d.declared.date < newest)
      return {
        error: `declared publication date ${d.declared.date} (${d.declared.by}) is older than an entry listed on ${newest} inside the file`,
      };
    return {
      publishedAt: d.declared.date,
      source: 'declared',
      basis: `the format states no publication date; ${d.declared.date} declared by ${d.declared.by}`,
    };
  }
  if (newest) {
    const future = d.entryDates.filter((x) => ISO_DATE.test(x) && x > d.today).length;
    return {
      publishedAt: newest,
      source: 'entries',
      basis:
        `the format states no publication date; dated ${newest}, the newest listing date among ${plausible.length} dated entries ` +
        `(our inference: a lower bound - the file cannot be older than its newest entry)${future ? `; ${future} entry date(s) after today ignored` : ''}`,
    };
  }
  return {
    publishedAt: null,
    source: 'unknown',
    basis:
      'the format states no publication date and no entry carries a listing date: unknown (declare it with --published-at)',
  };
}

/** What the rules need to know about a stored version. */
export interface VersionFacts {
  id: string;
  publishedAt: string | null;
  sourceRole: SourceRole;
  entryCount: number;
  publisher: string;
  /** ISO timestamp. */
  importedAt: string;
}

export interface Pin {
  versionId: string;
  reason: string;
  pinnedBy: string;
}

export interface CurrentChoice<V extends VersionFacts> {
  version: V;
  rule: 'pinned' | 'newest-primary' | 'newer-secondary' | 'secondary-only';
  reason: string;
}

const label = (v: VersionFacts) =>
  `${v.publisher}, ${v.publishedAt ? `published ${v.publishedAt}` : `publication date unknown, imported ${v.importedAt.slice(0, 10)}`}`;

/**
 * Newest first: a dated version before an undated one (an undated file cannot be shown to be
 * newer), then by publication date, then by import time (a same-day correction wins).
 */
export function byRecency<V extends VersionFacts>(a: V, b: V): number {
  if (!!a.publishedAt !== !!b.publishedAt) return a.publishedAt ? -1 : 1;
  if (a.publishedAt && b.publishedAt && a.publishedAt !== b.publishedAt) return a.publishedAt > b.publishedAt ? -1 : 1;
  return a.importedAt === b.importedAt ? 0 : a.importedAt > b.importedAt ? -1 : 1;
}

export const newestOf = <V extends VersionFacts>(vs: V[]): V | undefined => [...vs].sort(byRecency)[0];

export function chooseCurrent<V extends VersionFacts>(versions: V[], pin?: Pin): CurrentChoice<V> | undefined {
  const pinned = pin && versions.find((v) => v.id === pin.versionId);
  if (pinned) return { version: pinned, rule: 'pinned', reason: `pinned by ${pin.pinnedBy}: ${pin.reason}` };
  const primary = newestOf(versions.filter((v) => v.sourceRole === 'primary'));
  const secondary = newestOf(versions.filter((v) => v.sourceRole === 'secondary'));
  if (!primary && !secondary) return undefined;
  if (!primary)
    return {
      version: secondary!,
      rule: 'secondary-only',
      reason: `only republished versions are loaded; newest: ${label(secondary!)}`,
    };
  if (secondary && secondary.publishedAt && primary.publishedAt && secondary.publishedAt > primary.publishedAt) {
    return {
      version: secondary,
      rule: 'newer-secondary',
      reason: `republication (${label(secondary)}) is newer than the publisher's own newest version (${label(primary)})`,
    };
  }
  const note = secondary ? `; the republication (${label(secondary)}) is not newer` : '';
  return {
    version: primary,
    rule: 'newest-primary',
    reason: `newest publication of the list's own publisher (${label(primary)})${note}`,
  };
}

export interface Candidate {
  list: string;
  publishedAt: string | null;
  entryCount: number;
  /** Entry count the file declares (OFAC SDN.XML Record_Count), when the format declares one. */
  declaredCount?: number | undefined;
}

export interface Finding {
  check: 'declared-count' | 'shrink' | 'older';
  message: string;
  /** Whether an explicit, reasoned override may accept it. */
  overridable: boolean;
}

/**
 * Sanity checks before a version may be stored. `baseline` is the newest stored version from
 * the same kind of source (primary or secondary) - the version this one claims to follow.
 * `maxShrink` is the fraction of entries a new version may lose against it (our threshold:
 * real publications remove a handful of entries at a time; a file cut short loses most).
 */
export function checkCandidate(c: Candidate, baseline: VersionFacts | undefined, maxShrink: number): Finding[] {
  const out: Finding[] = [];
  if (c.declaredCount !== undefined && c.declaredCount !== c.entryCount) {
    out.push({
      check: 'declared-count',
      overridable: false,
      message: `${c.list}: the file declares ${c.declaredCount} entries but ${c.entryCount} were read: truncated or corrupt`,
    });
  }
  if (baseline && baseline.entryCount > 0) {
    const drop = (baseline.entryCount - c.entryCount) / baseline.entryCount;
    if (drop > maxShrink) {
      out.push({
        check: 'shrink',
        overridable: true,
        message: `${c.list}: ${c.entryCount} entries against ${baseline.entryCount} in the previous version (${label(baseline)}): a drop of ${(drop * 100).toFixed(1)} %, more than the ${(maxShrink * 100).toFixed(0)} % allowed (DUALUSE_LIST_MAX_SHRINK); a file cut short? If the publisher really removed them, import with --accept-shrink --reason "..."`,
      });
    }
  }
  if (baseline?.publishedAt && c.publishedAt && c.publishedAt < baseline.publishedAt) {
    out.push({
      check: 'older',
      overridable: true,
      message: `${c.list}: publication date ${c.publishedAt} is older than the stored ${baseline.publishedAt} (${baseline.publisher}); to keep an older publication for the record (it will not become current), import with --allow-older --reason "..."`,
    });
  }
  return out;
}
