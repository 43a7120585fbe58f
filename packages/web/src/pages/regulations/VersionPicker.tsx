/** The as-of date and the imported versions; choosing a version shows the tables of its date. */
import { TextField } from '../../components/Field';
import { formatTime } from '../../lib/format';
import type { RegulationVersion } from './types';

interface Props {
  asOf: string;
  onAsOf: (d: string) => void;
  versions: RegulationVersion[];
  /** The version the tables shown come from. */
  inUse: string | undefined;
}

export function VersionPicker({ asOf, onAsOf, versions, inUse }: Props) {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  return (
    <section className="panel" aria-labelledby="reg-versions-title">
      <h2 id="reg-versions-title" className="panel-title">
        Version
      </h2>
      <div className="form-grid">
        <TextField
          label="As of"
          type="date"
          value={asOf}
          onChange={(e) => onAsOf(e.target.value)}
          error={valid ? undefined : 'Give a date (YYYY-MM-DD).'}
          hint="The tables in force on this date"
        />
      </div>
      {versions.length === 0 ? (
        <p className="muted">
          No version imported. An operator admin imports one with{' '}
          <span className="mono">dualuse regulations import DIR</span> or <span className="mono">sync</span>, or POST
          /api/v1/regulations/import.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-label="Imported versions">
            <thead>
              <tr>
                <th scope="col">eCFR date</th>
                <th scope="col">Format</th>
                <th scope="col">Files</th>
                <th scope="col">Hash</th>
                <th scope="col" className="num">
                  Warnings
                </th>
                <th scope="col">Imported</th>
                <th scope="col">
                  <span className="sr-only">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id} aria-current={v.id === inUse ? 'true' : undefined}>
                  <td className="nowrap">{v.contentDate}</td>
                  <td>{v.format}</td>
                  <td title={v.sourceUrl ?? undefined}>{v.sourceFiles.join(', ')}</td>
                  <td className="mono" title={v.contentHash}>
                    {v.contentHash.slice(0, 12)}
                  </td>
                  <td className="num">{v.warnings.length}</td>
                  <td className="nowrap">{formatTime(v.importedAt)}</td>
                  <td className="actions">
                    {v.id === inUse ? (
                      <span className="badge badge-blue">shown</span>
                    ) : (
                      <button
                        type="button"
                        className="btn btn-secondary btn-small"
                        onClick={() => onAsOf(v.contentDate)}
                      >
                        Show {v.contentDate}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
