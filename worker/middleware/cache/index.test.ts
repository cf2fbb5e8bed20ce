import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "../../env.ts";
import { cache, entityTag, noneMatch } from "./index.ts";

describe("entityTag and noneMatch", () => {
  it("is a quoted, stable hash of the bytes", async () => {
    const a = await entityTag(new TextEncoder().encode("hello").buffer as ArrayBuffer);
    expect(a).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(await entityTag(new TextEncoder().encode("hello").buffer as ArrayBuffer)).toBe(a);
    expect(await entityTag(new TextEncoder().encode("hellp").buffer as ArrayBuffer)).not.toBe(a);
  });

  it("compares weakly, handles lists and *", () => {
    expect(noneMatch(undefined, '"x"')).toBe(true);
    expect(noneMatch('"x"', '"x"')).toBe(false);
    expect(noneMatch('W/"x"', '"x"')).toBe(false);
    expect(noneMatch('"a", "x"', '"x"')).toBe(false);
    expect(noneMatch("*", '"x"')).toBe(false);
    expect(noneMatch('"y"', '"x"')).toBe(true);
  });
});

describe("cache", () => {
  const app = new Hono<AppEnv>()
    .get("/fixed", cache({ maxAge: () => 123 }), (c) => c.json({ a: 1 }))
    .get("/error", cache({ maxAge: () => 123 }), (c) => c.json({ e: 1 }, 400));

  it("adds ETag, Cache-Control and Vary to a 200, and answers 304 to a matching If-None-Match", async () => {
    const first = await app.request("/fixed");
    const etag = first.headers.get("ETag")!;
    expect([first.status, first.headers.get("Cache-Control"), first.headers.get("Vary")]).toStrictEqual([
      200,
      "public, max-age=123",
      "Accept-Language",
    ]);
    expect(await first.json()).toStrictEqual({ a: 1 });
    const second = await app.request("/fixed", { headers: { "If-None-Match": etag } });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe("");
    expect(second.headers.get("ETag")).toBe(etag);
    expect(second.headers.get("Cache-Control")).toBe("public, max-age=123");
    const other = await app.request("/fixed", { headers: { "If-None-Match": '"other"' } });
    expect(other.status).toBe(200);
  });

  it("leaves other statuses alone", async () => {
    const res = await app.request("/error");
    expect([res.status, res.headers.get("ETag"), res.headers.get("Cache-Control")]).toStrictEqual([400, null, null]);
  });
});

describe("cache memo", () => {
  function counting(options: Parameters<typeof cache>[0] = {}) {
    let calls = 0;
    const app = new Hono<AppEnv>().get(
      "/a",
      async (c, next) => {
        c.set("lang", c.req.header("Accept-Language") === "en" ? "en" : "ja");
        c.set("query", Object.fromEntries(new URL(c.req.url).searchParams));
        await next();
      },
      cache(options),
      (c) => c.json({ n: ++calls, q: c.req.query("q") ?? null }),
    );
    return { app, calls: () => calls };
  }

  it("serves a repeated question without running the handler, with the same bytes and ETag", async () => {
    const { app, calls } = counting();
    const first = await app.request("/a?q=1&today=2026-01-10");
    const second = await app.request("/a?q=1&today=2026-01-10");
    expect(calls()).toBe(1);
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get("ETag")).toBe(first.headers.get("ETag"));
    expect(second.headers.get("Content-Type")).toBe("application/json");
    const revalidated = await app.request("/a?q=1&today=2026-01-10", {
      headers: { "If-None-Match": first.headers.get("ETag")! },
    });
    expect([revalidated.status, calls()]).toStrictEqual([304, 1]);
  });

  it("keys by URL, language and (without today) the day", async () => {
    let day = "d1";
    const { app, calls } = counting({ memoKey: () => day });
    await app.request("/a?q=1");
    await app.request("/a?q=2");
    await app.request("/a?q=1", { headers: { "Accept-Language": "en" } });
    expect(calls()).toBe(3);
    await app.request("/a?q=1");
    expect(calls()).toBe(3);
    day = "d2";
    await app.request("/a?q=1");
    expect(calls()).toBe(4);
  });

  it("forgets the least recently used answer beyond memoEntries, and keeps nothing with 0", async () => {
    const { app, calls } = counting({ memoEntries: 2 });
    for (const q of ["1", "2", "1", "3", "1", "2"]) await app.request(`/a?q=${q}&today=x`);
    // 1, 2 computed; 1 kept; 3 computed (evicts 2); 1 kept; 2 computed again.
    expect(calls()).toBe(4);
    const none = counting({ memoEntries: 0 });
    for (let i = 0; i < 3; i++) await none.app.request("/a?q=1&today=x");
    expect(none.calls()).toBe(3);
  });
});
