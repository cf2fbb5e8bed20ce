import { describe, expect, it } from "vitest";
import { RATE_LIMIT } from "#shared/limits/index.ts";
import { api } from "./helpers.ts";

// The production binding (wrangler.toml, the same as RATE_LIMIT: shared/limits/rate-limit.test.ts).
// Miniflare's windows are aligned to the wall clock, so the run waits for a fresh window when
// the one under way might end before limit + 1 requests are through (estimated from the pace of
// a few warm-up requests).
const WINDOW_MS = RATE_LIMIT.period * 1000;
const { limit } = RATE_LIMIT;

async function startInAFreshEnoughWindow() {
  const started = Date.now();
  for (let i = 0; i < 20; i++) await api("/api/v1/none");
  const estimate = ((Date.now() - started) / 20) * (limit + 1) * 1.5 + 1_000;
  const left = WINDOW_MS - (Date.now() % WINDOW_MS);
  if (left < estimate) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

describe("rate limiting of /api/*", () => {
  it("refuses a client's request over the budget (the 601st in a minute) with 429, Retry-After and problem+json", async () => {
    await startInAFreshEnoughWindow();
    const window = Math.floor(Date.now() / WINDOW_MS);
    const ip = `203.0.113.${crypto.randomUUID()}`;
    const statuses: number[] = [];
    for (let i = 0; i <= limit; i++)
      statuses.push((await api("/api/v1/none", { headers: { "CF-Connecting-IP": ip } })).status);
    const last = await api("/api/v1/stage?certificateExpiry=2026-03-15", {
      headers: { "CF-Connecting-IP": ip, "Accept-Language": "en" },
    });
    expect(Math.floor(Date.now() / WINDOW_MS)).toBe(window); // else the estimate above was wrong
    expect(statuses.slice(0, limit).every((s) => s === 404)).toBe(true);
    expect(statuses[limit]).toBe(429);
    expect(last.status).toBe(429);
    expect(last.headers.get("Retry-After")).toBe(String(RATE_LIMIT.period));
    expect(last.headers.get("Content-Type")).toBe("application/problem+json; charset=utf-8");
    expect(last.headers.get("Access-Control-Allow-Origin")).toBe("*");
    const problem = (await last.json()) as { status: number; title: string; errors: { field: string; code: string }[] };
    expect([problem.status, problem.title, problem.errors.map((e) => e.code)]).toStrictEqual([
      429,
      "Too many requests",
      ["rate_limited"],
    ]);
    // Another client is unaffected, and /healthz is never limited.
    expect((await api("/api/v1/stage?certificateExpiry=2026-03-15")).status).toBe(200);
    expect((await api("/healthz", { headers: { "CF-Connecting-IP": ip } })).status).toBe(200);
  }, 150_000);

  it("counts a batch of 1,000 as one request", async () => {
    const ip = `batch-${crypto.randomUUID()}`;
    const items = Array.from({ length: 1_000 }, () => ({ certificateExpiry: "2026-03-15" }));
    const res = await api("/api/v1/evaluate/batch", {
      method: "POST",
      headers: { "Content-Type": "application/json", "CF-Connecting-IP": ip },
      body: JSON.stringify({ texts: false, items }),
    });
    expect(res.status).toBe(200);
    expect(
      (await api("/api/v1/stage?certificateExpiry=2026-03-15", { headers: { "CF-Connecting-IP": ip } })).status,
    ).toBe(200);
  });
});
