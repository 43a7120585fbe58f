/**
 * Sign-in throttling: failed attempts are counted per account (the email, or the API key's
 * id) and per client address over a sliding window; once either reaches the limit, further
 * attempts are refused with a rate_limited error (HTTP 429, Retry-After) until the oldest
 * failure leaves the window — whether or not the next password would be right, so guessing
 * stays capped (OWASP Authentication Cheat Sheet, "Protect against automated attacks").
 * A success clears the account's failures, not the address's.
 *
 * The counters live in the process: several server processes each keep their own (the limit
 * then applies per process), and a restart clears them. Behind a reverse proxy the address is
 * the proxy's; X-Forwarded-For is not trusted (a client could set it).
 */
import { DomainError } from '@dualuse/core';

export const LOGIN_WINDOW_MS = 15 * 60_000;
const PRUNE_ABOVE = 10_000;

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    readonly maxFailures: number,
    readonly windowMs = LOGIN_WINDOW_MS,
  ) {}

  /** Throws rate_limited if any key has used up its failures in the window. */
  check(keys: readonly string[], now: number): void {
    let wait = 0;
    for (const key of keys) {
      const recent = this.recent(key, now);
      if (recent.length >= this.maxFailures) wait = Math.max(wait, recent[0]! + this.windowMs - now);
    }
    if (wait > 0) {
      const retryAfter = Math.ceil(wait / 1000);
      throw new DomainError(
        'rate_limited',
        `too many failed sign-in attempts for this account or from this address (${this.maxFailures} in ${this.windowMs / 60_000} minutes); try again in ${retryAfter} s`,
        { retryAfter },
      );
    }
  }

  recordFailure(keys: readonly string[], now: number): void {
    if (this.failures.size > PRUNE_ABOVE) this.prune(now);
    for (const key of keys) this.failures.set(key, [...this.recent(key, now), now]);
  }

  recordSuccess(accountKey: string): void {
    this.failures.delete(accountKey);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
  }

  private prune(now: number): void {
    for (const [key, times] of this.failures)
      if (!times.some((t) => t > now - this.windowMs)) this.failures.delete(key);
  }
}
