/**
 * The session token lives in sessionStorage: it survives reloads of this tab but not the
 * tab itself, so a shared workstation does not stay signed in after the window is closed.
 */
const KEY = 'dualuse.token';

export function getToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function setToken(token: string): void {
  sessionStorage.setItem(KEY, token);
}

export function clearToken(): void {
  sessionStorage.removeItem(KEY);
}
