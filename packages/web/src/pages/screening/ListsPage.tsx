/**
 * The restricted-party lists loaded into this deployment: the version each screening uses and
 * why (the newest publication of the list's own publisher, or the operator's pin), how each
 * version was dated, every earlier version, and what changed between two.
 */
import { ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatTime, shortHash } from '../../lib/format';
import { useCan } from '../../lib/me';
import { useQuery } from '@tanstack/react-query';
import { useInvalidate } from '../../lib/query';
import { ListImport } from './ListImport';
import { ListDiffPanel } from './ListDiff';
import { ScreeningNav } from './ScreeningNav';
import { ScreeningUnavailable } from './ScreeningUnavailable';
import type { ListVersion, ListVersions } from './types';

type Why = ListVersions['current'][number];

const DATED: Record<ListVersion['dateSource'], string> = {
  stated: 'stated by the file',
  entries: 'newest entry date',
  declared: 'declared',
  unknown: 'date unknown',
};

function VersionTable({
  versions,
  label,
  current,
  why,
}: {
  versions: ListVersion[];
  label: string;
  current?: ReadonlySet<string>;
  why?: ReadonlyMap<string, Why>;
}) {
  return (
    <div className="table-wrap">
      <table className="table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">List</th>
            <th scope="col">Title</th>
            <th scope="col" className="num">
              Entries
            </th>
            <th scope="col">Published</th>
            <th scope="col">Imported</th>
            <th scope="col">Format</th>
            <th scope="col">Version</th>
            <th scope="col" className="num">
              Warnings
            </th>
            {why && <th scope="col">Why in use</th>}
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id} data-list={v.list}>
              <td>
                <span className="mono nowrap">{v.list}</span> {current?.has(v.id) && <Badge tone="green">in use</Badge>}{' '}
                {why?.get(v.id)?.pinned && <Badge tone="amber">pinned</Badge>}
              </td>
              <td>
                {v.title}
                <span className="cell-sub">
                  {v.publisher} {v.sourceRole === 'secondary' && <Badge>republication</Badge>}
                </span>
              </td>
              <td className="num mono" data-testid="entry-count">
                {v.entryCount.toLocaleString()}
              </td>
              <td className="nowrap" title={v.publishedBasis} data-testid="published">
                {formatDate(v.publishedAt)}
                <span className="cell-sub">{DATED[v.dateSource]}</span>
              </td>
              {/* On one line where there is room; the lists in use give their width to the why column instead. */}
              <td className={why ? 'mono' : 'mono nowrap'} title={`${v.importedAt} (UTC)`} data-testid="imported">
                {formatTime(v.importedAt)}
              </td>
              <td>
                <Badge>{v.format}</Badge>
              </td>
              <td className="mono hash" title={`version ${v.id}\ncontent ${v.contentHash}`}>
                {shortHash(v.id.replaceAll('-', ''))}
              </td>
              <td className="num">
                {v.warnings > 0 ? <Badge tone="amber">{String(v.warnings)}</Badge> : <span className="muted">0</span>}
              </td>
              {why && (
                <td className="why-current" data-testid="why-current">
                  {why.get(v.id)?.reason}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ListsPage() {
  const lists = useQuery<ListVersions>({ queryKey: ['/lists'] });
  const canImport = useCan('lists:import');
  const invalidate = useInvalidate();
  const current = new Set(lists.data?.latest.map((v) => v.id));
  const why = new Map(lists.data?.current.map((c) => [c.versionId, c]));
  const total = lists.data?.latest.reduce((n, v) => n + v.entryCount, 0) ?? 0;
  return (
    <>
      <PageHeader
        title="Lists"
        description="Official restricted-party and sanctions lists, imported as immutable, hashed versions. Screening uses the newest publication of each list by its own publisher (a republication such as the trade.gov CSL only when it is newer), unless an administrator pinned a version (dualuse lists pin)."
      />
      <ScreeningNav />
      {canImport && <ListImport onImported={() => void invalidate('/lists', '/dashboard')} />}
      <ErrorAlert error={lists.error} title="Could not load the lists" />
      {lists.isLoading && !lists.data ? (
        <Loading what="lists" />
      ) : (
        lists.data &&
        (lists.data.latest.length === 0 ? (
          <ScreeningUnavailable detail="No restricted-party list is loaded: every screening is refused until an operator administrator imports the official lists (above, or dualuse lists import <file> / dualuse lists sync)." />
        ) : (
          <>
            <h2 className="section-title">
              In use{' '}
              <span className="muted">
                · {lists.data.latest.length} {lists.data.latest.length === 1 ? 'list' : 'lists'},{' '}
                {total.toLocaleString()} entries
              </span>
            </h2>
            <VersionTable versions={lists.data.latest} label="Lists in use" current={current} why={why} />
            <h2 className="section-title">All versions</h2>
            <VersionTable versions={lists.data.all} label="All list versions" current={current} />
            <ListDiffPanel versions={lists.data.all} />
          </>
        ))
      )}
    </>
  );
}
