/**
 * The figures of the diversion scenario bench (diversion-scenarios.ts), pure so a test can prove them on a tiny
 * fixture: alert precision and recall over scenarios (a scenario alerts when any of its records does), citation
 * coverage (required red-flag citations present ÷ expected, over the scenarios that should alert) and ring recovery.
 *
 * A true ring counts as recovered when one found ring holds all its members and at least half of that found ring's
 * members are the true ring's (a found ring that swallowed the world recovers nothing).
 */

export interface ScenarioOutcome {
  id: string;
  expectedAlert: boolean;
  alerted: boolean;
  /** Red-flag tags whose citations the alert must carry. */
  expectedCitations: readonly string[];
  /** Tags of the flags that fired with at least one citation. */
  citedTags: readonly string[];
}

export interface TrueRing {
  id: string;
  members: readonly string[];
}

export interface BenchFigures {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** null when nothing alerted (0 ÷ 0). */
  precision: number | null;
  recall: number | null;
  citations: { present: number; expected: number; coverage: number | null };
  rings: { recovered: number; truth: number; recall: number | null; missed: string[] };
  missedAlerts: string[];
  falseAlerts: string[];
  missingCitations: { scenario: string; tag: string }[];
}

const ratio = (a: number, b: number): number | null => (b ? a / b : null);

export function ringRecovered(truth: TrueRing, found: readonly (readonly string[])[]): boolean {
  return found.some((f) => {
    const set = new Set(f);
    const inside = truth.members.filter((m) => set.has(m)).length;
    return inside === truth.members.length && inside >= f.length / 2;
  });
}

export function benchFigures(
  outcomes: readonly ScenarioOutcome[],
  rings: { truth: readonly TrueRing[]; found: readonly (readonly string[])[] },
): BenchFigures {
  const count = (f: (o: ScenarioOutcome) => boolean) => outcomes.filter(f).length;
  const tp = count((o) => o.expectedAlert && o.alerted);
  const fp = count((o) => !o.expectedAlert && o.alerted);
  const fn = count((o) => o.expectedAlert && !o.alerted);
  const tn = count((o) => !o.expectedAlert && !o.alerted);
  const missingCitations = outcomes
    .filter((o) => o.expectedAlert)
    .flatMap((o) =>
      o.expectedCitations.filter((t) => !o.citedTags.includes(t)).map((tag) => ({ scenario: o.id, tag })),
    );
  const expected = outcomes.filter((o) => o.expectedAlert).reduce((a, o) => a + o.expectedCitations.length, 0);
  const missed = rings.truth.filter((r) => !ringRecovered(r, rings.found)).map((r) => r.id);
  const recovered = rings.truth.length - missed.length;
  return {
    tp,
    fp,
    fn,
    tn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    citations: {
      present: expected - missingCitations.length,
      expected,
      coverage: ratio(expected - missingCitations.length, expected),
    },
    rings: { recovered, truth: rings.truth.length, recall: ratio(recovered, rings.truth.length), missed },
    missedAlerts: outcomes.filter((o) => o.expectedAlert && !o.alerted).map((o) => o.id),
    falseAlerts: outcomes.filter((o) => !o.expectedAlert && o.alerted).map((o) => o.id),
    missingCitations,
  };
}
