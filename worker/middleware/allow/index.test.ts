import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "../../env.ts";
import { allow } from "./index.ts";

const app = new Hono<AppEnv>()
  .get("/thing", (c) => c.text("ok"))
  .all("/thing", allow("GET"))
  .post("/form", (c) => c.text("ok"))
  .all("/form", allow("POST"));

describe("allow", () => {
  it("answers a preflight with 204 and the path's methods", async () => {
    const res = await app.request("/form", { method: "OPTIONS" });
    expect(res.status).toBe(204);
    expect(Object.fromEntries(res.headers)).toStrictEqual({
      allow: "POST, OPTIONS",
      "access-control-allow-origin": "*",
      "access-control-allow-methods": "POST, OPTIONS",
      "access-control-allow-headers": "Content-Type, Accept, Accept-Language, If-None-Match",
      "access-control-max-age": "86400",
    });
  });

  it("answers another method with 405, Allow and a problem", async () => {
    const res = await app.request("/thing", { method: "DELETE" });
    expect(res.status).toBe(405);
    expect(res.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
    expect(res.headers.get("Content-Type")).toBe("application/problem+json; charset=utf-8");
    const body = (await res.json()) as { status: number; errors: unknown[] };
    expect(body.status).toBe(405);
    expect(body.errors).toStrictEqual([
      { field: "method", code: "method_not_allowed", message: "Allow ヘッダーにあるメソッドを使ってください。" },
    ]);
  });

  it("leaves the real handlers alone", async () => {
    expect(await (await app.request("/thing")).text()).toBe("ok");
    expect(await (await app.request("/form", { method: "POST" })).text()).toBe("ok");
  });
});
