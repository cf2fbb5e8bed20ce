/**
 * @module
 * Per-client rate limiting with the Workers rate-limit binding (`[[ratelimits]]` in
 * wrangler.toml), or, where that binding does not exist (plain workerd: `npm start`), an
 * in-memory limiter with the same budget (fixed-window.ts). Over the budget: 429 problem+json
 * with `Retry-After`. Who counts as one client: client-address.ts.
 */
import type { Context, MiddlewareHandler } from "hono";
import { RATE_LIMIT } from "#shared/limits/index.ts";
import type { AppEnv } from "../../env.ts";
import { loadedLangOf } from "../../lang/context.ts";
import { problemResponse } from "../../problem/index.ts";
import { clientSubject } from "./client-address.ts";
import { fixedWindowLimiter } from "./fixed-window.ts";

export interface RateLimitOptions {
  /** The binding to ask; `undefined` (not configured) lets every request through. */
  limiter: (c: Context<AppEnv>) => RateLimit | undefined;
  /** The binding's period: a client refused now may try again after at most this long. */
  retryAfterSeconds: number;
  /** The client's key. Default: a SHA-256 of the client's subject (its address, an IPv6 /64),
   *  so no address is handed on. */
  key: (c: Context<AppEnv>) => Promise<string>;
}

const encoder = new TextEncoder();

/** Hex SHA-256 of the client's subject (truncated: 128 bits are plenty for bucketing). */
export async function clientKey(c: Context<AppEnv>): Promise<string> {
  const subject = clientSubject(c.req.header("CF-Connecting-IP"));
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode("myna-expiry:" + subject)));
  let hex = "";
  for (let i = 0; i < 16; i++) hex += digest[i]!.toString(16).padStart(2, "0");
  return hex;
}

/** One per isolate, made on first use from the budget `npm start` copies out of wrangler.toml. */
let memoryLimiter: RateLimit | undefined;
function localLimiter(env: AppEnv["Bindings"]): RateLimit | undefined {
  if (!env.LOCAL_RATE_LIMIT) return undefined;
  memoryLimiter ??= fixedWindowLimiter(env.LOCAL_RATE_LIMIT);
  return memoryLimiter;
}

export const RATE_LIMIT_DEFAULTS = {
  limiter: (c) => c.env.RATE_LIMITER ?? localLimiter(c.env),
  // The binding's period (wrangler.toml, the same as RATE_LIMIT: shared/limits/rate-limit.test.ts).
  retryAfterSeconds: RATE_LIMIT.period,
  key: clientKey,
} satisfies RateLimitOptions;

/**
 * Counts each request (a batch counts once) against the client's budget. Preflights are not
 * counted: a browser sends one before a POST, and they cost nothing.
 *
 * Hint: a failing limiter lets the request through: an outage of the counter must not turn
 * into a 5xx or lock every client out.
 *
 * @example app.use("/api/*", rateLimit())
 */
export function rateLimit(options: Partial<RateLimitOptions> = {}): MiddlewareHandler<AppEnv> {
  const { limiter, retryAfterSeconds, key } = { ...RATE_LIMIT_DEFAULTS, ...options };
  const retryAfter = { "Retry-After": String(retryAfterSeconds) };
  return async function rateLimit(c, next) {
    const binding = limiter(c);
    if (binding && c.req.method !== "OPTIONS") {
      let allowed = true;
      try {
        allowed = (await binding.limit({ key: await key(c) })).success;
      } catch {
        allowed = true;
      }
      if (!allowed) {
        const lang = await loadedLangOf(c);
        return problemResponse("rate-limited", lang, [{ field: "request", code: "rate_limited" }], retryAfter);
      }
    }
    await next();
  };
}
