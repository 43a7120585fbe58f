/**
 * One stored party: the fields it is screened with, its fingerprint (what earlier
 * false-positive decisions are keyed on), and every hit it has had, newest first.
 */
import type { ReactNode } from 'react';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../lib/format';
import { Link, usePath } from '../../lib/router';
import { useQuery } from '@tanstack/react-query';
import { isPartyId, useCounterparty, type Counterparty } from './parties';
import { PartyHits } from './PartyHits';
import { ScreeningNav } from './ScreeningNav';
import type { HitRecord } from './types';

/** The API returns at most 500 hits a call; a party with more shows its newest 500. */
const HIT_LIMIT = 500;

const none = <span className="muted">—</span>;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function PartyFields({ party: c }: { party: Counterparty }) {
  const p = c.party;
  return (
    <section className="panel" aria-labelledby="party-fields-title" data-testid="party-fields">
      <h2 id="party-fields-title" className="panel-title">
        Stored fields
      </h2>
      <dl className="explain-names">
        <Field label="External id">{c.externalId ? <span className="mono">{c.externalId}</span> : none}</Field>
        <Field label="Name">{c.name}</Field>
        <Field label="Type">{p.type ? <Badge>{p.type}</Badge> : none}</Field>
        <Field label="Countries">
          {p.countries?.length ? <span className="mono">{p.countries.join(', ')}</span> : none}
        </Field>
        <Field label="Date of birth">{p.birthDate ? <span className="mono">{p.birthDate}</span> : none}</Field>
        <Field label="Aliases">{p.aliases?.length ? p.aliases.join('; ') : none}</Field>
        <Field label="Identifiers">
          {p.identifiers?.length
            ? p.identifiers.map((i) => (i.type ? `${i.type} ${i.value}` : i.value)).join('; ')
            : none}
        </Field>
        <Field label="Updated">
          <span className="mono" title={`${c.updatedAt} (UTC)`}>
            {formatTime(c.updatedAt)}
          </span>
        </Field>
        <Field label="Fingerprint">
          {/* A 64-hex digest means nothing to a reader: one click away, for whoever traces a remembered decision. */}
          <details className="fingerprint">
            <summary>Show</summary>
            <span
              className="mono hash"
              title="SHA-256 of the screened fields; decisions on hits are remembered per fingerprint"
              data-testid="party-fingerprint"
            >
              {c.fingerprint}
            </span>
          </details>
        </Field>
      </dl>
    </section>
  );
}

function HitHistory({ id }: { id: string }) {
  const hits = useQuery<{ hits: HitRecord[] }>({
    queryKey: [`/screening/hits?counterpartyId=${encodeURIComponent(id)}&limit=${HIT_LIMIT}`],
  });
  const list = hits.data?.hits ?? [];
  const open = list.filter((h) => h.status === 'open').length;
  return (
    <section aria-labelledby="party-hits-title">
      <div className="results-head">
        <h2 id="party-hits-title" className="section-title">
          Hit history
        </h2>
        {hits.data && (
          <span className="muted" data-testid="party-hit-count">
            {list.length === 0 ? 'no hits' : `${list.length.toLocaleString()} ${list.length === 1 ? 'hit' : 'hits'}`}
            {open > 0 && (
              <>
                {' · '}
                <Link to="/screening/review">
                  <strong className="text-error">{open.toLocaleString()} open</strong>
                </Link>
              </>
            )}
            {list.length === HIT_LIMIT && ` · newest ${HIT_LIMIT} shown`}
          </span>
        )}
      </div>
      <ErrorAlert error={hits.error} title="Could not load the hit history" />
      {hits.isLoading && !hits.data ? (
        <Loading what="hits" />
      ) : hits.data && list.length === 0 ? (
        <div className="panel panel-muted" data-testid="party-no-hits">
          No hits so far: this party has not matched any list entry in the screenings stored for it. It is re-screened
          automatically when a list changes.
        </div>
      ) : (
        hits.data && <PartyHits hits={list} />
      )}
    </section>
  );
}

export function PartyPage() {
  const id = decodeURIComponent(usePath().split('/')[3] ?? '');
  const { party, error } = useCounterparty(id);
  const back = (
    <Link to="/screening/parties" className="btn btn-secondary">
      ← All parties
    </Link>
  );

  if (party === null) {
    return (
      <>
        <PageHeader
          title="Party not found"
          description="No stored party has this id. It may belong to another organisation, or the link is incomplete."
          actions={back}
        />
        <ScreeningNav />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={party?.name ?? 'Party'}
        description={
          party ? (
            <>
              Stored party
              {party.externalId && (
                <>
                  {' '}
                  · external id <span className="mono">{party.externalId}</span>
                </>
              )}
            </>
          ) : undefined
        }
        actions={back}
      />
      <ScreeningNav />
      <ErrorAlert error={error} title="Could not load the party" />
      {party === undefined && !error && <Loading what="the party" />}
      {party && <PartyFields party={party} />}
      {isPartyId(id) && <HitHistory id={id} />}
    </>
  );
}
