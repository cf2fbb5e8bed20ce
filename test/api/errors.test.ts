import { describe, expect, it } from "vitest";
import app from "../../worker/index.ts";

describe("the last line of defence (onError)", () => {
  it("answers a bug (here: no bindings at all) with a problem+json 500 that says nothing more", async () => {
    // Without an env the rate limiter cannot be looked up: a bug no request can cause.
    const res = await app.request("/api/v1/stage?certificateExpiry=2026-03-15", {
      headers: { "Accept-Language": "en" },
    });
    expect(res.status).toBe(500);
    expect(res.headers.get("Content-Type")).toBe("application/problem+json; charset=utf-8");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(await res.json()).toStrictEqual({
      type: "tag:myna-expiry,2026:problem:internal",
      title: "Something went wrong on our side",
      status: 500,
      detail: "Please try again later.",
      errors: [{ field: "request", code: "internal_error", message: "Please try again later." }],
    });
  });
});
