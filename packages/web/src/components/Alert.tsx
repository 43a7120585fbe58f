/** Status messages. role="alert" for failures so screen readers announce them at once. */
import type { ReactNode } from 'react';
import { ApiError, messageOf } from '../lib/api';
import { Icon } from './Icon';

/**
 * A failed call. `shown` lists the JSON Pointers a form already displays next to its fields;
 * those messages are not repeated here, only ones no field can show (so none is ever lost).
 */
export function ErrorAlert({
  error,
  title,
  shown = [],
}: {
  error: unknown;
  title?: string;
  shown?: readonly string[];
}) {
  if (!error) return null;
  const fieldErrors = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  const unshown = fieldErrors.filter((e) => !shown.includes(e.pointer));
  const message =
    fieldErrors.length === 0
      ? messageOf(error)
      : unshown.length === 0
        ? 'Please correct the fields marked below.'
        : unshown.map((e) => (e.pointer ? `${e.pointer.slice(1)}: ${e.message}` : e.message)).join('; ');
  return (
    <div className="alert alert-error" role="alert">
      <Icon name="alert" />
      <div>
        {title && <strong>{title}</strong>}
        <p>{message}</p>
      </div>
    </div>
  );
}

export function Notice({ kind = 'info', children }: { kind?: 'info' | 'success' | 'warning'; children: ReactNode }) {
  return (
    <div className={`alert alert-${kind}`} role="status">
      <Icon name={kind === 'success' ? 'check' : kind === 'warning' ? 'alert' : 'clock'} />
      <div>{children}</div>
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}
