/**
 * @module
 * Security headers for every Worker response. The API serves JSON, SVG and iCalendar, never
 * a page, so the policy can be the strictest there is. Static assets get theirs from
 * site/public/_headers.
 */
import type { MiddlewareHandler } from "hono";

/**
 * Hint: `Cross-Origin-Resource-Policy: cross-origin` is deliberate: the badge and the API are
 * meant to be loaded by pages of other origins (contract.md, "Site and widget").
 */
export const SECURITY_HEADERS_DEFAULTS = {
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Resource-Policy": "cross-origin",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "X-Robots-Tag": "noindex",
} satisfies Record<string, string>;

/**
 * Sets the security headers on the response, whatever produced it (route, 404, 405, 429, error).
 *
 * @param overrides - headers to add or replace (an empty string removes one)
 * @example app.use("*", securityHeaders())
 */
export function securityHeaders(overrides: Record<string, string> = {}): MiddlewareHandler {
  // Hoisted: the merged list is built once, not per request.
  const entries = Object.entries({ ...SECURITY_HEADERS_DEFAULTS, ...overrides });
  return async function securityHeaders(c, next) {
    await next();
    const headers = c.res.headers;
    for (const [name, value] of entries) {
      if (value === "") headers.delete(name);
      else headers.set(name, value);
    }
  };
}
