/**
 * A failed scoring call. 503 means no restricted-party list is loaded (or it is too old): the
 * listed-party rules could not run, so nothing was scored, and that must never read as "clean".
 * 400 names each bad field by its JSON Pointer inside the shipment, as typed in the editor.
 */
import { Icon } from '../../components/Icon';
import { ApiError, messageOf } from '../../lib/api';
import { Link } from '../../lib/router';

/** "/shipments/0/parties/0/role" → "/parties/0/role": the path inside the shipment the user wrote. */
export const shipmentPointer = (pointer: string): string => pointer.replace(/^\/shipments\/\d+/, '') || '/';

export function DiversionProblem({ error, title = 'The shipment was not scored' }: { error: unknown; title?: string }) {
  if (!error) return null;
  if (error instanceof ApiError && error.status === 503) {
    return (
      <section className="blocker" role="alert" data-testid="diversion-unavailable">
        <span className="blocker-icon" aria-hidden="true">
          <Icon name="alert" size={24} />
        </span>
        <div>
          <h2>Diversion scoring unavailable — no score was produced</h2>
          <p className="blocker-detail">{messageOf(error)}</p>
          <p>
            Scoring fails closed: without a current restricted-party list the listed-party rules cannot run, so a low
            score could not be trusted. <Link to="/screening/lists">See the loaded lists →</Link>
          </p>
        </div>
      </section>
    );
  }
  const fields = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  return (
    <div className="alert alert-error" role="alert" data-testid="diversion-error">
      <Icon name="alert" />
      <div>
        <strong>{title}</strong>
        {fields.length ? (
          <ul className="findings">
            {fields.map((e) => (
              <li key={e.pointer + e.message}>
                <code className="mono">{shipmentPointer(e.pointer)}</code> —{' '}
                {e.message.replace(/^\/shipments\/\d+[^:]*:\s*/, '')}
              </li>
            ))}
          </ul>
        ) : (
          <p>{messageOf(error)}</p>
        )}
      </div>
    </div>
  );
}
