/**
 * Loads one GET resource and exposes {data, error, loading, reload}. Aborts the request
 * when the path changes or the page unmounts, so a slow answer never lands on the wrong page.
 */
import { useCallback, useEffect, useState } from 'react';
import { api } from './api';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

export function useApi<T>(path: string | null): Resource<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(path !== null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    api<T>('GET', path, { signal: controller.signal })
      .then((value) => setData(value))
      .catch((e: unknown) => {
        if ((e as Error).name !== 'AbortError') setError(e);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [path, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload };
}
