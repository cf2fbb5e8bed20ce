/**
 * @module
 * An in-memory limiter with the contract of the Workers rate-limit binding (`limit({ key })` →
 * `{ success }`), for where that binding does not exist: plain workerd (`npm start`, a
 * municipality's own machine). One isolate serves every request there, so one Map is enough.
 *
 * Fixed windows of `period` seconds aligned to the clock, like the binding: a client may send
 * `limit` requests at the end of one window and `limit` more at the start of the next, so up to
 * twice the limit can pass within one period that straddles a boundary.
 *
 * Memory is bounded: counts are dropped when a window ends, and at most `maxKeys` clients are
 * counted in one window; further new clients share one overflow budget until it ends.
 */

export interface FixedWindowOptions {
  limit: number;
  /** Seconds. */
  period: number;
  /** Distinct clients counted in one window before the rest share a budget. */
  maxKeys?: number;
  /** Milliseconds since the epoch (a parameter so tests can move time). */
  now?: () => number;
}

export function fixedWindowLimiter({ limit, period, maxKeys = 50_000, now = Date.now }: FixedWindowOptions): RateLimit {
  let window = -1;
  const counts = new Map<string, number>();
  const OVERFLOW = "\0overflow";
  return {
    async limit({ key }: RateLimitOptions): Promise<RateLimitOutcome> {
      const current = Math.floor(now() / (period * 1000));
      if (current !== window) {
        window = current;
        counts.clear();
      }
      const subject = counts.has(key) || counts.size < maxKeys ? key : OVERFLOW;
      const count = (counts.get(subject) ?? 0) + 1;
      counts.set(subject, count);
      return { success: count <= limit };
    },
  };
}
