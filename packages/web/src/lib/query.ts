/**
 * TanStack Query for every GET: one QueryClient whose default query function reads the
 * query key's first element as an API path, so a page asks `useQuery<T>({ queryKey: ['/dashboard'] })`
 * and gets caching (a page opened again shows its last answer at once while it refreshes),
 * request de-duplication, cancellation on unmount and `isLoading`/`error` without its own state.
 * Mutations invalidate by path prefix (`invalidate('/screening/hits', '/dashboard')`) so a
 * decision refreshes every list and count it changes, wherever they are shown.
 */
import { QueryClient, useQueryClient } from '@tanstack/react-query';
import { api } from './api';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      queryFn: ({ queryKey, signal }) => api('GET', String(queryKey[0]), { signal }),
      // Our API answers a problem with a precise detail; retrying a 4xx would only delay it on
      // screen, and a 5xx the user can retry with the page's own button or by coming back.
      retry: false,
      // Leaving a tab open over lunch should not show a stale queue when the analyst returns.
      refetchOnWindowFocus: true,
    },
  },
});

/** Marks stale (and refetches if shown) every query whose path starts with one of `prefixes`. */
export function invalidatePaths(client: QueryClient, ...prefixes: string[]): Promise<void> {
  return client.invalidateQueries({
    predicate: (query) => prefixes.some((p) => String(query.queryKey[0]).startsWith(p)),
  });
}

/** The invalidation bound to the app's client, for `onSuccess` of a mutation. */
export function useInvalidate(): (...prefixes: string[]) => Promise<void> {
  const client = useQueryClient();
  return (...prefixes) => invalidatePaths(client, ...prefixes);
}
