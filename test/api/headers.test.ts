import { describe, expect, it } from "vitest";
import { SECURITY_HEADERS_DEFAULTS } from "../../worker/middleware/security-headers/index.ts";
import { api, errorCodes, postJson } from "./helpers.ts";

const SAMPLES: [string, () => Promise<Response>][] = [
  ["healthz", () => api("/healthz")],
  ["stage", () => api("/api/v1/stage?certificateExpiry=2026-03-15&today=2026-01-10")],
  ["stage 400", () => api("/api/v1/stage")],
  ["evaluate", () => postJson("/api/v1/evaluate", { certificateExpiry: "2026-03-15" })],
  ["evaluate 415", () => api("/api/v1/evaluate", { method: "POST", body: "x" })],
  ["batch", () => postJson("/api/v1/evaluate/batch", { items: [] })],
  ["calendar", () => api("/api/v1/calendar.ics?certificateExpiry=2026-03-15")],
  ["badge", () => api("/api/v1/badge.svg?certificateExpiry=2026-03-15")],
  ["openapi", () => api("/api/v1/openapi.json")],
  ["404", () => api("/api/v2/stage")],
  ["405", () => api("/api/v1/stage", { method: "DELETE" })],
  [
    "preflight",
    () =>
      api("/api/v1/evaluate", {
        method: "OPTIONS",
        headers: { Origin: "https://a.example", "Access-Control-Request-Method": "POST" },
      }),
  ],
];

describe("every response", () => {
  it.each(SAMPLES)("%s carries the security headers and CORS", async (_label, send) => {
    const res = await send();
    const got = Object.fromEntries(Object.keys(SECURITY_HEADERS_DEFAULTS).map((name) => [name, res.headers.get(name)]));
    expect(got).toStrictEqual(SECURITY_HEADERS_DEFAULTS);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(res.headers.get("Access-Control-Allow-Credentials")).toBeNull();
    expect(res.status).toBeLessThan(500);
  });
});

describe("CORS preflight", () => {
  it.each([
    ["/api/v1/evaluate", "POST, OPTIONS"],
    ["/api/v1/evaluate/batch", "POST, OPTIONS"],
    ["/api/v1/stage", "GET, HEAD, OPTIONS"],
    ["/api/v1/calendar.ics", "GET, HEAD, OPTIONS"],
    ["/api/v1/badge.svg", "GET, HEAD, OPTIONS"],
    ["/api/v1/openapi.json", "GET, HEAD, OPTIONS"],
  ])("%s → 204 allowing %s", async (path, methods) => {
    const res = await api(path, {
      method: "OPTIONS",
      headers: {
        Origin: "https://clinic.example",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
      },
    });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
    expect({
      allow: res.headers.get("Allow"),
      origin: res.headers.get("Access-Control-Allow-Origin"),
      methods: res.headers.get("Access-Control-Allow-Methods"),
      headers: res.headers.get("Access-Control-Allow-Headers"),
      maxAge: res.headers.get("Access-Control-Max-Age"),
    }).toStrictEqual({
      allow: methods,
      origin: "*",
      methods,
      headers: "Content-Type, Accept, Accept-Language, If-None-Match",
      maxAge: "86400",
    });
  });
});

describe("unknown paths and methods", () => {
  it.each([
    "/api",
    "/api/",
    "/api/v1",
    "/api/v1/",
    "/api/v1/stages",
    "/api/v2/stage",
    "/api/v1/stage/extra",
    "/api/v1/%E0%A4%A",
  ])("%s → 404 problem+json", async (path) => {
    expect(await errorCodes(await api(path))).toStrictEqual({
      status: 404,
      errors: [{ field: "path", code: "unknown_path" }],
    });
  });

  it.each([
    ["GET", "/healthz/x"],
    ["GET", "/no-such-page/"],
    ["POST", "/no-such-page/"],
    ["HEAD", "/apiary/"],
  ])("%s %s (a site path, no file) → the site's 404, not problem+json, with HSTS", async (method, path) => {
    const res = await api(path, { method });
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Type") ?? "").not.toContain("problem+json");
    expect(res.headers.get("Strict-Transport-Security")).toBe(SECURITY_HEADERS_DEFAULTS["Strict-Transport-Security"]);
  });

  it("does not repeat the path back", async () => {
    const text = await (await api("/api/v1/%3Cscript%3Ealert(1)%3C%2Fscript%3E")).text();
    expect(text).not.toContain("script");
  });

  it.each([
    ["/api/v1/stage", "POST", "GET, HEAD, OPTIONS"],
    ["/api/v1/stage", "PUT", "GET, HEAD, OPTIONS"],
    ["/api/v1/evaluate", "GET", "POST, OPTIONS"],
    ["/api/v1/evaluate/batch", "DELETE", "POST, OPTIONS"],
    ["/api/v1/calendar.ics", "PATCH", "GET, HEAD, OPTIONS"],
    ["/api/v1/badge.svg", "POST", "GET, HEAD, OPTIONS"],
    ["/api/v1/openapi.json", "PUT", "GET, HEAD, OPTIONS"],
  ])("%s %s → 405 with Allow: %s", async (path, method, allow) => {
    const res = await api(path, { method });
    expect(res.headers.get("Allow")).toBe(allow);
    expect(await errorCodes(res)).toStrictEqual({
      status: 405,
      errors: [{ field: "method", code: "method_not_allowed" }],
    });
  });

  it("answers HEAD like GET without a body", async () => {
    const get = await api("/api/v1/stage?certificateExpiry=2026-03-15&today=2026-01-10");
    const head = await api("/api/v1/stage?certificateExpiry=2026-03-15&today=2026-01-10", { method: "HEAD" });
    expect([head.status, await head.text(), head.headers.get("ETag")]).toStrictEqual([
      200,
      "",
      get.headers.get("ETag"),
    ]);
  });

  it("speaks English in a 404 when asked", async () => {
    const res = await api("/api/nothing", { headers: { "Accept-Language": "en" } });
    expect(((await res.json()) as { title: string }).title).toBe("Not found");
  });
});
