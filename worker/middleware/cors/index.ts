/**
 * @module
 * CORS for a public, credential-free API: any origin may read any response (contract.md:
 * "any origin may call them: CORS without credentials"). Preflight answers live with the
 * routes' method lists (worker/middleware/allow), which know what each path accepts.
 */
import type { MiddlewareHandler } from "hono";

/**
 * Hint: `*` and no `Access-Control-Allow-Credentials`: browsers then never send cookies, and no
 * `Vary: Origin` is needed because the answer does not depend on the origin.
 */
export const CORS_DEFAULTS = {
  allowOrigin: "*",
  allowHeaders: ["Content-Type", "Accept", "Accept-Language", "If-None-Match"],
  exposeHeaders: ["ETag", "Retry-After", "Content-Disposition", "Content-Language"],
  maxAgeSeconds: 86_400,
} satisfies { allowOrigin: string; allowHeaders: string[]; exposeHeaders: string[]; maxAgeSeconds: number };

/** Headers of a preflight (OPTIONS) answer for a path that accepts `methods`. */
export function preflightHeaders(methods: readonly string[], options = CORS_DEFAULTS): Record<string, string> {
  return {
    "Access-Control-Allow-Origin": options.allowOrigin,
    "Access-Control-Allow-Methods": methods.join(", "),
    "Access-Control-Allow-Headers": options.allowHeaders.join(", "),
    "Access-Control-Max-Age": String(options.maxAgeSeconds),
  };
}

/**
 * Adds `Access-Control-Allow-Origin` and `Access-Control-Expose-Headers` to every response.
 *
 * @example app.use("*", cors())
 */
export function cors(options: Partial<typeof CORS_DEFAULTS> = {}): MiddlewareHandler {
  const merged = { ...CORS_DEFAULTS, ...options };
  const expose = merged.exposeHeaders.join(", ");
  return async function cors(c, next) {
    await next();
    c.res.headers.set("Access-Control-Allow-Origin", merged.allowOrigin);
    c.res.headers.set("Access-Control-Expose-Headers", expose);
  };
}
