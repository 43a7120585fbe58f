/**
 * Essentially-identical matching: an application (or determination) against the denials in force
 * that its agency can see. Reg. (EU) 2021/821 Art. 16 asks whether an authorisation was denied
 * "for an essentially identical transaction (concerning an item with essentially identical
 * parameters or technical characteristics and with regard to the same end user or consignee)".
 * We read that as: a control entry in common (control-overlap.ts) AND the same end user or
 * consignee (the screening matcher, so spelling variants and transliterations still match).
 * Destination and end-use similarity do not decide; they add to the score.
 *
 * The score is OURS (weights below), for ordering a case officer's list; the legal test is the
 * `essentiallyIdentical` flag and its explanation.
 */
import { InMemoryCandidateIndex } from '../screening/matching/candidate-index';
import { Screener, type Hit } from '../screening/matching/screen';
import type { ListEntry } from '../screening/model';
import { controlOverlaps, entryKeys, type ControlOverlap } from './control-overlap';
import { denialInForce } from './denial';
import { endUseSimilarity, endUseWords, type EndUseSimilarity } from './end-use';
import type { ApplicationInput, DenialNotice, PartyRef } from './model';

/** Our weights (sum 1): item and party carry the legal test, destination and end use corroborate. */
export const MATCH_WEIGHTS = { controls: 0.4, party: 0.35, destination: 0.15, endUse: 0.1 } as const;
export const MATCH_SCORE_LABEL =
  'dualuse heuristic score (not a legal test): 0.4 control overlap + 0.35 party match + 0.15 same destination + 0.1 end-use similarity';
/** Party names score at or above this to count as the same party (screening's default threshold). */
export const PARTY_THRESHOLD = 0.8;
const CORE_ROLES = new Set<PartyRef['role']>(['end_user', 'consignee']);

export interface PartyMatch {
  applicationParty: string;
  applicationRole: PartyRef['role'];
  deniedParty: string;
  deniedRole: PartyRef['role'];
  score: number;
  method: string;
  explanation: Hit['explanation'];
}

export interface DenialMatch {
  denialId: string;
  agencyId: string;
  agencyName: string;
  regimeRef: string;
  essentiallyIdentical: boolean;
  score: number;
  scoreLabel: string;
  controls: ControlOverlap[];
  parties: PartyMatch[];
  sameDestination: boolean;
  endUse: EndUseSimilarity;
  /** One sentence per finding, in the order a case officer reads them. */
  explanation: string[];
}

const LIST = 'coalition-denials';

export class DenialMatcher {
  private readonly screener: Screener;
  private readonly byEntry = new Map<string, number[]>();

  constructor(private readonly denials: readonly DenialNotice[]) {
    const entries: ListEntry[] = [];
    denials.forEach((d, di) => {
      d.deniedParties.forEach((p, pi) => entries.push(partyEntry(p, `${di}:${pi}`)));
      const keys = new Set(d.controlEntries.flatMap(entryKeys));
      for (const k of keys) {
        const l = this.byEntry.get(k);
        if (l) l.push(di);
        else this.byEntry.set(k, [di]);
      }
    });
    this.screener = new Screener(new InMemoryCandidateIndex([{ list: LIST, listVersion: 'current', entries }]));
  }

  /** Matches against the denials in force on `on`, best first. */
  match(app: Pick<ApplicationInput, 'items' | 'parties' | 'destination' | 'endUse'>, on: string): DenialMatch[] {
    const partyHits = new Map<number, PartyMatch[]>();
    for (const p of app.parties) {
      for (const h of this.screener.screen(
        { name: p.name, ...(p.country ? { countries: [p.country] } : {}), identifiers: p.identifiers ?? [] },
        { threshold: PARTY_THRESHOLD, maxHits: 50, candidateLimit: 60 },
      )) {
        const [di, pi] = h.entryId.split(':').map(Number) as [number, number];
        const denied = this.denials[di]!.deniedParties[pi]!;
        const list = partyHits.get(di) ?? [];
        list.push({
          applicationParty: p.name,
          applicationRole: p.role,
          deniedParty: denied.name,
          deniedRole: denied.role,
          score: h.score,
          method: h.explanation.method,
          explanation: h.explanation,
        });
        partyHits.set(di, list);
      }
    }
    const entries = app.items.flatMap((i) => i.controlEntries);
    const candidates = new Set(partyHits.keys());
    for (const k of new Set(entries.flatMap(entryKeys))) for (const di of this.byEntry.get(k) ?? []) candidates.add(di);
    const out: DenialMatch[] = [];
    const facts = { destination: app.destination, endUseWords: endUseWords(app.endUse), entries };
    for (const di of candidates) {
      const d = this.denials[di]!;
      if (!denialInForce(d, on)) continue;
      const m = assess(d, facts, partyHits.get(di) ?? []);
      if (m) out.push(m);
    }
    return out.sort((a, b) => Number(b.essentiallyIdentical) - Number(a.essentiallyIdentical) || b.score - a.score);
  }
}

/** A party as a list entry for the screening matcher (denied parties here, shared parties in shared-lists.ts). */
export function partyEntry(p: PartyRef, sourceId: string): ListEntry {
  return {
    sourceId,
    type: 'unknown',
    names: [{ full: p.name, kind: 'primary' }],
    addresses: p.address ? [{ full: p.address, ...(p.country ? { country: p.country } : {}) }] : [],
    countries: p.country ? [p.country] : [],
    birthDates: [],
    birthPlaces: [],
    identifiers: (p.identifiers ?? []).map((i) => ({ type: i.type ?? 'identifier', value: i.value })),
    programs: [],
  };
}

/**
 * Without a party match, a denial is listed only as a similar transaction: same destination, a
 * control entry in common and end uses at least this alike (ours) — else every 3A001-to-CN denial
 * would be listed on every 3A001-to-CN case.
 */
export const SIMILAR_END_USE = 0.5;

interface AppFacts {
  destination: string;
  endUseWords: Set<string>;
  entries: ApplicationInput['items'][number]['controlEntries'];
}

function assess(d: DenialNotice, app: AppFacts, parties: PartyMatch[]): DenialMatch | undefined {
  const sameDestination = d.destination === app.destination;
  // Cheap tests first: most candidates found by control entry alone fail on destination or end use.
  if (!parties.length && !sameDestination) return undefined;
  const endUse = d.endUse === '[withheld]' ? { score: 0, shared: [] } : endUseSimilarity(app.endUseWords, d.endUse);
  if (!parties.length && endUse.score < SIMILAR_END_USE) return undefined;
  const controls = controlOverlaps(app.entries, d.controlEntries);
  if (!parties.length && !controls.length) return undefined;
  const core = parties.filter((p) => CORE_ROLES.has(p.applicationRole) && CORE_ROLES.has(p.deniedRole));
  const best = Math.max(0, ...parties.map((p) => p.score));
  const w = MATCH_WEIGHTS;
  const score =
    w.controls * (controls.length ? 1 : 0) +
    w.party * best +
    w.destination * (sameDestination ? 1 : 0) +
    w.endUse * endUse.score;
  const explanation = [
    ...controls.map(
      (c) =>
        `control entry ${c.application.jurisdiction} ${c.application.code} overlaps denied ${c.denial.jurisdiction} ${c.denial.code} via ${c.via} (${c.how})`,
    ),
    ...parties.map(
      (p) =>
        `${p.applicationRole} "${p.applicationParty}" matches denied ${p.deniedRole} "${p.deniedParty}" (screening score ${p.score}, ${p.method})`,
    ),
    sameDestination
      ? `same destination ${d.destination}`
      : `different destination (${app.destination} vs denied ${d.destination})`,
    `end-use similarity ${endUse.score} (ours)${endUse.shared.length ? ` (shared words: ${endUse.shared.join(', ')})` : ''}`,
  ];
  if (!controls.length)
    explanation.unshift('no control entry in common: not essentially identical, listed for the party match');
  return {
    denialId: d.id,
    agencyId: d.agencyId,
    agencyName: d.agencyName,
    regimeRef: d.regimeRef,
    essentiallyIdentical: controls.length > 0 && core.length > 0,
    score: Math.round(score * 1000) / 1000,
    scoreLabel: MATCH_SCORE_LABEL,
    controls,
    parties,
    sameDestination,
    endUse,
    explanation,
  };
}
