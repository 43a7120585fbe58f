/**
 * The network view: a party's neighbourhood in a FollowTheMoney file the user holds (an
 * OpenSanctions or registry export), drawn as a graph with the reason on every edge, listed
 * parties highlighted, the shortest explained path to a listed party, and every link in a table.
 * Click a party to add its own links to the drawing; re-centre on one from its details or the
 * parties table; Back returns to the previous centre.
 */
import { lazy, Suspense, useState } from 'react';
import { ErrorAlert } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { PageHeader } from '../../components/PageHeader';
import { useSubmit } from '../../lib/useSubmit';
import { CompanyActivities } from './CompanyActivities';
import { DiversionNav } from './DiversionNav';
import { mergeNeighbourhood, neighbourhood, recordsNeighbourhood, type NetworkResponse } from './network';
import { CompanyImport } from './CompanyImport';
import { NetworkLinks } from './NetworkLinks';

// Cytoscape.js is fetched with the first drawing, not with the page.
const NetworkGraph = lazy(async () => ({ default: (await import('./NetworkGraph')).NetworkGraph }));

export function NetworkPage() {
  const [source, setSource] = useState<'records' | 'file'>('file');
  const [file, setFile] = useState<File>();
  const [party, setParty] = useState('');
  const [hops, setHops] = useState(2);
  const [out, setOut] = useState<NetworkResponse>();
  const [trail, setTrail] = useState<string[]>([]);
  const submit = useSubmit();

  const show = async (target: string | undefined, back = false) => {
    if (source === 'file' ? !file : !target) return;
    const res = await submit.run(() =>
      source === 'file' ? neighbourhood(file!, target, hops) : recordsNeighbourhood(target!, hops),
    );
    if (!res) return;
    if (out && !back && out.center.id !== res.center.id) setTrail([...trail, out.center.id]);
    setOut(res);
    setParty(source === 'file' ? res.center.name : res.center.id);
  };
  /** A party's own links, one hop, added to the drawing. */
  const expand = async (id: string) => {
    if (!out || (source === 'file' && !file)) return;
    const res = await submit.run(() => (source === 'file' ? neighbourhood(file!, id, 1) : recordsNeighbourhood(id, 1)));
    if (res) setOut((drawn) => (drawn ? mergeNeighbourhood(drawn, res) : drawn));
  };
  const goBack = () => {
    const prev = trail[trail.length - 1];
    if (!prev) return;
    setTrail(trail.slice(0, -1));
    void show(prev, true);
  };
  const names = new Map(out?.nodes.map((n) => [n.id, n.name]));

  return (
    <>
      <PageHeader
        title="Party network"
        description="Who a party is linked to — owners, officers, “linked to” remarks and shared addresses, phones or e-mails — from a FollowTheMoney export you hold. Every edge says why it exists; listed parties are marked. A link is a lead to check, not proof."
      />
      <DiversionNav />
      <section className="panel" aria-labelledby="net-input-title">
        <h2 id="net-input-title" className="panel-title">
          Graph data
        </h2>
        <div className="form-stack">
          <div className="field">
            <label htmlFor="net-source">Source</label>
            <select
              id="net-source"
              value={source}
              onChange={(e) => {
                setSource(e.target.value as 'records' | 'file');
                setOut(undefined);
                setTrail([]);
              }}
            >
              <option value="file">A FollowTheMoney file (not stored)</option>
              <option value="records">Imported companies (this tenant)</option>
            </select>
          </div>
          {source === 'file' ? (
            <div className="field">
              <label htmlFor="net-file">FollowTheMoney file (JSON lines)</label>
              <input
                id="net-file"
                type="file"
                accept=".json,.jsonl,.ndjson,application/json"
                onChange={(e) => {
                  setFile(e.target.files?.[0]);
                  setOut(undefined);
                  setTrail([]);
                }}
              />
              <p className="field-hint">
                Company, Person, Ownership, Directorship, UnknownLink… records. Listed ={' '}
                <span className="mono">target: true</span> or a sanction / export-control topic.
              </p>
            </div>
          ) : (
            <CompanyImport />
          )}
          <div className="form-grid">
            <div className="field">
              <label htmlFor="net-party">Party (id or name)</label>
              <input
                id="net-party"
                value={party}
                onChange={(e) => setParty(e.target.value)}
                placeholder={
                  source === 'file' ? 'empty: the best-connected party' : 'the company’s id (registry or FtM id)'
                }
              />
            </div>
            <div className="field">
              <label htmlFor="net-hops">Hops</label>
              <select id="net-hops" value={hops} onChange={(e) => setHops(Number(e.target.value))}>
                <option value={1}>1</option>
                <option value={2}>2</option>
                <option value={3}>3</option>
              </select>
            </div>
          </div>
          <div className="form-actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={(source === 'file' ? !file : !party.trim()) || submit.busy}
              onClick={() => void show(party.trim() || undefined)}
            >
              {submit.busy ? 'Loading…' : 'Show neighbourhood'}
            </button>
          </div>
        </div>
      </section>
      <ErrorAlert error={submit.error} title="No neighbourhood" />
      {out && (
        <section className="panel" aria-labelledby="net-title" data-testid="network-view">
          <div className="toolbar">
            <h2 id="net-title" className="panel-title">
              Neighbourhood of {out.center.name}{' '}
              {out.center.listed ? <Badge tone="red">listed</Badge> : <Badge tone="green">not listed</Badge>}
            </h2>
            <div className="page-actions">
              <span className="muted">
                {out.nodes.length} parties, {out.edges.length} links
                {out.truncated ? ' (more beyond; narrow the hops)' : ''} · from {out.source}
                {out.parties !== undefined ? `: ${out.parties} parties, ${out.links ?? 0} relationships` : ''}
              </span>
              <button
                type="button"
                className="btn btn-secondary btn-small"
                disabled={!trail.length || submit.busy}
                onClick={goBack}
              >
                Back
              </button>
            </div>
          </div>
          <CompanyActivities node={out.center} />
          <Suspense fallback={<p className="muted">Loading the graph…</p>}>
            <NetworkGraph
              nodes={out.nodes}
              edges={out.edges}
              onRecentre={(id) => void show(id)}
              onExpand={(id) => void expand(id)}
            />
          </Suspense>
          <p className="net-legend">
            <span>■ company · ● person</span>
            <span className="text-error">red = listed (⚑)</span>
            <span>
              blue: officer · violet: shareholder · dashed amber: shared address / phone / e-mail · grey: linked to
            </span>
            <span>Drag to move, scroll to zoom; click a party to add its links, a link for its reason.</span>
          </p>
          <h3 className="section-title">Shortest explained path to a listed party</h3>
          {out.pathToListed === null ? (
            <p className="muted">No listed party within 4 hops.</p>
          ) : out.pathToListed.length === 0 || out.center.listed ? (
            <p className="muted">{out.center.name} is listed itself.</p>
          ) : (
            <ol aria-label="Path to a listed party" data-testid="network-path">
              {out.pathToListed.map((s) => (
                <li key={`${s.from}-${s.to}`}>
                  <strong>{names.get(s.from) ?? s.from}</strong> → <strong>{names.get(s.to) ?? s.to}</strong>: {s.why}
                </li>
              ))}
            </ol>
          )}
          <NetworkLinks edges={out.edges} names={names} />
        </section>
      )}
    </>
  );
}
