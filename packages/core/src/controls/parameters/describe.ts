/**
 * Reads what an item description states unambiguously (./description-cues.ts, our product
 * heuristics) into parameter values, keeping the words each came from. Explicit parameters
 * win; cues that disagree on a single-valued parameter ("GPU" and "server" both heads of the
 * description) infer nothing and say so, so the classification asks instead of guessing.
 */
import { CUE_COMBINE, DESCRIPTION_CUES, type DescriptionCue } from './description-cues';
import { parameterLabel } from './labels';

/** As a user would give it in `parameters` (an enum as its value or a list of values). */
export type FactValue = string | number | boolean | readonly string[];

export interface InferredFact {
  param: string;
  value: FactValue;
  /** The words of the description the value was read from. */
  words: string[];
  cues: string[];
  why: string[];
  source: 'description (product heuristic)';
}
export interface UnresolvedCue {
  param: string;
  /** Each candidate value with the words that suggested it. */
  candidates: { value: string | number | boolean; words: string[] }[];
  reason: string;
}
export interface DescriptionReading {
  inferred: InferredFact[];
  unresolved: UnresolvedCue[];
}

interface Hit {
  cue: DescriptionCue;
  value: string | number | boolean;
  words: string;
}

/**
 * "with 8 A100", "for datacenter", "8-", "8x AMD Instinct": the word that follows names contents or purpose, not the
 * item.
 */
const NOT_THE_HEAD =
  /(?:\b(?:with|w\/|containing|contains|including|incl\.?|for|of|and|plus|supports?|using|hosts?)\s+(?:[\w.:-]+\s+){0,3}|\b\d{1,2}\s?[x×]\s*(?:[\w.:-]+\s+){0,3}|\b\d{1,2}[-\s]?)$/i;

export function readDescription(
  description: string,
  given: ReadonlySet<string> = new Set(),
  cues: readonly DescriptionCue[] = DESCRIPTION_CUES,
): DescriptionReading {
  const inferred: InferredFact[] = [];
  const unresolved: UnresolvedCue[] = [];
  for (const [param, all] of findHits(description, given, cues)) {
    const fact = settle(param, all);
    if ('candidates' in fact) unresolved.push(fact);
    else inferred.push(fact);
  }
  return { inferred, unresolved };
}

/** Every cue match, by parameter; parameters given explicitly are not read. */
function findHits(description: string, given: ReadonlySet<string>, cues: readonly DescriptionCue[]) {
  const hits = new Map<string, Hit[]>();
  for (const cue of cues) {
    if (given.has(cue.param)) continue;
    if (cue.requires && !new RegExp(cue.requires, 'i').test(description)) continue;
    for (const m of description.matchAll(new RegExp(cue.pattern, 'gi'))) {
      if (cue.form && NOT_THE_HEAD.test(description.slice(Math.max(0, m.index - 40), m.index))) continue;
      const captured = m.slice(1).find((g) => g !== undefined);
      const value = cue.value === 'capture' ? Number(captured) : cue.value;
      if (typeof value === 'number' && !Number.isFinite(value)) continue;
      hits.set(cue.param, [...(hits.get(cue.param) ?? []), { cue, value, words: m[0] }]);
    }
  }
  return hits;
}

/** The highest-ranked hits decide; several values are combined (CUE_COMBINE) or left to the user. */
function settle(param: string, all: readonly Hit[]): InferredFact | UnresolvedCue {
  const top = Math.max(...all.map((h) => h.cue.rank ?? 0));
  const ranked = all.filter((h) => (h.cue.rank ?? 0) === top);
  const byValue = new Map<string | number | boolean, Hit[]>();
  for (const h of ranked) byValue.set(h.value, [...(byValue.get(h.value) ?? []), h]);
  const combine = CUE_COMBINE[param];
  const values = [...byValue.keys()];
  if (values.length > 1 && !combine)
    return {
      param,
      candidates: values.map((v) => ({ value: v, words: unique(byValue.get(v)!.map((h) => h.words)) })),
      reason: `the description suggests ${values.length} different values; give ${parameterLabel(param)} explicitly`,
    };
  const value: FactValue =
    combine === 'union' ? values.map(String) : combine === 'max' ? Math.max(...values.map(Number)) : values[0]!;
  const used = combine === 'max' ? ranked.filter((h) => h.value === value) : ranked;
  return {
    param,
    value,
    words: unique(used.map((h) => h.words)),
    cues: unique(used.map((h) => h.cue.id)),
    why: unique(used.map((h) => h.cue.why)),
    source: 'description (product heuristic)',
  };
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
