/**
 * Regulations (issue 11): the EAR Commerce Country Chart and Country Groups as imported,
 * versioned official data. Pick a date (or a version), filter by destination, and see every
 * chart cell with its source — imported, curated overlay, modelled history or unknown — the
 * caveats of the answer, the invariant warnings of the import and the Country Groups.
 */
import { useState } from 'react';
import { ErrorAlert, Loading } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../../lib/me';
import { navigate } from '../../lib/router';
import { useQuery } from '@tanstack/react-query';
import { queryParam } from '../controls/types';
import { GroupsTable } from './GroupsTable';
import { Caveats, ChartSection, InvariantWarnings, SourceStats } from './sections';
import { matchesCountry, type ChartView, type GroupsView, type RegulationVersion, type StatusView } from './types';
import { RegulationsImport } from './RegulationsImport';
import { VersionPicker } from './VersionPicker';
import './regulations.css';

const today = () => new Date().toISOString().slice(0, 10);

/** The four answers for the date, and the chart and group rows of the destination filter. */
function useRegulations(asOf: string, country: string) {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  const q = valid ? `?${new URLSearchParams({ asOf })}` : null;
  const versions = useQuery<{ versions: RegulationVersion[] }>({ queryKey: ['/regulations/versions'] });
  const chart = useQuery<ChartView>({ queryKey: [`/regulations/chart${q}`], enabled: Boolean(q) });
  const groups = useQuery<GroupsView>({ queryKey: [`/regulations/groups${q}`], enabled: Boolean(q) });
  const status = useQuery<StatusView>({ queryKey: [`/regulations/status${q}`], enabled: Boolean(q) });
  const rows = chart.data?.rows ?? [];
  const names = new Map(rows.map((r) => [r.country, r.name]));
  return {
    versions,
    chart,
    groups,
    names,
    chartRows: rows.filter((r) => matchesCountry(country, r.country, r.name)),
    groupRows: (groups.data?.rows ?? []).filter((r) => matchesCountry(country, r.country, names.get(r.country) ?? '')),
    status: status.data?.jurisdictions[0],
    error: versions.error ?? chart.error ?? groups.error ?? status.error,
    /** After an import: every answer again (a new version may now be the one in force). */
    reloadAll: () => [versions, chart, groups, status].forEach((x) => void x.refetch()),
  };
}

export function RegulationsPage() {
  const [asOf, setAsOfState] = useState(queryParam('asOf') || today());
  const [country, setCountry] = useState(queryParam('country'));
  const {
    versions,
    chart,
    groups,
    names,
    chartRows,
    groupRows,
    status: st,
    error,
    reloadAll,
  } = useRegulations(asOf, country);
  const canImport = useCan('controls:write');

  const setAsOf = (d: string) => {
    setAsOfState(d);
    navigate(`/regulations?${new URLSearchParams({ asOf: d, ...(country ? { country } : {}) })}`, { replace: true });
  };
  const c = chart.data;

  return (
    <>
      <PageHeader
        title="Regulations"
        description="The EAR Commerce Country Chart (15 CFR part 738, Supp. 1) and Country Groups (part 740, Supp. 1) as imported official versions: every cell says where it comes from. Licence determinations use the version in force on the transaction date."
      />
      {canImport && <RegulationsImport onImported={reloadAll} />}
      <VersionPicker asOf={asOf} onAsOf={setAsOf} versions={versions.data?.versions ?? []} inUse={c?.version?.id} />
      <ErrorAlert error={error} />
      {c && <Caveats chart={c} />}
      {st && <SourceStats status={st} />}
      <InvariantWarnings warnings={c?.version?.warnings ?? []} />
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
      {chart.isLoading && <Loading what="the Country Chart" />}
      {c && !chart.isLoading && <ChartSection chart={c} rows={chartRows} />}
      {groups.data?.version && !groups.isLoading && (
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
