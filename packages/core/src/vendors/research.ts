/**
 * Research security (issue 16 §3): what a hit on an institution or a person means for a
 * collaboration or a visiting researcher, as a risk category with its basis, and what the
 * research-security officer has to decide. The categories and the mapping of lists onto them are
 * ours; every finding names the list entry and the cited effect (legal-effects.ts).
 */
import { effectsOf, inForce, type LegalEffect } from './legal-effects';

export type ResearchRisk =
  | 'dod_1286_institution'
  | 'defence_university_indicator'
  | 'export_control_restricted_party'
  | 'sanctions'
  | 'other_list';

export interface ResearchHit {
  /** Who was screened: "researcher" or "affiliation: <name>". */
  subject: string;
  list: string;
  listVersion: string;
  entryId: string;
  entryName: string;
  score: number;
  programs: string[];
  remarks: string | null;
  licenseRequirement: string | null;
  subList: string | null;
}
export interface ResearchFinding extends ResearchHit {
  risk: ResearchRisk;
  effects: (LegalEffect & { status: 'in_force' | 'not_yet' | 'unknown' })[];
  why: string;
}

const EXPORT_LISTS = new Set(['us-bis-entity-list', 'us-bis-meu', 'us-bis-uvl', 'us-bis-dpl']);

export function riskOf(h: ResearchHit): ResearchRisk {
  if (h.list === 'us-dod-1286') return 'dod_1286_institution';
  if (h.list === 'aspi-china-defence-universities') return 'defence_university_indicator';
  if (EXPORT_LISTS.has(h.list)) return 'export_control_restricted_party';
  if (/ofac|un-sc|eu-fsf|uk-|au-dfat|inksna/.test(h.list)) return 'sanctions';
  return 'other_list';
}

export function researchFinding(h: ResearchHit, on: string): ResearchFinding {
  const risk = riskOf(h);
  const effects = effectsOf(h.list).map((e) => ({ ...e, status: inForce(e, on) }));
  const aspi = h.programs.filter((p) => p.startsWith('ASPI category: ')).map((p) => p.slice(15));
  const why =
    risk === 'defence_university_indicator'
      ? `ASPI classifies "${h.entryName}" as ${aspi.join(', ') || 'a defence-linked institution'}${h.remarks ? ` (${h.remarks.slice(0, 300)})` : ''}; an indicator, not a prohibition`
      : risk === 'export_control_restricted_party'
        ? `"${h.entryName}" is on the ${h.subList ?? h.list}${h.licenseRequirement ? `; licence requirement: ${h.licenseRequirement}` : ''}`
        : risk === 'dod_1286_institution'
          ? `"${h.entryName}" is on DoD's §1286 list of foreign institutions engaged in problematic activity${h.remarks ? ` (${h.remarks})` : ''}`
          : `"${h.entryName}" is on ${h.list}`;
  return { ...h, risk, effects, why: `${h.subject}: ${why} (match score ${h.score.toFixed(2)})` };
}

/** Jurisdiction decisions of a deemed-export determination, reduced to what the officer must act on. */
export interface DeemedExportSummary {
  jurisdiction: string;
  decision: string;
  rules: string[];
  openQuestions: string[];
}

/** The decisions left to the research-security officer, in words, from the findings and determinations. */
export function officerDecisions(findings: ResearchFinding[], deemed: DeemedExportSummary[]): string[] {
  const out: string[] = [];
  const open = findings.filter((f) => f.score < 1);
  if (open.length) out.push(`confirm or clear ${open.length} possible list match(es) (name matches are not identity)`);
  if (findings.some((f) => f.risk === 'dod_1286_institution'))
    out.push(
      'for DoD-funded fundamental research: whether the proposal needs risk mitigation, or cannot proceed with this affiliation (§1286 list)',
    );
  if (findings.some((f) => f.risk === 'export_control_restricted_party'))
    out.push(
      'whether any item or technology subject to the EAR will go to the listed institution (licence requirement of the list entry)',
    );
  if (findings.some((f) => f.risk === 'defence_university_indicator'))
    out.push('whether the defence-university links warrant extra safeguards (ASPI indicator; policy, not law)');
  for (const d of deemed.filter((x) => x.decision === 'LICENCE_REQUIRED'))
    out.push(
      `${d.jurisdiction}: a licence is required before the technology is released to the researcher (deemed export) — apply, or restrict access (technology control plan)`,
    );
  for (const d of deemed) for (const q of d.openQuestions) out.push(`${d.jurisdiction}: ${q}`);
  if (!out.length) out.push('no list finding and no licence requirement: record the review');
  return out;
}
