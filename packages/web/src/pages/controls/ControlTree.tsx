/**
 * The list as an expandable tree. Each level is fetched when it is first opened (categories
 * → product groups → entries → the entry itself), so 600 entries never load at once.
 */
import { useState, type ReactNode } from 'react';
import { ErrorAlert, Loading } from '../../components/Alert';
import { Link } from '../../lib/router';
import { useQuery } from '@tanstack/react-query';
import { EntryDetail, Notes } from './EntryDetail';
import type { Shown, TreeLevel, TreeNode } from './types';

export interface TreeScope {
  jurisdiction: string;
  asOf: string;
}

const treePath = (s: TreeScope, prefix: string) =>
  `/controls/tree?${new URLSearchParams({ jurisdiction: s.jurisdiction, asOf: s.asOf, prefix })}`;

/** A row that opens and closes; its children mount (and load) only while open. */
function Toggle({ label, meta, children }: { label: ReactNode; meta?: ReactNode; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <li className="tree-node">
      <button type="button" className="tree-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span className="tree-caret" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        {label}
      </button>
      {meta && <span className="tree-meta">{meta}</span>}
      {open && children()}
    </li>
  );
}

function EntryBody({ scope, code }: { scope: TreeScope; code: string }) {
  const shown = useQuery<Shown>({
    queryKey: [
      `/controls/${encodeURIComponent(code)}?${new URLSearchParams({ jurisdiction: scope.jurisdiction, asOf: scope.asOf })}`,
    ],
  });
  if (shown.isLoading) return <Loading what={code} />;
  if (shown.error) return <ErrorAlert error={shown.error} />;
  return (
    <div className="tree-entry" aria-label={`Entry ${code}`}>
      {shown.data?.entries.map((v) => (
        <div key={v.list}>
          <p className="field-hint">
            {v.list} {v.version}, in force from {v.effectiveFrom}.{' '}
            <Link to={`/classification/compare?code=${encodeURIComponent(code)}`}>
              Compare {code} across jurisdictions
            </Link>
          </p>
          <EntryDetail entry={v.entry} />
        </div>
      ))}
    </div>
  );
}

function nodeLabel(n: TreeNode): ReactNode {
  const code =
    n.kind === 'category' && n.code !== 'other' ? `Category ${n.code}` : n.code === 'other' ? 'Other' : n.code;
  return (
    <>
      <strong>{code}</strong> {n.text_source === 'us_counterpart' ? `[US text] ${n.heading}` : n.heading}
    </>
  );
}

function nodeMeta(n: TreeNode): ReactNode {
  if (n.kind !== 'entry') return `${n.entries} ${n.entries === 1 ? 'entry' : 'entries'}`;
  return [
    n.reasons?.length ? n.reasons.join(', ') : '',
    n.chartColumns?.length ? `chart: ${n.chartColumns.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Nodes of one level; opening one loads its children. */
export function TreeNodes({ scope, nodes, label }: { scope: TreeScope; nodes: readonly TreeNode[]; label: string }) {
  return (
    <ul className="tree-level" aria-label={label}>
      {nodes.length === 0 && <li className="field-hint">No entries.</li>}
      {nodes.map((n) => (
        <Toggle key={n.code} label={nodeLabel(n)} meta={nodeMeta(n)}>
          {() =>
            n.kind === 'entry' ? (
              <EntryBody scope={scope} code={n.code} />
            ) : (
              <TreeLevelList scope={scope} prefix={n.code} />
            )
          }
        </Toggle>
      ))}
    </ul>
  );
}

/** The children of `prefix` (a category '3', a product group '3A'), fetched on mount. */
function TreeLevelList({ scope, prefix }: { scope: TreeScope; prefix: string }) {
  const level = useQuery<TreeLevel>({ queryKey: [treePath(scope, prefix)] });
  if (level.isLoading) return <Loading what={`the entries under ${prefix}`} />;
  if (level.error) return <ErrorAlert error={level.error} />;
  return (
    <>
      {level.data && level.data.notes.length > 0 && (
        <div className="tree-category-notes" aria-label={`Notes to Category ${prefix}`}>
          <Notes notes={level.data.notes} />
        </div>
      )}
      <TreeNodes scope={scope} nodes={level.data?.nodes ?? []} label={`Under ${prefix}`} />
    </>
  );
}

export { treePath };
