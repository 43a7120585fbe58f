/** Where a scored shipment went: kept with its alert in the queue, kept without an alert, or not kept. */
import { Notice } from '../../components/Alert';
import { Link } from '../../lib/router';
import type { ScoreResponse } from './score';

export function KeptNotice({ run }: { run: ScoreResponse }) {
  const id = run.results[0]?.id ?? '';
  if (!run.batch) return <Notice>Not kept: shipment {id} was scored only; nothing went to the alert queue.</Notice>;
  return run.batch.alerts > 0 ? (
    <Notice kind="warning">
      <span data-testid="kept-notice">
        Kept: shipment {id} alerted and is now in the <Link to="/diversion/alerts">alert queue</Link>.
      </span>
    </Notice>
  ) : (
    <Notice kind="success">
      <span data-testid="kept-notice">
        Kept: shipment {id} is stored; it did not alert, so the alert queue is unchanged.
      </span>
    </Notice>
  );
}
