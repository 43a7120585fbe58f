/**
 * The Commerce Country Chart as a grid: destinations × the 16 columns, X / blank / ? (unknown).
 * Curated and modelled-history cells are shaded and the legend says how; each cell is a button
 * whose title (hover) and accessible description carry its source, and a click shows it below.
 */
import { useState } from 'react';
import { cellSource, markText, SOURCE_LABEL, type CellFact, type ChartView, type FactSource } from './types';

const SOURCES: readonly FactSource[] = ['imported', 'curated', 'history', 'unknown'];

export function ChartLegend() {
  return (
    <ul className="reg-legend" aria-label="Legend">
      {SOURCES.map((s) => (
        <li key={s}>
          <span className={`reg-swatch reg-cell-${s}`} aria-hidden="true">
            {s === 'unknown' ? '?' : 'X'}
          </span>
          {SOURCE_LABEL[s]}
          <span className="muted">
            {s === 'imported'
              ? ' — as the imported version states it'
              : s === 'curated'
                ? ' — not stated by the source; our overlay, with its citation'
                : s === 'history'
                  ? ' — an amendment after the date, reversed'
                  : ' — not known; determinations fail closed'}
          </span>
        </li>
      ))}
    </ul>
  );
}

interface Selected {
  country: string;
  name: string;
  column: string;
  cell: CellFact;
}

export function ChartGrid({ chart, rows }: { chart: ChartView; rows: ChartView['rows'] }) {
  const [selected, setSelected] = useState<Selected>();
  return (
    <>
      <ChartLegend />
      <div className="table-wrap reg-chart-wrap">
        <table className="table reg-chart" aria-label={`Commerce Country Chart as of ${chart.asOf}`}>
          <thead>
            <tr>
              <th scope="col">Destination</th>
              {chart.columns.map((col) => (
                <th key={col} scope="col" className="reg-col">
                  {col}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.country}>
                <th scope="row" className="reg-dest">
                  <span className="mono">{r.country}</span> {r.name}
                  {r.footnotes.length > 0 && (
                    <sup title={`Footnotes ${r.footnotes.join(', ')}`}>{r.footnotes.join(',')}</sup>
                  )}
                </th>
                {chart.columns.map((col) => {
                  const cell = r.cells[col]!;
                  return (
                    <td key={col} className={`reg-cell reg-cell-${cell.source}`}>
                      <button
                        type="button"
                        className="reg-cell-btn"
                        title={cellSource(cell)}
                        aria-label={`${r.name} ${col}: ${cell.marked === null ? 'unknown' : cell.marked ? 'X' : 'blank'}, ${SOURCE_LABEL[cell.source]}`}
                        aria-pressed={selected?.country === r.country && selected.column === col}
                        data-cell={`${r.country}-${col}`}
                        onClick={() => setSelected({ country: r.country, name: r.name, column: col, cell })}
                      >
                        {markText(cell)}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={chart.columns.length + 1} className="table-empty">
                  No destination matches.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {selected && (
        <section className="panel reg-selected" aria-label="Selected cell" aria-live="polite">
          <h3 className="panel-title">
            {selected.name} ({selected.country}), {selected.column}: {markText(selected.cell) || 'blank'}
          </h3>
          <p className="reg-source">{cellSource(selected.cell)}</p>
        </section>
      )}
      {chart.footnotes.length > 0 && (
        <details className="reg-notes">
          <summary>Chart footnotes ({chart.footnotes.length})</summary>
          <ol>
            {chart.footnotes.map((f) => (
              <li key={f.number} value={f.number}>
                {f.text}
              </li>
            ))}
          </ol>
        </details>
      )}
    </>
  );
}
