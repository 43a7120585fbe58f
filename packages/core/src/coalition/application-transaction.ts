/**
 * The transaction the licensing engine is asked about for a licence application (issue 14 item 1: an application is
 * built from a determination, attached as its evidence): each good with its control entries in the engine's
 * jurisdictions (entries of a regime the engine does not model, e.g. "WA 2.B.1.b", are left out: the engine cannot
 * read them), the parties, the destination, exported from the agency's country on the given date. The web form and
 * the server build it the same way.
 */
import { licensingJurisdictions } from '../licensing/jurisdictions/registry';
import type { ApplicationInput } from './model';

type Parts = Pick<ApplicationInput, 'reference' | 'destination' | 'items' | 'parties'>;

export function applicationTransaction(a: Parts, exporterCountry: string, date: string) {
  const known = new Set<string>(licensingJurisdictions());
  return {
    id: a.reference || 'application',
    date,
    exporter: { country: exporterCountry },
    items: a.items.map((i) => ({
      description: i.description,
      classification: Object.fromEntries(
        i.controlEntries.filter((e) => known.has(e.jurisdiction)).map((e) => [e.jurisdiction, e.code]),
      ),
      origin: exporterCountry,
    })),
    destination: a.destination,
    parties: a.parties.map((p) => ({
      role: p.role,
      name: p.name,
      ...(p.country ? { country: p.country } : {}),
    })),
    end_use: [],
    technology_release_to: null,
  };
}

/** One jurisdiction's answer in the evidence: the decision and the rules that fired, each with why. */
export interface EvidenceDetermination {
  jurisdiction: string;
  decision: string;
  authorisation?: string;
  policy?: string;
  rules: { id: string; citation: string; title: string; why: string; item?: number }[];
  openQuestions: string[];
}

/**
 * The determination an application carries as evidence (computed by the server when the exporter submits it, so the
 * agency reads the engine's answer, not the exporter's claim of it), or why there is none.
 */
export type ApplicationEvidence =
  | { determinationId: string; asOf: string; determinations: EvidenceDetermination[]; warnings: string[] }
  | { unavailable: string };

interface DeterminationLike {
  id: string;
  asOf: string;
  warnings: string[];
  determinations: Record<
    string,
    {
      decision: string;
      authorisation?: string;
      policy?: string;
      rules: { id: string; citation: string; title: string; why: string; item?: number }[];
      open_questions: string[];
    }
  >;
}

export function applicationEvidence(d: DeterminationLike): ApplicationEvidence {
  return {
    determinationId: d.id,
    asOf: d.asOf,
    warnings: d.warnings,
    determinations: Object.entries(d.determinations).map(([jurisdiction, x]) => ({
      jurisdiction,
      decision: x.decision,
      ...(x.authorisation ? { authorisation: x.authorisation } : {}),
      ...(x.policy ? { policy: x.policy } : {}),
      rules: x.rules.map((r) => ({
        id: r.id,
        citation: r.citation,
        title: r.title,
        why: r.why,
        ...(r.item !== undefined ? { item: r.item } : {}),
      })),
      openQuestions: x.open_questions,
    })),
  };
}
