import { describe, expect, it } from "vitest";
import { api } from "./helpers.ts";

describe("GET /healthz", () => {
  it("answers 200 {status:ok}, uncached", async () => {
    const res = await api("/healthz");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/json");
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(await res.json()).toStrictEqual({ status: "ok" });
  });

  it("answers HEAD without a body and refuses POST with 405", async () => {
    const head = await api("/healthz", { method: "HEAD" });
    expect([head.status, await head.text()]).toStrictEqual([200, ""]);
    const post = await api("/healthz", { method: "POST" });
    expect([post.status, post.headers.get("Allow")]).toStrictEqual([405, "GET, HEAD, OPTIONS"]);
  });
});
