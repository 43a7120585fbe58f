/**
 * State for a form that posts to the API: busy flag, the problem's detail, and its field
 * errors keyed by JSON Pointer so each input can show its own message.
 */
import { useState } from 'react';
import { ApiError } from './api';

export interface Submit {
  busy: boolean;
  error: unknown;
  fields: Record<string, string>;
  /** Runs the call; resolves to its value, or undefined when it failed (the error is kept in state). */
  run<T>(call: () => Promise<T>): Promise<T | undefined>;
  reset(): void;
}

export function useSubmit(): Submit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [fields, setFields] = useState<Record<string, string>>({});
  return {
    busy,
    error,
    fields,
    async run(call) {
      setBusy(true);
      setError(undefined);
      setFields({});
      try {
        return await call();
      } catch (e) {
        setError(e);
        if (e instanceof ApiError) setFields(e.fields());
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    reset() {
      setError(undefined);
      setFields({});
    },
  };
}
