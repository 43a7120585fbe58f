/**
 * Screening fails closed: with no list loaded, or a list older than the configured maximum
 * age, the API answers 503 rather than an empty (falsely clean) result. That must never be
 * mistaken for "no hits", so it gets its own prominent panel instead of a small alert.
 */
import { ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { ApiError, messageOf } from '../../lib/api';
import { Link } from '../../lib/router';

export function isUnavailable(error: unknown): boolean {
  return error instanceof ApiError && error.status === 503;
}

export function ScreeningUnavailable({ detail }: { detail: string }) {
  return (
    <section className="blocker" role="alert" data-testid="screening-unavailable">
      <span className="blocker-icon" aria-hidden="true">
        <Icon name="alert" size={24} />
      </span>
      <div>
        <h2>Screening unavailable — no result was produced</h2>
        <p className="blocker-detail">{detail.charAt(0).toUpperCase() + detail.slice(1)}</p>
        <p>
          Screening fails closed: without a current list a clean result could not be trusted, so nothing was screened.
          Do not release the transaction on this basis. <Link to="/screening/lists">See the loaded lists →</Link>
        </p>
      </div>
    </section>
  );
}

/** A failed screening call: the blocker for 503, the usual alert for anything else. */
export function ScreeningError({ error, title, shown }: { error: unknown; title?: string; shown?: readonly string[] }) {
  if (!error) return null;
  if (isUnavailable(error)) return <ScreeningUnavailable detail={messageOf(error)} />;
  return <ErrorAlert error={error} title={title} shown={shown} />;
}
