import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { cors, preflightHeaders } from "./index.ts";

describe("cors", () => {
  it("lets any origin read the answer, without credentials", async () => {
    const app = new Hono().use(cors()).get("/", (c) => c.text("ok"));
    const res = await app.request("/", { headers: { Origin: "https://clinic.example" } });
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(res.headers.get("Access-Control-Allow-Credentials")).toBeNull();
    expect(res.headers.get("Access-Control-Expose-Headers")).toBe(
      "ETag, Retry-After, Content-Disposition, Content-Language",
    );
  });

  it("builds preflight headers for a method list", () => {
    expect(preflightHeaders(["POST", "OPTIONS"])).toStrictEqual({
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Methods": "POST, OPTIONS",
      "Access-Control-Allow-Headers": "Content-Type, Accept, Accept-Language, If-None-Match",
      "Access-Control-Max-Age": "86400",
    });
  });
});
