/**
 * Trade-flow hotspots from the user's Eurostat Comext file: which exports multiplied against
 * their 2019–2021 baseline, flagged only where there is a risk basis (a partner neighbouring
 * Russia or on a high-risk list; a CHPL code), and a chart of any series against its baseline.
 */
import { lazy, Suspense, useState } from 'react';
import { ErrorAlert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { useSubmit } from '../../lib/useSubmit';
import { DiversionNav } from './DiversionNav';
import { useChplFile } from './useChplFile';
import { analyseTrade, seriesLabel, type TradeResponse } from './trade';
import { TradeHotspots } from './TradeHotspots';

// ECharts is fetched with the first chart, not with the page (Routes.tsx splits per page the same way).
const TradeChart = lazy(async () => ({ default: (await import('./TradeChart')).TradeChart }));

const DEFAULTS = {
  M: { baseline: ['2019-01', '2021-12'], post: ['2022-03', '2024-12'] },
  A: { baseline: ['2019', '2021'], post: ['2023', '2023'] },
} as const;

export function TradePage() {
  const [file, setFile] = useState<File>();
  const [freq, setFreq] = useState<'M' | 'A'>('M');
  const [win, setWin] = useState<string[]>([...DEFAULTS.M.baseline, ...DEFAULTS.M.post]);
  const [reporter, setReporter] = useState('');
  const [aggregate, setAggregate] = useState(false);
  const [minExcess, setMinExcess] = useState('100000');
  const { chpl, chplError, pickChpl } = useChplFile();
  const [out, setOut] = useState<TradeResponse>();
  const [selected, setSelected] = useState<number>();
  const submit = useSubmit();

  const pickFreq = (f: 'M' | 'A') => {
    setFreq(f);
    setWin([...DEFAULTS[f].baseline, ...DEFAULTS[f].post]);
  };
  const run = async () => {
    if (!file) return;
    setOut(undefined);
    const res = await submit.run(() =>
      analyseTrade(file, {
        freq,
        baseline: [win[0]!, win[1]!],
        post: [win[2]!, win[3]!],
        ...(reporter.trim() ? { reporter: reporter.trim() } : {}),
        ...(aggregate ? { aggregate } : {}),
        minExcess: Number(minExcess) || 0,
        ...(chpl ? { chpl } : {}),
      }),
    );
    if (res) {
      setOut(res);
      setSelected(res.hotspots[0]?.rank);
    }
  };

  const shown = out?.hotspots.find((h) => h.rank === selected);
  const windowField = (i: number, label: string) => (
    <div className="field">
      <label htmlFor={`trade-win-${i}`}>{label}</label>
      <input
        id={`trade-win-${i}`}
        className="mono"
        value={win[i]}
        onChange={(e) => setWin(win.map((w, j) => (j === i ? e.target.value : w)))}
        placeholder={freq === 'M' ? 'YYYY-MM' : 'YYYY'}
      />
    </div>
  );
  return (
    <>
      <PageHeader
        title="Trade-flow hotspots"
        description="Exports that multiplied after February 2022 against their 2019–2021 baseline, from Eurostat Comext statistics you hold. A spike is flagged only with a risk basis — a partner neighbouring Russia or on a high-risk list, or a Common High Priority List code — so growth without one (ships to Panama) is shown, not alerted."
      />
      <DiversionNav />
      <section className="panel" aria-labelledby="trade-input-title">
        <h2 id="trade-input-title" className="panel-title">
          Statistics
        </h2>
        <div className="form-stack">
          <div className="field">
            <label htmlFor="trade-file">Eurostat Comext file (CSV or .csv.gz)</label>
            <input
              id="trade-file"
              type="file"
              accept=".csv,.gz,text/csv,application/gzip"
              onChange={(e) => setFile(e.target.files?.[0])}
            />
            <p className="field-hint">
              The CN8 long table (product_code, flow, reporter, partner, period, value_eur) or the totals layout
              (reporter, partner, flow, freq, period, value_eur). Exports only.
            </p>
          </div>
          <div className="form-grid">
            <div className="field">
              <label htmlFor="trade-freq">Periods</label>
              <select id="trade-freq" value={freq} onChange={(e) => pickFreq(e.target.value as 'M' | 'A')}>
                <option value="M">Monthly</option>
                <option value="A">Annual</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="trade-reporter">Reporter (optional)</label>
              <input
                id="trade-reporter"
                list="trade-reporters"
                value={reporter}
                onChange={(e) => setReporter(e.target.value)}
                placeholder="all, e.g. EU27_2020"
              />
              <datalist id="trade-reporters">
                {out?.reporters.map((r) => (
                  <option key={r} value={r} />
                ))}
              </datalist>
            </div>
            <div className="field">
              <label htmlFor="trade-min-excess">Smallest excess (EUR)</label>
              <input
                id="trade-min-excess"
                className="mono"
                inputMode="numeric"
                value={minExcess}
                onChange={(e) => setMinExcess(e.target.value)}
              />
            </div>
          </div>
          <div className="trade-windows">
            {windowField(0, 'Baseline from')}
            {windowField(1, 'Baseline to')}
            {windowField(2, 'Comparison from')}
            {windowField(3, 'Comparison to')}
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={aggregate} onChange={(e) => setAggregate(e.target.checked)} /> Sum member
            states into one EU27 series
          </label>
          <div className={`field${chplError ? ' field-invalid' : ''}`}>
            <label htmlFor="trade-chpl">Common High Priority List (CSV, optional)</label>
            <input id="trade-chpl" type="file" accept=".csv,text/csv" onChange={(e) => void pickChpl(e)} />
            <p className={chplError ? 'field-error' : 'field-hint'}>
              {chplError ??
                (chpl
                  ? `${chpl.file}: ${chpl.rows.length} HS6 codes; only CHPL codes are flagged.`
                  : 'Columns tier,hs6. With it, a product basis is required as well as a partner basis.')}
            </p>
          </div>
          <div className="form-actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={!file || submit.busy}
              onClick={() => void run()}
            >
              {submit.busy ? 'Analysing…' : 'Find hotspots'}
            </button>
          </div>
        </div>
      </section>
      <ErrorAlert error={submit.error} title="The file was not analysed" />
      {out && (
        <section className="panel" aria-labelledby="trade-results-title">
          <div className="toolbar">
            <h2 id="trade-results-title" className="panel-title">
              Hotspots
            </h2>
            <span className="muted" data-testid="trade-summary">
              {out.file}: {out.observations.toLocaleString('en')} observations, {out.series} series · {out.multiplied}{' '}
              multiplied · {out.flagged} flagged
            </span>
          </div>
          <TradeHotspots hotspots={out.hotspots} freq={out.freq} selected={selected} onSelect={setSelected} />
        </section>
      )}
      {shown && (
        <section className="panel" aria-labelledby="trade-chart-title" data-testid="trade-series">
          <h2 id="trade-chart-title" className="panel-title">
            {seriesLabel(shown)} — ×{shown.ratio.toFixed(1)} {shown.flagged ? '(flagged)' : '(not flagged)'}
          </h2>
          <Suspense fallback={<p className="muted">Loading the chart…</p>}>
            <TradeChart hotspot={shown} />
          </Suspense>
          <p className="trade-why">{shown.why}</p>
        </section>
      )}
    </>
  );
}
