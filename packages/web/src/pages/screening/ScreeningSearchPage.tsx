/**
 * Screen one party by hand. Hits come back best first with their explanations and are
 * stored for review; "no hits" always says which list versions it covers.
 */
import { useState } from 'react';
import { Loading, Notice } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { useCan } from '../../lib/me';
import { Link } from '../../lib/router';
import { useQuery } from '@tanstack/react-query';
import { useInvalidate } from '../../lib/query';
import { useSubmit } from '../../lib/useSubmit';
import { partySummary } from './HitBits';
import { HitTable } from './HitTable';
import { CurrentLists, ScreenedAgainst } from './ListStatus';
import { SEARCH_SHOWN, SearchForm, type SearchInput } from './SearchForm';
import { ScreeningNav } from './ScreeningNav';
import { isUnavailable, ScreeningError } from './ScreeningUnavailable';
import type { ListVersions, PartyResult, ScreenResponse } from './types';

export function ScreeningSearchPage() {
  const canRun = useCan('screening:run');
  const lists = useQuery<ListVersions>({ queryKey: ['/lists'] });
  const submit = useSubmit();
  const invalidate = useInvalidate();
  const [result, setResult] = useState<{ party: PartyResult; versions: Record<string, string> }>();

  const search = async (input: SearchInput) => {
    setResult(undefined);
    const out = await submit.run(() =>
      api<ScreenResponse>('POST', '/screen', {
        body: {
          parties: [input.party],
          strict: true,
          ...(input.threshold === undefined ? {} : { threshold: input.threshold }),
        },
      }),
    );
    if (out?.results[0]) setResult({ party: out.results[0], versions: out.versions });
    // A screening stores its hits (the review queue and the dashboard count them) and may load lists on first use.
    if (out) void invalidate('/lists', '/screening/hits', '/dashboard');
  };

  const header = (
    <PageHeader
      title="Screening"
      description="Screen parties against the official restricted-party and sanctions lists. Every hit explains itself and is kept for review."
    />
  );
  if (!canRun) {
    return (
      <>
        {header}
        <ScreeningNav />
        <div className="panel panel-muted">
          Your role may read screening hits and lists but not run screenings. Open the{' '}
          <Link to="/screening/review">review queue</Link> or the <Link to="/screening/lists">lists</Link>.
        </div>
      </>
    );
  }

  const query = result?.party.input as
    { name?: string; type?: string; countries?: string[]; birthDate?: string } | undefined;
  const hits = result?.party.hits ?? [];
  return (
    <>
      {header}
      <ScreeningNav />
      {lists.data && !isUnavailable(submit.error) && !result && <CurrentLists latest={lists.data.latest} />}
      <ScreeningError error={submit.error} title="Screening failed" shown={SEARCH_SHOWN} />
      <SearchForm busy={submit.busy} fields={submit.fields} onSearch={(input) => void search(input)} />
      {submit.busy && <Loading what="results" />}
      {result && query && (
        <section aria-labelledby="results-title" data-testid="search-results">
          <div className="results-head">
            <h2 id="results-title" className="section-title">
              {hits.length === 0 ? 'No hits' : `${hits.length} ${hits.length === 1 ? 'hit' : 'hits'}`} for “{query.name}
              ”
            </h2>
            {partySummary(query) && <span className="muted">{partySummary(query)}</span>}
          </div>
          {hits.length === 0 ? (
            <div className="alert alert-success no-hits" role="status" data-testid="no-hits">
              <Icon name="check" />
              <div>
                <strong>No entry scored at or above the threshold.</strong>
                <p>Screened against:</p>
                <ScreenedAgainst versions={result.versions} known={lists.data?.all ?? []} />
              </div>
            </div>
          ) : (
            <>
              <HitTable hits={hits} />
              <div className="results-foot">
                <span className="muted">Screened against:</span>{' '}
                <ScreenedAgainst versions={result.versions} known={lists.data?.all ?? []} />
              </div>
              {hits.some((h) => h.status === 'open') && (
                <Notice>
                  Open hits are stored in the <Link to="/screening/review">review queue</Link> for an officer’s
                  decision.
                </Notice>
              )}
            </>
          )}
        </section>
      )}
    </>
  );
}
