/**
 * Two ways in: a person with email and password, or anyone holding an API key (the
 * bootstrap admin starts with only a key). Both are always visible so neither is hidden
 * behind a toggle.
 */
import { useState, type FormEvent } from 'react';
import { Icon } from '../../components/Icon';
import { TextField } from '../../components/Field';
import { ApiError, api, messageOf } from '../../lib/api';
import type { Session } from '../../lib/types';

type Credentials = { email: string; password: string } | { apiKey: string };

function useSignIn(onSignedIn: (s: Session) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [fields, setFields] = useState<Record<string, string>>({});
  const submit = async (credentials: Credentials) => {
    setBusy(true);
    setError(undefined);
    setFields({});
    try {
      onSignedIn(await api<Session>('POST', '/auth/login', { body: credentials, anonymous: true }));
    } catch (e) {
      const fieldErrors = e instanceof ApiError ? e.fields() : {};
      setFields(fieldErrors);
      if (Object.keys(fieldErrors).length > 0) setError('Please correct the fields marked below.');
      else setError(e instanceof ApiError && e.status === 401 ? `Sign-in failed: ${messageOf(e)}.` : messageOf(e));
      setBusy(false);
    }
  };
  return { busy, error, fields, submit };
}

export function LoginPage({ onSignedIn }: { onSignedIn: (s: Session) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [apiKey, setApiKey] = useState('');
  const byPassword = useSignIn(onSignedIn);
  const byKey = useSignIn(onSignedIn);

  const onPassword = (e: FormEvent) => {
    e.preventDefault();
    void byPassword.submit({ email, password });
  };
  const onKey = (e: FormEvent) => {
    e.preventDefault();
    void byKey.submit({ apiKey: apiKey.trim() });
  };

  return (
    <div className="login">
      <main className="login-card">
        <div className="login-brand">
          <span className="brand-mark" aria-hidden="true">
            <Icon name="shield" size={22} />
          </span>
          <div>
            <h1>Sign in to dualuse</h1>
            <p className="muted">Dual-use export controls: classification, screening, licensing and diversion.</p>
          </div>
        </div>

        <form className="form-stack" onSubmit={onPassword} noValidate>
          {byPassword.error && (
            <p className="form-error" role="alert">
              {byPassword.error}
            </p>
          )}
          <TextField
            label="Email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={byPassword.fields['/email']}
          />
          <TextField
            label="Password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={byPassword.fields['/password']}
          />
          <button type="submit" className="btn btn-primary btn-block" disabled={byPassword.busy || !email || !password}>
            {byPassword.busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>

        <div className="login-divider" role="separator">
          <span>or</span>
        </div>

        <form className="form-stack" onSubmit={onKey} noValidate>
          <h2 className="login-subtitle">Sign in with an API key</h2>
          {byKey.error && (
            <p className="form-error" role="alert">
              {byKey.error}
            </p>
          )}
          <TextField
            label="API key"
            type="password"
            autoComplete="off"
            spellCheck={false}
            required
            value={apiKey}
            onChange={(e) => setApiKey(e.target.value)}
            error={byKey.fields['/apiKey']}
            hint="For administrators and integrations. The key is exchanged for a session; it is not stored in the browser."
          />
          <button type="submit" className="btn btn-secondary btn-block" disabled={byKey.busy || !apiKey.trim()}>
            {byKey.busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </main>
      <p className="login-foot">Open-source platform for dual-use export controls · Apache-2.0</p>
    </div>
  );
}
