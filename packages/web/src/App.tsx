/**
 * Session handling at the top: restore the session from sessionStorage, show the login page
 * when there is none, and return there whenever the API says 401 (expired or revoked).
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Layout } from './components/Layout';
import { Routes } from './Routes';
import { api, setUnauthorizedHandler } from './lib/api';
import { MeContext } from './lib/me';
import { queryClient } from './lib/query';
import { navigate, usePath } from './lib/router';
import { clearToken, getToken, setToken } from './lib/session';
import type { Me, Session } from './lib/types';
import { LoginPage } from './pages/access/index';

/** Where to go after signing in; only same-origin paths, so ?next= cannot redirect off-site. */
function nextPath(): string {
  const next = new URLSearchParams(location.search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

export function App() {
  const path = usePath();
  const [me, setMe] = useState<Me | null>(null);
  // With a stored token we ask /me before deciding, to avoid flashing the login page on reload.
  const [checking, setChecking] = useState(() => getToken() !== null);

  useEffect(() => {
    setUnauthorizedHandler(() => setMe(null));
    if (!getToken()) return;
    api<Me>('GET', '/me')
      .then(setMe)
      .catch(() => clearToken())
      .finally(() => setChecking(false));
  }, []);

  // Keep the address bar honest: signed out means /login (remembering where the user was going).
  useEffect(() => {
    if (checking) return;
    if (!me && path !== '/login')
      navigate(path === '/' ? '/login' : `/login?next=${encodeURIComponent(path + location.search)}`, {
        replace: true,
      });
    if (me && path === '/login') navigate(nextPath(), { replace: true });
  }, [checking, me, path]);

  const signedIn = useCallback((session: Session) => {
    queryClient.clear();
    setToken(session.token);
    setMe(session.me);
    navigate(nextPath(), { replace: true });
  }, []);

  const signOut = useCallback(() => {
    // Tell the server so the token dies now, but leave regardless: the user asked to go.
    api('POST', '/auth/logout').catch(() => undefined);
    clearToken();
    // The next user of this browser must not see the last one's cached answers.
    queryClient.clear();
    setMe(null);
    navigate('/login');
  }, []);

  const state = useMemo(() => (me ? { me, signOut } : null), [me, signOut]);

  if (checking) return <p className="splash">Restoring your session…</p>;
  if (!state) return <LoginPage onSignedIn={signedIn} />;
  return (
    <QueryClientProvider client={queryClient}>
      <MeContext.Provider value={state}>
        <Layout>
          <Routes path={path} />
        </Layout>
      </MeContext.Provider>
    </QueryClientProvider>
  );
}
