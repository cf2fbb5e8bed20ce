import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SECURITY_HEADERS_DEFAULTS } from "../../worker/middleware/security-headers/index.ts";
import { applyHeaderRules, parseHeaders } from "./headers-rules.ts";

const applied = (text: string, path: string, initial: Record<string, string> = {}) => {
  const headers = new Headers(initial);
  applyHeaderRules(parseHeaders(text), path, headers);
  return Object.fromEntries(headers);
};

describe("_headers rules (Cloudflare static assets format)", () => {
  it("applies a splat rule to every path under it, and not beside it", () => {
    const text = "# comment\n/embed/*\n  X-A: 1\n";
    expect(applied(text, "/embed/")).toStrictEqual({ "x-a": "1" });
    expect(applied(text, "/embed/x/y.html")).toStrictEqual({ "x-a": "1" });
    expect(applied(text, "/embedded")).toStrictEqual({});
  });

  it("matches an exact path, and a placeholder as one segment", () => {
    const text = "/widget.js\n  X-A: 1\n/:lang/check/\n  X-B: 2\n";
    expect(applied(text, "/widget.js")).toStrictEqual({ "x-a": "1" });
    expect(applied(text, "/widget.jsx")).toStrictEqual({});
    expect(applied(text, "/en/check/")).toStrictEqual({ "x-b": "2" });
    expect(applied(text, "/a/b/check/")).toStrictEqual({});
  });

  it("joins a header two rules set, and `!` removes what an earlier rule set", () => {
    const text = "/*\n  X-A: 1\n  X-B: b\n/x/*\n  X-A: 2\n  ! X-B\n";
    expect(applied(text, "/x/y")).toStrictEqual({ "x-a": "1, 2" });
    expect(applied(text, "/y")).toStrictEqual({ "x-a": "1", "x-b": "b" });
  });

  it("replaces a default header of the asset layer rather than joining it", () => {
    expect(
      applied("/*\n  Cache-Control: no-cache\n", "/a", { "Cache-Control": "public, max-age=0, must-revalidate" }),
    ).toStrictEqual({
      "cache-control": "no-cache",
    });
  });

  it("reads the site's own file: HSTS on every page, the embed page frameable", () => {
    const text = readFileSync(new URL("../../site/public/_headers", import.meta.url), "utf8");
    const page = applied(text, "/en/check/");
    expect(page["strict-transport-security"]).toBe(SECURITY_HEADERS_DEFAULTS["Strict-Transport-Security"]);
    expect(applied(text, "/_astro/x.css")["strict-transport-security"]).toBe(
      SECURITY_HEADERS_DEFAULTS["Strict-Transport-Security"],
    );
    expect(page["x-frame-options"]).toBe("DENY");
    const embed = applied(text, "/embed/");
    expect(embed["x-frame-options"]).toBeUndefined();
    expect(embed["content-security-policy"]).toContain("frame-ancestors *");
  });
});
