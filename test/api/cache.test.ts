import { describe, expect, it } from "vitest";
import { secondsUntilTokyoMidnight } from "#shared/rules/today.ts";
import { api } from "./helpers.ts";

const EXPLICIT = "/api/v1/stage?certificateExpiry=2026-03-15&today=2026-01-10";
const IMPLICIT = "/api/v1/stage?certificateExpiry=2026-03-15";

describe("caching of GET answers", () => {
  it("keeps an answer for an explicit day for a day, with a strong ETag", async () => {
    const res = await api(EXPLICIT);
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=86400");
    expect(res.headers.get("ETag")).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(res.headers.get("Vary")).toBe("Accept-Language");
  });

  it("keeps today's answer only until the next midnight in Tokyo", async () => {
    const before = secondsUntilTokyoMidnight(Date.now());
    const res = await api(IMPLICIT);
    const after = secondsUntilTokyoMidnight(Date.now());
    const maxAge = Number(res.headers.get("Cache-Control")!.match(/^public, max-age=(\d+)$/)![1]);
    expect(maxAge).toBeLessThanOrEqual(Math.max(before, after));
    expect(maxAge).toBeGreaterThanOrEqual(Math.min(before, after));
  });

  it("answers 304 with no body to a matching If-None-Match, and 200 otherwise", async () => {
    const first = await api(EXPLICIT);
    const etag = first.headers.get("ETag")!;
    const body = await first.text();
    for (const header of [etag, `W/${etag}`, `"nope", ${etag}`, "*"]) {
      const res = await api(EXPLICIT, { headers: { "If-None-Match": header } });
      expect([res.status, await res.text(), res.headers.get("ETag"), res.headers.get("Cache-Control")]).toStrictEqual([
        304,
        "",
        etag,
        "public, max-age=86400",
      ]);
      expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    }
    const stale = await api(EXPLICIT, { headers: { "If-None-Match": '"stale"' } });
    expect([stale.status, await stale.text()]).toStrictEqual([200, body]);
  });

  it("gives different ETags to different languages of the same answer", async () => {
    const ja = (await api(EXPLICIT)).headers.get("ETag");
    const en = (await api(EXPLICIT, { headers: { "Accept-Language": "en" } })).headers.get("ETag");
    expect(en).not.toBe(ja);
  });

  it("never caches errors or POST answers", async () => {
    expect((await api("/api/v1/stage?certificateExpiry=x")).headers.get("Cache-Control")).toBe("no-store");
    expect((await api("/api/v1/stage?certificateExpiry=x")).headers.get("ETag")).toBeNull();
  });

  it("caches the OpenAPI document for an hour", async () => {
    const res = await api("/api/v1/openapi.json");
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=3600");
    const again = await api("/api/v1/openapi.json", { headers: { "If-None-Match": res.headers.get("ETag")! } });
    expect(again.status).toBe(304);
  });
});
