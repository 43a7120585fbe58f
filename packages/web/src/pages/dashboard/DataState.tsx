/**
 * The state of the data a decision rests on: which restricted-party lists are loaded, from when,
 * and whether screening still accepts them; the newest control-list version per jurisdiction;
 * the EAR country tables. "None loaded" is said plainly, with where to load it.
 */
import { Badge } from '../../components/Badge';
import type { Schema } from '../../api/index';
import { formatDate } from '../../lib/format';
import { useCan } from '../../lib/me';
import { Link } from '../../lib/router';
import { ControlImport } from './ControlImport';

type Dashboard = Schema<'Dashboard'>;
type ListState = Schema<'DashboardList'>;

function age(l: ListState): string {
  if (l.ageDays === null) return 'date unknown';
  return l.ageDays === 1 ? '1 day old' : `${l.ageDays.toLocaleString()} days old`;
}

function ListRow({ l }: { l: ListState }) {
  return (
    <tr data-list={l.list}>
      <td>
        <span className="mono">{l.list}</span>
        <div className="muted">{l.title}</div>
      </td>
      <td>{l.publishedAt ? formatDate(l.publishedAt) : 'unknown'}</td>
      <td>{age(l)}</td>
      <td className="num">{l.entryCount.toLocaleString()}</td>
      <td title={l.stale ?? undefined}>
        {l.stale ? <Badge tone="red">stale: screening refuses it</Badge> : <Badge tone="green">in use</Badge>}
      </td>
    </tr>
  );
}

export function ListsState({ lists }: { lists: Dashboard['lists'] }) {
  const canImport = useCan('lists:import');
  if (!lists) return null;
  const stale = lists.current.filter((l) => l.stale);
  return (
    <section className="panel" aria-labelledby="data-lists">
      <h2 id="data-lists" className="panel-title">
        Restricted-party lists
      </h2>
      {lists.current.length === 0 ? (
        <p data-testid="lists-none">
          <Badge tone="red">none loaded</Badge> Every screening is refused until a list is imported.{' '}
          {canImport ? (
            <Link to="/screening/lists">Import a list →</Link>
          ) : (
            'Ask your operator’s administrator to import one.'
          )}
        </p>
      ) : (
        <table className="table" aria-label="Loaded lists">
          <thead>
            <tr>
              <th>List</th>
              <th>Published</th>
              <th>Age</th>
              <th className="num">Entries</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {lists.current.map((l) => (
              <ListRow key={l.list} l={l} />
            ))}
          </tbody>
        </table>
      )}
      <p className="field-hint">
        {lists.maxAgeDays === 0
          ? 'The age limit is off (DUALUSE_LIST_MAX_AGE_DAYS=0).'
          : `Screening refuses a list published more than ${lists.maxAgeDays} days ago (DUALUSE_LIST_MAX_AGE_DAYS).`}
        {stale.length > 0 && ` ${stale.map((l) => l.stale).join('; ')}.`}{' '}
        <Link to="/screening/lists">All versions →</Link>
      </p>
    </section>
  );
}

export function ControlsState({
  controls,
  regulations,
  onImported,
}: Pick<Dashboard, 'controls' | 'regulations'> & { onImported: () => void }) {
  const canImport = useCan('controls:write');
  if (!controls) return null;
  return (
    <section className="panel" aria-labelledby="data-controls">
      <h2 id="data-controls" className="panel-title">
        Control lists and country tables
      </h2>
      {controls.length === 0 ? (
        <p data-testid="controls-none">
          <Badge tone="red">none loaded</Badge> Classification and licence determination have no control list to read.
        </p>
      ) : (
        <ul className="versions" aria-label="Control-list versions">
          {controls.map((v) => (
            <li key={v.id}>
              <Badge tone="blue">{v.jurisdiction}</Badge> <Link to="/classification/list">{v.list}</Link>{' '}
              <span className="muted">
                {v.version}, in force from {formatDate(v.effectiveFrom)}, {v.entryCount.toLocaleString()} entries,
                imported {formatDate(v.importedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p data-testid="regulations-state">
        EAR Country Chart and Groups:{' '}
        {regulations === 'none' || regulations === null ? (
          <>
            <Badge tone="amber">not imported</Badge> determinations use the curated tables only.
          </>
        ) : (
          <Link to="/regulations">eCFR of {formatDate(regulations.contentDate)}</Link>
        )}
      </p>
      {canImport && <ControlImport onImported={onImported} />}
    </section>
  );
}
