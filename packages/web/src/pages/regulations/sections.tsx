/** The parts of the regulations page: caveats, cells by source, invariant warnings and the chart. */
import { Notice } from '../../components/Alert';
import { ChartGrid } from './ChartGrid';
import { SOURCE_LABEL, type ChartView, type FactSource, type StatusView } from './types';

/** What the answer for the date leaves open (no version in force, a version older than the date...). */
export function Caveats({ chart: c }: { chart: ChartView }) {
  if (!c.caveats.length) return null;
  return (
    <section className="reg-caveats" aria-label="Caveats">
      <Notice kind="warning">
        <strong>
          Caveat{c.caveats.length > 1 ? 's' : ''} for {c.asOf}
        </strong>
        <ul>
          {c.caveats.map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ul>
      </Notice>
    </section>
  );
}

/** How many chart cells come from each source: imported, curated overlay, modelled history or unknown. */
export function SourceStats({ status: st }: { status: StatusView['jurisdictions'][number] }) {
  return (
    <div className="stats" aria-label="Chart cells by source">
      {(Object.keys(SOURCE_LABEL) as FactSource[]).map((s) => (
        <div key={s} className="stat">
          <div className="stat-label">{SOURCE_LABEL[s]}</div>
          <div className="stat-value">{st.chartCells[s]}</div>
          <div className="stat-meta">
            {s === 'curated'
              ? `${st.curatedWithQuote} with a quoted source`
              : `chart cells of ${st.destinations} destinations`}
          </div>
        </div>
      ))}
    </div>
  );
}

/** Where the imported tables disagree with parts 740 and 742: reported as found, never corrected. */
export function InvariantWarnings({ warnings }: { warnings: string[] }) {
  if (!warnings.length) return null;
  return (
    <section className="panel" aria-labelledby="reg-warnings-title">
      <h2 id="reg-warnings-title" className="panel-title">
        Invariant warnings ({warnings.length})
      </h2>
      <p className="muted">
        Where the imported tables disagree with the column definitions of part 742 or the group notes of part 740.
        Reported as found, never corrected.
      </p>
      <ul className="findings reg-warnings">
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </section>
  );
}

export function ChartSection({ chart: c, rows: chartRows }: { chart: ChartView; rows: ChartView['rows'] }) {
  return (
    <section aria-labelledby="reg-chart-title">
      <h2 id="reg-chart-title" className="section-title">
        Commerce Country Chart {c.version ? `— eCFR ${c.version.contentDate}` : ''}
      </h2>
      {c.version ? (
        <ChartGrid chart={c} rows={chartRows} />
      ) : (
        <p className="panel panel-muted">
          No version of the Country Chart is imported: every US determination requires a licence until one is.
        </p>
      )}
    </section>
  );
}
