/**
 * @module
 * The Worker's bindings and per-request variables, shared by every router and middleware.
 */
import type { Lang } from "#shared/lang/index.ts";

export interface Bindings {
  /** `[[ratelimits]]` in wrangler.toml: per-client request budget for `/api/*`. Absent under
   *  plain workerd (`npm start`), which passes LOCAL_RATE_LIMIT instead. */
  RATE_LIMITER?: RateLimit;
  /** The same budget for the in-memory limiter, copied from `[[ratelimits]]` by `npm start`. */
  LOCAL_RATE_LIMIT?: { limit: number; period: number };
  /** The Astro site (site/dist); the Worker runs first only for `/api/*` and `/healthz`, and
   *  for site paths that are not a file (it answers them with the site's 404 page). */
  ASSETS?: Fetcher;
  /** Where the service is reached (`[vars]` in wrangler.toml): links in calendars and the UID
   *  domain (RFC 5545 §3.8.4.7) come from here, never from the request's Host header. */
  PUBLIC_ORIGIN: string;
}

export interface Variables {
  /** The language of texts and error messages, once negotiated (shared/lang, worker/lang/context.ts). */
  lang: Lang;
  /** The request's query, one value per name (see worker/middleware/query). */
  query: Record<string, string>;
  /** The parsed JSON body (see worker/middleware/json-body). */
  body: unknown;
}

export type AppEnv = { Bindings: Bindings; Variables: Variables };
