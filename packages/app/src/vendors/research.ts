/**
 * Screening a collaboration or a visiting researcher (issue 16 §3): the person and each
 * affiliation against every loaded list (§1286, ASPI defence universities, Entity List,
 * sanctions), then the deemed-export question for the technology the person will access —
 * the licensing engine with `technology_release_to` = citizenship (15 CFR 734.13(b): a release
 * of technology to a foreign person in the US is an export to the person's most recent country
 * of citizenship or permanent residency) — and what the officer must decide. Audited.
 */
import { authorise, invalidInput, type Principal } from '@dualuse/core';
import {
  officerDecisions,
  researchFinding,
  type DeemedExportSummary,
  type ResearchFinding,
} from '@dualuse/core/vendors';
import type { PartyInput } from '@dualuse/core/screening';
import { inTenant } from '@dualuse/store';
import { record } from '../audit/log';
import type { AppContext } from '../common';
import { determineTransactions } from '../licensing/determine';
import { screeningData } from '../screening/data';
import { screenWith } from '../screening/screen';

export interface ResearcherInput {
  name: string;
  /** ISO 3166-1 alpha-2 of the most recent citizenship or permanent residency (734.13(b)). */
  citizenship: string;
  affiliations: string[];
  /** Export classifications of the technology the person will access, e.g. { US: '3E001' }. */
  technology: Record<string, string>[];
  /** The hosting institution (the exporter in the determination). */
  host: { name: string; country: string };
  /** ISO date of the planned release (default today). */
  date?: string | undefined;
}
export interface ResearchReport {
  researcher: string;
  findings: ResearchFinding[];
  deemedExport: DeemedExportSummary[];
  decisions: string[];
  versions: Record<string, string>;
}

function validate(r: ResearcherInput): void {
  if (!r.name?.trim()) throw invalidInput('name is required', '/name');
  if (!/^[A-Z]{2}$/.test(r.citizenship ?? ''))
    throw invalidInput('citizenship: an ISO 3166-1 alpha-2 code, e.g. "CN"', '/citizenship');
  if (!Array.isArray(r.affiliations)) throw invalidInput('affiliations: a list of institution names', '/affiliations');
  if (!Array.isArray(r.technology))
    throw invalidInput('technology: a list of classifications, e.g. [{"US":"3E001"}]', '/technology');
}

export async function screenResearcher(ctx: AppContext, p: Principal, input: ResearcherInput): Promise<ResearchReport> {
  authorise(p, 'vendors:check');
  validate(input);
  const on = input.date ?? ctx.now().toISOString().slice(0, 10);
  const data = await screeningData(ctx);
  const parties: PartyInput[] = [
    { name: input.name, type: 'person', countries: [input.citizenship] },
    ...input.affiliations.map((a) => ({ name: a, type: 'organization' as const })),
  ];
  const subjects = ['researcher', ...input.affiliations.map((a) => `affiliation "${a}"`)];
  const screened = await inTenant(ctx.db, p.tenantId, (tx) =>
    screenWith(tx, ctx, p, { data, parties, origin: 'search', persist: true }),
  );
  const findings = screened.flatMap((res, i) =>
    res.hits
      .filter((h) => h.status !== 'suppressed')
      .map((h) => {
        const e = data.screener.entry(h.list, h.entryId);
        return researchFinding(
          {
            subject: subjects[i]!,
            list: h.list,
            listVersion: h.listVersion,
            entryId: h.entryId,
            entryName: h.name,
            score: h.score,
            programs: h.programs,
            remarks: e?.remarks ?? null,
            licenseRequirement: e?.licenseRequirement ?? null,
            subList: e?.subList ?? null,
          },
          on,
        );
      }),
  );
  const deemedExport = await deemed(ctx, p, input, on);
  const report: ResearchReport = {
    researcher: input.name,
    findings,
    deemedExport,
    decisions: officerDecisions(findings, deemedExport),
    versions: Object.fromEntries(data.versions.map((v) => [v.list, v.id])),
  };
  await inTenant(ctx.db, p.tenantId, (tx) =>
    record(tx, ctx, p, {
      action: 'research.screen',
      subject: { type: 'researcher', id: input.name },
      details: {
        citizenship: input.citizenship,
        affiliations: input.affiliations,
        technology: input.technology,
        findings: findings.map((f) => ({ list: f.list, entryId: f.entryId, risk: f.risk, score: f.score })),
        deemedExport: deemedExport.map((d) => ({ jurisdiction: d.jurisdiction, decision: d.decision })),
      },
      inputVersions: report.versions,
      requestId: null,
    }),
  );
  return report;
}

async function deemed(ctx: AppContext, p: Principal, r: ResearcherInput, on: string): Promise<DeemedExportSummary[]> {
  if (!r.technology.length) return [];
  const { results } = await determineTransactions(ctx, p, [
    {
      id: `deemed-export:${r.name}`,
      date: on,
      exporter: r.host,
      destination: r.host.country,
      technology_release_to: r.citizenship,
      items: r.technology.map((classification) => ({ classification, origin: r.host.country })),
      parties: [{ role: 'end_user', name: r.name, country: r.citizenship }],
      end_use: [],
    },
  ]);
  return Object.entries(results[0]!.determinations).map(([jurisdiction, d]) => ({
    jurisdiction,
    decision: d!.decision,
    rules: d!.rules.map((x) => x.id),
    openQuestions: d!.open_questions,
  }));
}
