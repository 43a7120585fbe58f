/**
 * Regulations (issue 11): the EAR Commerce Country Chart and Country Groups as imported,
 * versioned official data. Pick a date (or a version), filter by destination, and see every
 * chart cell with its source — imported, curated overlay, modelled history or unknown — the
 * caveats of the answer, the invariant warnings of the import and the Country Groups.
 */
import { useState } from 'react';
import { ErrorAlert, Loading, Notice } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { navigate } from '../../lib/router';
import { useApi } from '../../lib/useApi';
import { queryParam } from '../controls/types';
import { ChartGrid } from './ChartGrid';
import { GroupsTable } from './GroupsTable';
import {
  matchesCountry,
  SOURCE_LABEL,
  type ChartView,
  type FactSource,
  type GroupsView,
  type RegulationVersion,
  type StatusView,
} from './types';
import { VersionPicker } from './VersionPicker';
import './regulations.css';

const today = () => new Date().toISOString().slice(0, 10);

export function RegulationsPage() {
  const [asOf, setAsOfState] = useState(queryParam('asOf') || today());
  const [country, setCountry] = useState(queryParam('country'));
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  const q = valid ? `?${new URLSearchParams({ asOf })}` : null;
  const versions = useApi<{ versions: RegulationVersion[] }>('/regulations/versions');
  const chart = useApi<ChartView>(q && `/regulations/chart${q}`);
  const groups = useApi<GroupsView>(q && `/regulations/groups${q}`);
  const status = useApi<StatusView>(q && `/regulations/status${q}`);

  const setAsOf = (d: string) => {
    setAsOfState(d);
    navigate(`/regulations?${new URLSearchParams({ asOf: d, ...(country ? { country } : {}) })}`, { replace: true });
  };
  const c = chart.data;
  const names = new Map((c?.rows ?? []).map((r) => [r.country, r.name]));
  const chartRows = (c?.rows ?? []).filter((r) => matchesCountry(country, r.country, r.name));
  const groupRows = (groups.data?.rows ?? []).filter((r) =>
    matchesCountry(country, r.country, names.get(r.country) ?? ''),
  );
  const st = status.data?.jurisdictions[0];
  const warnings = c?.version?.warnings ?? [];

  return (
    <>
      <PageHeader
        title="Regulations"
        description="The EAR Commerce Country Chart (15 CFR part 738, Supp. 1) and Country Groups (part 740, Supp. 1) as imported official versions: every cell says where it comes from. Licence determinations use the version in force on the transaction date."
      />
      <VersionPicker asOf={asOf} onAsOf={setAsOf} versions={versions.data?.versions ?? []} inUse={c?.version?.id} />
      <ErrorAlert error={versions.error ?? chart.error ?? groups.error ?? status.error} />
      {c && c.caveats.length > 0 && (
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
      )}
      {st && (
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
      )}
      {warnings.length > 0 && (
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
      )}
      <div className="toolbar">
        <div className="toolbar-form">
          <TextField
            label="Destination"
            value={country}
            onChange={(e) => setCountry(e.target.value)}
            hint="ISO code (MT) or part of the name"
          />
        </div>
      </div>
      {chart.loading && <Loading what="the Country Chart" />}
      {c && !chart.loading && (
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
      )}
      {groups.data?.version && !groups.loading && (
        <section aria-labelledby="reg-groups-title">
          <h2 id="reg-groups-title" className="section-title">
            Country Groups — eCFR {groups.data.version.contentDate}
          </h2>
          <GroupsTable groups={groups.data} rows={groupRows} names={names} />
        </section>
      )}
    </>
  );
}
