// The rate limit has one home in code (RATE_LIMIT) and one that Cloudflare reads (wrangler.toml
// `[[ratelimits]] simple`, which `npm start` copies): neither can import the other, so this
// test holds them, and README's sentence, together. The OpenAPI document and the 429's
// Retry-After take RATE_LIMIT itself (scripts/openapi/document.ts, worker/middleware/rate-limit).
import { readFileSync } from "node:fs";
import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";
import { RATE_LIMIT, rateLimitText } from "./index.ts";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const wrangler = parse(read("../../wrangler.toml")) as {
  ratelimits?: { name: string; simple?: { limit: number; period: number } }[];
};

describe("RATE_LIMIT (shared/limits) and wrangler.toml", () => {
  it("say the same budget: change [[ratelimits]] simple in wrangler.toml and RATE_LIMIT together", () => {
    const binding = wrangler.ratelimits?.find((r) => r.name === "RATE_LIMITER");
    // (smol-toml's tables have no prototype: compare their entries.)
    expect(
      { ...binding?.simple },
      "wrangler.toml [[ratelimits]] RATE_LIMITER simple = RATE_LIMIT in shared/limits/index.ts",
    ).toStrictEqual({ ...RATE_LIMIT });
  });

  it("README's API section quotes it: edit its **Rate limit.** sentence with them", () => {
    expect(read("../../README.md"), `README.md: "**Rate limit.** ${rateLimitText()} per client"`).toContain(
      `**Rate limit.** ${rateLimitText()} per client`,
    );
  });

  it("words periods as the documents do", () => {
    expect(rateLimitText()).toBe(`${RATE_LIMIT.limit.toLocaleString("en")} requests a minute`);
    expect(rateLimitText({ limit: 1200, period: 60 })).toBe("1,200 requests a minute");
    expect(rateLimitText({ limit: 100, period: 600 })).toBe("100 requests every 10 minutes");
    expect(rateLimitText({ limit: 10, period: 10 })).toBe("10 requests every 10 seconds");
  });
});
