/**
 * Two prepared records: the evidence that they are one party, what speaks against, and a
 * confidence. Weights say how much one kind of evidence alone identifies a party:
 * - a registration number, LEI or tax id (0.95), the caller's own id (0.9), an e-mail address (0.9);
 * - a website (0.8) or company e-mail domain (0.5): groups share domains, people do not share mailboxes;
 * - a phone (0.6): registration agents give their switchboard for hundreds of shells;
 * - the name (screening score × 0.75 in the same country, × 0.6 when a country is missing, × 0.3 across countries);
 * - the same door (0.35 × address score) or PO box (0.3): a registered office is shared by design
 *   (C4ADS found >200 Hong Kong suppliers to Russia at a few registration offices, RED-FLAGS.md).
 * Combined as independent evidence, 1 − Π(1 − w) (the kind's best piece only). Penalties: records
 * whose names differ and that share no identifier, e-mail or website × 0.5; different numbers
 * under one registration scheme × 0.2 (two registered companies, however alike); both give a
 * door and none agrees, with no identifier, e-mail or website shared × 0.9 (a name alone then
 * stays below the default threshold, in the near misses for review).
 */
import { compareNames } from '../../screening/matching/index';
import { comparable } from '../../screening/matching/index';
import { defaultWeight } from '../../screening/matching/index';
import { compareAddresses } from '../address';
import type { PreparedParty } from './prepare';
import type { Evidence, EvidenceKind, ResolutionLink } from './types';

/** Name score from which names count as evidence (the screening default) and from which they "agree". */
const NAME_FLOOR = 0.8;
const NAMES_AGREE = 0.85;
const STRONG: ReadonlySet<EvidenceKind> = new Set(['identifier', 'caller_id', 'email', 'website']);
const round = (x: number) => Math.round(x * 1000) / 1000;

function nameEvidence(a: PreparedParty, b: PreparedParty): { evidence?: Evidence; score: number } {
  let best: { score: number; fa: string; fb: string; va: string; vb: string; ra: string; rb: string } | undefined;
  for (const na of a.names)
    for (const nb of b.names)
      for (const ra of na.norm)
        for (const rb of nb.norm) {
          if (!comparable(ra, rb)) continue;
          const s = compareNames(ra, rb, defaultWeight).score;
          if (!best || s > best.score)
            best = {
              score: s,
              fa: na.field,
              fb: nb.field,
              va: na.value,
              vb: nb.value,
              ra: ra.tokens.join(' '),
              rb: rb.tokens.join(' '),
            };
        }
  if (!best) return { score: 0 };
  if (best.score < NAME_FLOOR) return { score: best.score };
  const sameCountry = a.country && b.country ? a.country === b.country : undefined;
  const factor = sameCountry === true ? 0.75 : sameCountry === undefined ? 0.6 : 0.3;
  const where =
    sameCountry === true
      ? `both in ${a.country}`
      : sameCountry === undefined
        ? 'a country is missing'
        : `countries differ (${a.country} / ${b.country})`;
  return {
    score: best.score,
    evidence: {
      kind: 'name',
      fields: [best.fa, best.fb],
      values: [best.va, best.vb],
      normalised: best.ra === best.rb ? best.ra : `${best.ra} ≈ ${best.rb}`,
      weight: round(best.score * factor),
      why: `names score ${best.score.toFixed(2)} with the screening engine ("${best.ra}" / "${best.rb}"), ${where}`,
    },
  };
}

interface Same {
  kind: EvidenceKind;
  weight: number;
  label: string;
}
type Valued<T> = { field: string; value: string; norm: T }[];

function sameValue<T>(
  what: Same,
  xs: Valued<T>,
  ys: Valued<T>,
  key: (t: T) => string | undefined,
): Evidence | undefined {
  const { kind, weight, label } = what;
  for (const x of xs)
    for (const y of ys) {
      const k = key(x.norm);
      if (k && k === key(y.norm))
        return {
          kind,
          fields: [x.field, y.field],
          values: [x.value, y.value],
          normalised: k,
          weight,
          why: `same ${label} ${k}`,
        };
    }
  return undefined;
}

/**
 * Identifiers: equal values count when the schemes agree or one is unstated; different numbers under one scheme
 * conflict.
 */
function identifierEvidence(a: PreparedParty, b: PreparedParty, conflicts: string[]): Evidence[] {
  for (const x of a.identifiers)
    for (const y of b.identifiers) {
      if (x.norm.value !== y.norm.value || (x.norm.scheme && y.norm.scheme && x.norm.scheme !== y.norm.scheme))
        continue;
      return [
        {
          kind: 'identifier',
          fields: [x.field, y.field],
          values: [x.value, y.value],
          normalised: x.norm.value,
          weight: 0.95,
          why: `same identifier ${x.norm.value}${(x.norm.scheme ?? y.norm.scheme) ? ` (${x.norm.scheme ?? y.norm.scheme})` : ''}`,
        },
      ];
    }
  for (const x of a.identifiers) {
    const other = x.norm.scheme ? b.identifiers.filter((y) => y.norm.scheme === x.norm.scheme) : [];
    if (other.length && !other.some((y) => y.norm.value === x.norm.value))
      conflicts.push(
        `different ${x.norm.scheme} identifiers (${x.norm.value} / ${other.map((y) => y.norm.value).join(', ')})`,
      );
  }
  return [];
}

/** The caller's id, e-mail, website (else company domain) and phone. */
function contactEvidence(a: PreparedParty, b: PreparedParty): (Evidence | undefined)[] {
  const callerId: Evidence | undefined =
    a.record.id && a.record.id === b.record.id
      ? {
          kind: 'caller_id',
          fields: ['id', 'id'],
          values: [a.record.id, b.record.id],
          normalised: a.record.id,
          weight: 0.9,
          why: `same id ${a.record.id} in the caller's data`,
        }
      : undefined;
  const email = sameValue({ kind: 'email', weight: 0.9, label: 'e-mail' }, a.emails, b.emails, (e) => e);
  const fromSite = (p: PreparedParty) => p.domains.filter((d) => d.from === 'website');
  const site =
    sameValue({ kind: 'website', weight: 0.8, label: 'website' }, fromSite(a), fromSite(b), (d) => d) ??
    sameValue(
      { kind: 'email_domain', weight: 0.5, label: 'company domain (website or e-mail)' },
      a.domains,
      b.domains,
      (d) => d,
    );
  const phone = sameValue(
    { kind: 'phone', weight: 0.6, label: 'phone' },
    a.phones,
    b.phones,
    (p) => p.e164 ?? (p.digits.length >= 8 ? `…${p.digits.slice(-8)}` : undefined),
  );
  return [callerId, email, site, phone];
}

/** The same door (best address match), else — unless the countries differ — the same PO box. */
function placeEvidence(a: PreparedParty, b: PreparedParty): Evidence | undefined {
  let door: Evidence | undefined;
  for (const x of a.addresses)
    for (const y of b.addresses) {
      const m = compareAddresses(x.norm, y.norm);
      if (m && (!door || 0.35 * m.score > door.weight))
        door = {
          kind: 'address',
          fields: [x.field, y.field],
          values: [x.value, y.value],
          normalised: x.norm.key,
          weight: round(0.35 * m.score),
          why: `same place: ${m.why}`,
        };
    }
  if (door || (a.country && b.country && a.country !== b.country)) return door;
  const boxes = (p: PreparedParty) => p.addresses.filter((x) => x.norm.poBox);
  return sameValue({ kind: 'po_box', weight: 0.3, label: 'PO box' }, boxes(a), boxes(b), (n) => n.poBox);
}

/** 1 − Π(1 − w), with the penalties of the header; adds the conflicts it applies. */
function confidenceOf(
  a: PreparedParty,
  b: PreparedParty,
  found: { evidence: Evidence[]; nameScore: number },
  conflicts: string[],
) {
  const { evidence, nameScore } = found;
  let keep = 1;
  for (const e of evidence) keep *= 1 - e.weight;
  let confidence = 1 - keep;
  const strong = evidence.some((e) => STRONG.has(e.kind));
  if (nameScore < NAMES_AGREE && !strong && a.names.length && b.names.length) {
    conflicts.push(`names differ ("${a.record.name}" / "${b.record.name}", score ${nameScore.toFixed(2)})`);
    confidence *= 0.5;
  }
  if (conflicts.some((c) => c.startsWith('different '))) confidence *= 0.2;
  // Both give a door and no door or PO box agrees: a move or a second office, or another firm of the same name.
  const doors = (p: PreparedParty) => p.addresses.filter((x) => x.norm.doors.length);
  if (
    doors(a).length &&
    doors(b).length &&
    !evidence.some((e) => e.kind === 'address' || e.kind === 'po_box') &&
    !strong
  ) {
    conflicts.push(`addresses differ ("${doors(a)[0]!.value}" / "${doors(b)[0]!.value}")`);
    confidence *= 0.9;
  }
  return confidence;
}

export function compareParties(a: PreparedParty, b: PreparedParty): ResolutionLink {
  const conflicts: string[] = [];
  const name = nameEvidence(a, b);
  const evidence = [
    ...identifierEvidence(a, b, conflicts),
    ...contactEvidence(a, b),
    name.evidence,
    placeEvidence(a, b),
  ].filter((e): e is Evidence => !!e);
  let confidence = confidenceOf(a, b, { evidence, nameScore: name.score }, conflicts);
  if (a.country && b.country && a.country !== b.country)
    conflicts.push(`countries differ (${a.country} / ${b.country})`);
  confidence = round(confidence);
  const why = `${evidence.map((e) => e.why).join('; ') || 'no shared evidence'}${conflicts.length ? ` — against: ${conflicts.join('; ')}` : ''} → confidence ${confidence}`;
  return { a: a.ref, b: b.ref, confidence, evidence, conflicts, why };
}
