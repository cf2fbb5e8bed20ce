/**
 * @module
 * The Worker's bindings and per-request variables, shared by every router and middleware.
 */
import type { Lang } from "#shared/lang/index.ts";

export interface Bindings {
  /** `[[ratelimits]]` in wrangler.toml: per-client request budget for `/api/*`. */
  RATE_LIMITER: RateLimit;
  /** The Astro site (site/dist); the Worker only runs first for `/api/*` and `/healthz`. */
  ASSETS: Fetcher;
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
