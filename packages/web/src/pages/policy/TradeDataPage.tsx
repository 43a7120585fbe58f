/**
 * Trade data: the tenant's trade dataset versions (what the cost of a control is computed over) and, for its
 * administrators, the upload of a new one. Analysts and auditors read the versions; the API refuses their uploads.
 */
import { ErrorAlert, Loading } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { formatTime, shortHash } from '../../lib/format';
import { useCan } from '../../lib/me';
import { Link } from '../../lib/router';
import { useQuery } from '@tanstack/react-query';
import { useInvalidate } from '../../lib/query';
import { TradeImport } from './TradeImport';
import type { Dataset } from './types';

const FORMAT_LABEL: Record<string, string> = { comext: 'Eurostat Comext CN8', 'trade-csv': 'CSV layout' };

function DatasetsTable({ datasets }: { datasets: Dataset[] }) {
  if (!datasets.length)
    return (
      <p className="muted" data-testid="trade-datasets-none">
        No trade dataset is imported yet.
      </p>
    );
  return (
    <div className="table-wrap">
      <table className="table" aria-label="Trade datasets">
        <thead>
          <tr>
            <th scope="col">Dataset</th>
            <th scope="col">Version</th>
            <th scope="col">Format</th>
            <th scope="col">Rows</th>
            <th scope="col">Currency</th>
            <th scope="col">Source</th>
            <th scope="col">Imported</th>
            <th scope="col">Content hash</th>
          </tr>
        </thead>
        <tbody>
          {datasets.map((d) => (
            <tr key={d.id} data-testid="trade-dataset">
              <td>{d.name}</td>
              <td>{d.version}</td>
              <td>{FORMAT_LABEL[d.format] ?? d.format}</td>
              <td>{d.rowCount.toLocaleString()}</td>
              <td>{d.currency}</td>
              <td>{d.source ?? '—'}</td>
              <td title={d.importedAt}>
                {formatTime(d.importedAt)} by {d.importedBy}
              </td>
              <td className="mono" title={d.contentHash}>
                {shortHash(d.contentHash)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TradeDataPage() {
  const datasets = useQuery<{ datasets: Dataset[] }>({ queryKey: ['/policy/trade/datasets'] });
  const invalidate = useInvalidate();
  const canImport = useCan('trade:import');
  return (
    <>
      <PageHeader
        title="Trade data"
        description={
          <>
            Trade datasets of this tenant, each an immutable version with its row count and content hash. The{' '}
            <Link to="/policy">cost of a proposed control</Link> is computed over one of them.
          </>
        }
      />
      {canImport ? (
        <TradeImport onImported={() => void invalidate('/policy/trade/datasets')} />
      ) : (
        <p className="muted" data-testid="trade-import-not-allowed">
          Importing a trade dataset is for this tenant’s administrators; your role reads the datasets below.
        </p>
      )}
      <section aria-labelledby="trade-datasets-title">
        <h2 id="trade-datasets-title" className="section-title">
          Datasets
        </h2>
        <ErrorAlert error={datasets.error} />
        {datasets.isLoading && !datasets.data && <Loading what="the trade datasets" />}
        {datasets.data && <DatasetsTable datasets={datasets.data.datasets} />}
      </section>
    </>
  );
}
