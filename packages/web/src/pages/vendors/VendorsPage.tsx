/**
 * Vendor check: paste a procurement or network inventory, get each line's findings — vendors and
 * their owners on US vendor-restriction lists, FCC Covered List categories, and (when enabled)
 * the Clean Network policy — each with its legal effect, list version and citation.
 */
import { useState } from 'react';
import { ErrorAlert, Notice } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { useSubmit } from '../../lib/useSubmit';
import { FindingsTable } from './FindingsTable';
import { EXAMPLE_INVENTORY, type InventoryReport } from './types';

export function VendorsPage() {
  const [text, setText] = useState(EXAMPLE_INVENTORY);
  const [cleanNetwork, setCleanNetwork] = useState(false);
  const [on, setOn] = useState('');
  const [report, setReport] = useState<InventoryReport>();
  const submit = useSubmit();

  const check = async () => {
    setReport(undefined);
    const r = await submit.run(() =>
      api<InventoryReport>('POST', '/vendors/check', {
        body: { name: 'inventory.csv', content: text, cleanNetwork, ...(on ? { on } : {}) },
      }),
    );
    if (r) setReport(r);
  };

  return (
    <>
      <PageHeader
        title="Vendors"
        description="Check a procurement or network inventory line by line against US vendor restrictions (NDAA §889, FCC Covered List, DoD §1260H, §5949, §154), through ownership, with each finding's legal effect and citation."
      />
      <section className="panel" aria-labelledby="vendors-form-title">
        <h2 id="vendors-form-title" className="panel-title">
          Inventory
        </h2>
        <ErrorAlert error={submit.error} />
        <form
          className="form-stack"
          onSubmit={(e) => {
            e.preventDefault();
            void check();
          }}
        >
          <div className="field">
            <label htmlFor="inventory-csv">Inventory (CSV or JSON)</label>
            <textarea
              id="inventory-csv"
              className="mono"
              rows={10}
              spellCheck={false}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
            <p className="field-hint">Columns: vendor, product, model, category, country_of_origin, deployed_in.</p>
          </div>
          <div className="field">
            <label htmlFor="vendors-on">Judge legal effects on (optional)</label>
            <input id="vendors-on" type="date" value={on} onChange={(e) => setOn(e.target.value)} />
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={cleanNetwork} onChange={(e) => setCleanNetwork(e.target.checked)} /> Apply
            the Clean Network policy profile (policy, not law: State Department, 5 August 2020)
          </label>
          <div>
            <button type="submit" className="btn btn-primary" disabled={submit.busy}>
              {submit.busy ? 'Checking…' : 'Check inventory'}
            </button>
          </div>
        </form>
      </section>
      {report && <Report report={report} />}
    </>
  );
}

function Report({ report }: { report: InventoryReport }) {
  return (
    <section className="panel" aria-label="Report">
      <h2 className="panel-title">
        {report.rows.length} line(s) checked on {report.checkedOn}: {report.findings} finding(s)
      </h2>
      <p className="muted">
        List versions:{' '}
        {Object.entries(report.versions)
          .map(([l, v]) => `${l} ${v.slice(0, 8)}`)
          .join(', ')}
      </p>
      {report.errors.length > 0 && (
        <section aria-label="Bad rows">
          <Notice kind="warning">
            {report.errors.length} bad row(s) were not checked:
            <ul>
              {report.errors.map((e) => (
                <li key={`${e.at}-${e.field}`}>
                  {e.at}, {e.field}: {e.reason}
                </li>
              ))}
            </ul>
          </Notice>
        </section>
      )}
      {report.rows.map((r) => (
        <section key={r.row.at} aria-label={`${r.row.at}: ${r.row.vendor}`}>
          <h3>
            {r.row.at}: {r.row.vendor} {r.row.product ? `— ${r.row.product}` : ''}{' '}
            {r.row.category ? `(${r.row.category})` : ''}
          </h3>
          {r.findings.length ? (
            <FindingsTable findings={r.findings} label={`Findings for ${r.row.vendor}`} />
          ) : (
            <p className="muted">No finding.</p>
          )}
        </section>
      ))}
    </section>
  );
}
