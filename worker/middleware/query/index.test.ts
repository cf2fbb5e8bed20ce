import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "../../env.ts";
import { query } from "./index.ts";

const app = new Hono<AppEnv>().get("/", query(), (c) => c.json({ query: { ...c.get("query") }, lang: c.get("lang") }));

const codes = async (res: Response) =>
  ((await res.json()) as { errors: { field: string; code: string }[] }).errors.map(({ field, code }) => ({
    field,
    code,
  }));

describe("query", () => {
  it("gives one value per name and the language", async () => {
    const res = await app.request("/?a=1&b=%E4%BB%A4%E5%92%8C&lang=en");
    expect(await res.json()).toStrictEqual({ query: { a: "1", b: "令和", lang: "en" }, lang: "en" });
  });

  it("takes the language from Accept-Language when the query names none", async () => {
    const res = await app.request("/?a=1", { headers: { "Accept-Language": "en-GB,en;q=0.9" } });
    expect(((await res.json()) as { lang: string }).lang).toBe("en");
  });

  it("refuses a repeated name, naming it", async () => {
    const res = await app.request("/?a=1&a=2&b=1&b=3");
    expect(res.status).toBe(400);
    expect(await codes(res)).toStrictEqual([
      { field: "a", code: "repeated_parameter" },
      { field: "b", code: "repeated_parameter" },
    ]);
  });

  it("refuses control characters", async () => {
    const res = await app.request("/?a=2026-03-15%0A&b=%E2%80%AE1");
    expect(res.status).toBe(400);
    expect(await codes(res)).toStrictEqual([
      { field: "a", code: "control_character" },
      { field: "b", code: "control_character" },
    ]);
  });

  it("refuses an overlong query with 414", async () => {
    const res = await app.request("/?a=" + "1".repeat(3_000));
    expect(res.status).toBe(414);
    expect(await codes(res)).toStrictEqual([{ field: "query", code: "query_too_long" }]);
  });
});
