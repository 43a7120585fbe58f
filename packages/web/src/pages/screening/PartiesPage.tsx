/**
 * The tenant's stored parties (counterparties): uploaded from a file, screened all at once on
 * request, and re-screened automatically against new and changed entries when a list changes.
 * Auditors see the list read-only.
 */
import { useState } from 'react';
import { ErrorAlert, Loading, Notice } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../../lib/me';
import { Link } from '../../lib/router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SortingState } from '@tanstack/react-table';
import { useInvalidate } from '../../lib/query';
import { PAGE_SIZE, type CounterpartyPage } from './parties';
import { PartiesTable } from './PartiesTable';
import { UploadStatus, usePartyUpload } from './PartyUpload';
import { ScreenAllSummary, useScreenAll } from './ScreenAll';
import { ScreeningNav } from './ScreeningNav';
import { ScreeningError } from './ScreeningUnavailable';

const COLUMNS =
  'CSV with a header row, or JSON lines. Columns: id, name (or full_name), type, country (or nationality), date_of_birth, aliases.';

const parties = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'party' : 'parties'}`;

/** The server's sort parameters for the table's sort (the column ids are its sort keys); none: name order. */
const sortQuery = (sort: SortingState) => (sort[0] ? `&sort=${sort[0].id}&order=${sort[0].desc ? 'desc' : 'asc'}` : '');

type Upload = ReturnType<typeof usePartyUpload>;
type ScreenAll = ReturnType<typeof useScreenAll>;

export function PartiesPage() {
  const canWrite = useCan('counterparties:write');
  const canRun = useCan('screening:run');
  const [offset, setOffset] = useState(0);
  const [sort, setSort] = useState<SortingState>([]);
  const page = useQuery<CounterpartyPage>({
    queryKey: [`/counterparties?limit=${PAGE_SIZE}&offset=${offset}${sortQuery(sort)}`],
    // The page shown stays until the next one arrives, so paging does not flash a loading state.
    placeholderData: keepPreviousData,
  });
  const invalidate = useInvalidate();
  // Uploaded parties are screened at once: new rows, new hits in the queue, new counts on the dashboard.
  const upload = usePartyUpload(() => void invalidate('/counterparties', '/screening/hits', '/dashboard'));
  const screen = useScreenAll();
  const total = page.data?.total ?? 0;

  return (
    <>
      <PageHeader
        title="Parties"
        description={
          canWrite
            ? 'Your stored counterparties. Each is re-screened automatically against new and changed entries whenever a list is updated; hits go to the review queue.'
            : 'Your organisation’s stored counterparties, re-screened automatically whenever a list is updated. Your role may read them but not change or screen them.'
        }
        actions={
          canWrite || canRun ? (
            <PartiesActions canWrite={canWrite} canRun={canRun} upload={upload} screen={screen} total={total} />
          ) : undefined
        }
      />
      <ScreeningNav />
      {upload.fileInput}
      <UploadStatus upload={upload.upload} onCancel={upload.cancel} />
      <ScreenAllStatus screen={screen} total={total} />

      <div className="results-head">
        <h2 className="section-title">Stored parties</h2>
        {page.data && (
          <span className="muted" data-testid="party-count">
            {partyCount(total, offset)}
          </span>
        )}
      </div>
      <ErrorAlert error={page.error} title="Could not load the stored parties" />
      {page.isLoading && !page.data ? (
        <Loading what="parties" />
      ) : page.data && total === 0 ? (
        <NoParties canWrite={canWrite} upload={upload} />
      ) : (
        page.data && (
          <>
            <PartiesTable
              parties={page.data.counterparties}
              offset={offset}
              size={PAGE_SIZE}
              total={total}
              busy={page.isFetching}
              onOffset={setOffset}
              sort={sort}
              onSort={(next) => {
                setSort(next);
                setOffset(0); // a new order starts from its first page
              }}
            />
            {canWrite && (
              <p className="field-hint">
                {COLUMNS} Rows are matched on id: uploading a row again updates it; rows without an id are added as new
                parties.
              </p>
            )}
          </>
        )
      )}
    </>
  );
}

/** "none", "12 parties" or "1–50 of 120". */
function partyCount(total: number, offset: number): string {
  if (total === 0) return 'none';
  if (total <= PAGE_SIZE) return parties(total);
  const last = Math.min(total, offset + PAGE_SIZE);
  return `${(offset + 1).toLocaleString()}–${last.toLocaleString()} of ${total.toLocaleString()}`;
}

function PartiesActions(props: {
  canWrite: boolean;
  canRun: boolean;
  upload: Upload;
  screen: ScreenAll;
  total: number;
}) {
  const { canWrite, canRun, upload, screen, total } = props;
  return (
    <>
      {canWrite && (
        <button type="button" className="btn btn-secondary" onClick={upload.choose} disabled={upload.busy}>
          <Icon name="ledger" /> Upload parties
        </button>
      )}
      {canRun && (
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => screen.mutate()}
          disabled={screen.isPending || upload.busy || total === 0}
        >
          <Icon name="search" /> {screen.isPending ? 'Screening…' : 'Screen all now'}
        </button>
      )}
    </>
  );
}

function ScreenAllStatus({ screen, total }: { screen: ScreenAll; total: number }) {
  return (
    <>
      <ScreeningError error={screen.error} title="Screening of the stored parties failed" />
      {screen.isPending && <Loading what={`screening results for ${parties(total)}`} />}
      {screen.data && screen.data.open > 0 && (
        <Notice>
          Open hits are in the <Link to="/screening/review">review queue</Link>; each party’s page keeps its full hit
          history.
        </Notice>
      )}
      {screen.data && <ScreenAllSummary result={screen.data} />}
    </>
  );
}

function NoParties({ canWrite, upload }: { canWrite: boolean; upload: Upload }) {
  return (
    <div className="panel panel-empty" data-testid="parties-empty">
      <span className="empty-icon">
        <Icon name="users" size={26} />
      </span>
      <h2>No parties stored yet</h2>
      <p className="muted">
        {canWrite
          ? `Upload your customers, suppliers and other counterparties to have them screened now and whenever a list changes. ${COLUMNS}`
          : 'Nobody in your organisation has uploaded parties yet.'}
      </p>
      {canWrite && (
        <button type="button" className="btn btn-primary" onClick={upload.choose} disabled={upload.busy}>
          Upload parties
        </button>
      )}
    </div>
  );
}
