import { env } from "cloudflare:test";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { RATE_LIMIT } from "#shared/limits/index.ts";
import type { AppEnv } from "../../env.ts";
import { clientKey, rateLimit } from "./index.ts";

// RATE_LIMITER_TEST (vitest.config.ts) allows 3 requests a minute per key. Miniflare's windows
// are aligned to the wall clock, so each sequence runs inside one minute.
const app = new Hono<AppEnv>()
  .use(rateLimit({ limiter: () => env.RATE_LIMITER_TEST }))
  .get("/", (c) => c.text("ok"))
  .options("/", (c) => c.body(null, 204));

const send = (ip: string, method = "GET") => app.request("/", { method, headers: { "CF-Connecting-IP": ip } }, env);

/** Runs `run` in one wall-clock minute: waits for the next one when fewer than 5 s are left. */
async function inOneWindow(run: () => Promise<void>): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 5_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
  const window = Math.floor(Date.now() / 60_000);
  await run();
  expect(Math.floor(Date.now() / 60_000)).toBe(window);
}

describe("rateLimit", { timeout: 20_000 }, () => {
  it("lets a client's first 3 requests through, then answers 429 with Retry-After", async () => {
    await inOneWindow(async () => {
      const ip = `198.51.100.${crypto.randomUUID()}`;
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await send(ip)).status);
      expect(statuses).toStrictEqual([200, 200, 200, 429, 429]);
      const refused = await send(ip);
      expect(refused.headers.get("Retry-After")).toBe(String(RATE_LIMIT.period));
      expect(refused.headers.get("Content-Type")).toBe("application/problem+json; charset=utf-8");
      expect(((await refused.json()) as { errors: unknown }).errors).toStrictEqual([
        { field: "request", code: "rate_limited", message: "しばらく待ってから送り直してください。" },
      ]);
    });
  });

  it("counts each client separately and does not count preflights", async () => {
    await inOneWindow(async () => {
      const a = `a-${crypto.randomUUID()}`;
      const b = `b-${crypto.randomUUID()}`;
      for (let i = 0; i < 5; i++) expect((await send(a, "OPTIONS")).status).toBe(204);
      for (let i = 0; i < 3; i++) expect((await send(a)).status).toBe(200);
      expect((await send(a)).status).toBe(429);
      expect((await send(b)).status).toBe(200);
    });
  });

  it("lets requests through when the limiter fails or is not bound", async () => {
    const broken = { limit: () => Promise.reject(new Error("down")) } as unknown as RateLimit;
    const failing = new Hono<AppEnv>().use(rateLimit({ limiter: () => broken })).get("/", (c) => c.text("ok"));
    expect((await failing.request("/", {}, env)).status).toBe(200);
    const unbound = new Hono<AppEnv>().use(rateLimit({ limiter: () => undefined })).get("/", (c) => c.text("ok"));
    expect((await unbound.request("/", {}, env)).status).toBe(200);
  });

  it("keys by a hash that does not contain the address", async () => {
    let key = "";
    const limit = async (options: { key: string }) => {
      key = options.key;
      return { success: true };
    };
    const spy = { limit } as unknown as RateLimit;
    const spied = new Hono<AppEnv>().use(rateLimit({ limiter: () => spy })).get("/", (c) => c.text("ok"));
    await spied.request("/", { headers: { "CF-Connecting-IP": "203.0.113.7" } }, env);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(key).not.toContain("203");
    const again = await clientKey({ req: { header: () => "203.0.113.7" } } as never);
    expect(again).toBe(key);
  });
});
