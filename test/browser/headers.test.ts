// Static pages carry the security headers of site/public/_headers: a strict CSP without inline
// code, not frameable (except /embed/), nosniff, no referrer.
import { expect, inject, it } from "vitest";

const baseURL = inject("baseURL");

it.each(["/", "/check/", "/en/stages/"])("%s has the strict headers", async (path) => {
  const response = await fetch(`${baseURL}${path}`);
  const csp = response.headers.get("content-security-policy") ?? "";
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-inline");
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("referrer-policy")).toBe("no-referrer");
  expect(response.headers.get("permissions-policy")).toContain("camera=()");
  const html = await response.text();
  // No inline code. JSON-LD is a data block, never run, so the CSP leaves it alone (HTML §4.12.1).
  expect(html).not.toMatch(/<script(?![^>]*\b(?:src=|type="application\/ld\+json"))[^>]*>/);
  expect(html).not.toMatch(/<style/); // no inline styles
  expect(html).not.toMatch(/\sstyle="/);
});
