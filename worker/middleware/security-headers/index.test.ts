import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { SECURITY_HEADERS_DEFAULTS, securityHeaders } from "./index.ts";

describe("securityHeaders", () => {
  it("sets every default header, on success and on error responses alike", async () => {
    const app = new Hono()
      .use(securityHeaders())
      .get("/ok", (c) => c.text("ok"))
      .get("/boom", () => {
        throw new Error("boom");
      });
    app.onError((_e, c) => c.text("err", 500));
    for (const path of ["/ok", "/boom", "/missing"]) {
      const res = await app.request(path);
      const got = Object.fromEntries(
        Object.keys(SECURITY_HEADERS_DEFAULTS).map((name) => [name, res.headers.get(name)]),
      );
      expect(got).toStrictEqual(SECURITY_HEADERS_DEFAULTS);
    }
  });

  it("has a CSP that allows nothing and no framing", () => {
    expect(SECURITY_HEADERS_DEFAULTS["Content-Security-Policy"]).toBe(
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  it("applies overrides, and removes a header overridden with an empty string", async () => {
    const app = new Hono()
      .use(securityHeaders({ "X-Frame-Options": "", "Referrer-Policy": "same-origin" }))
      .get("/", (c) => c.text("ok"));
    const res = await app.request("/");
    expect(res.headers.get("X-Frame-Options")).toBeNull();
    expect(res.headers.get("Referrer-Policy")).toBe("same-origin");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });
});
