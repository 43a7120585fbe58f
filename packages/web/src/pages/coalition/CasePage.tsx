/**
 * One application as a case. The agency sees everything: the goods and parties, the denials it matches (its own
 * earlier ones and allied ones) with their explanation and consultations, the case file, and the decision with the
 * no-undercut gate. The applicant sees its application, the agency's questions (to answer) and the decision.
 */
import { useEffect, useRef } from 'react';
import { ErrorAlert, Loading } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { useCan, useMe } from '../../lib/me';
import { usePath } from '../../lib/router';
import { useQuery } from '@tanstack/react-query';
import { useInvalidate } from '../../lib/query';
import { ApplicationSummary } from './ApplicationSummary';
import { CaseHistory } from './CaseHistory';
import { CoalitionNav } from './CoalitionNav';
import { DecisionForm } from './DecisionForm';
import { MatchesPanel } from './MatchesPanel';
import { useAgencies } from './useAgencies';
import type { ApplicationCase, ApplicationDecision, Consultation, Items } from './types';

export function CasePage() {
  const id = usePath().split('/').pop()!;
  const loaded = useQuery<ApplicationCase>({ queryKey: [`/applications/${id}`] });
  const me = useMe().me;
  const [canConsult, canWork, canDecide] = [
    useCan('consultations:read'),
    useCan('applications:work'),
    useCan('applications:decide'),
  ];
  const a = loaded.data;
  const agency = !!a && a.agencyId === me.tenant.id;
  const consultations = useQuery<Items<Consultation>>({
    queryKey: ['/consultations'],
    enabled: Boolean(agency && canConsult),
  });
  const { agencies, name } = useAgencies();
  const invalidate = useInvalidate();
  // A step on the case changes the case, its consultations, the agency queue and the dashboard's counts.
  const reload = () => void invalidate('/applications', '/consultations', '/dashboard');
  useMatchOnOpen(a, agency && canWork, reload);
  if (loaded.error)
    return (
      <>
        <PageHeader title="Application" />
        <CoalitionNav />
        <ErrorAlert error={loaded.error} title="The application could not be loaded" />
      </>
    );
  if (!a) return <Loading what="the application" />;
  const mine = (consultations.data?.items ?? []).filter((c) => c.applicationId === a.id);
  return (
    <>
      <PageHeader
        title={`Application ${a.input.reference}`}
        description={
          agency
            ? 'The case: what is asked, which denials (its own earlier ones and allied ones) it matches and why, the case file, and the decision. Each step is recorded in the audit log of this agency and, where it reaches them, of the applicant or the ally.'
            : 'Your application as the agency works it: answer its questions here; the decision appears when it is made.'
        }
      />
      <CoalitionNav />
      <ApplicationSummary a={a} agencyName={name(a.agencyId)} />
      {a.decision && <DecisionView d={a.decision} />}
      {agency && (
        <div className="coalition-grid">
          <MatchesPanel
            applicationId={a.id}
            agencyId={a.agencyId}
            matches={a.matches}
            consultations={mine}
            onChange={reload}
          />
        </div>
      )}
      <CaseHistory a={a} agency={agency} onChange={reload} />
      {agency && !a.decidedAt && canDecide && (
        <DecisionForm
          a={a}
          agency={agencies.find((x) => x.tenantId === a.agencyId)}
          consultations={mine}
          onChange={reload}
        />
      )}
    </>
  );
}

/**
 * An undecided case is matched again each time an officer opens it: denials are shared, amended and revoked while a
 * case is open, so the list the officer reads is the one in force today (each match is audited as a read of partners'
 * denials).
 */
function useMatchOnOpen(a: ApplicationCase | undefined, may: boolean, reload: () => void) {
  const asked = useRef(false);
  useEffect(() => {
    if (!a || !may || asked.current || a.decidedAt) return;
    asked.current = true;
    void api('POST', `/applications/${a.id}/match`).then(reload);
  }, [a, may, reload]);
}

const DECISION_LABEL: Record<ApplicationDecision['kind'], string> = {
  approve: 'Approved',
  approve_with_provisos: 'Approved with provisos',
  refuse: 'Refused',
};

function DecisionView({ d }: { d: ApplicationDecision }) {
  const criteria = (d.criteria ?? []).map((c) => `Criterion ${c.number}: ${c.heading}`);
  return (
    <section className="panel" aria-labelledby="decided-title" data-testid="application-decision">
      <h2 id="decided-title" className="panel-title">
        {DECISION_LABEL[d.kind]}
        {d.licence ? ` — licence ${d.licence}` : ''}
      </h2>
      {d.provisos && d.provisos.length > 0 && <p>Provisos: {d.provisos.join('; ')}</p>}
      {criteria.length > 0 && <p>Criteria: {criteria.join('; ')}</p>}
      {d.reason && <p>Reason: {d.reason}</p>}
      {d.undercutJustification && (
        <p>Justification for approving despite an allied denial: {d.undercutJustification}</p>
      )}
      {d.decidedBy && <p className="muted">Decided by {d.decidedBy}</p>}
    </section>
  );
}
