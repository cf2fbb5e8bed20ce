import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createApiClient } from "../../worker/client.ts";
import { ORIGIN } from "./helpers.ts";

// The typed client the site and the widget use: route and field names are checked by tsc
// (npm run typecheck), and here it talks to the real Worker.
const client = createApiClient(ORIGIN, {
  fetch: (input: RequestInfo | URL, init?: RequestInit) => SELF.fetch(input, init),
});

describe("worker/client.ts (hono/client over AppType)", () => {
  it("asks for a stage with typed query fields and reads a typed result", async () => {
    const res = await client.api.v1.stage.$get({
      query: { certificateExpiry: "2026-03-15", today: "2026-01-10", lang: "en" },
    });
    expect(res.status).toBe(200);
    if (!res.ok) throw new Error("unexpected");
    const body = await res.json();
    const stage: "valid" | "renewal" | "grace" | "lapsed" = body.stage;
    expect([stage, body.certificate.graceEndsOn, body.lang]).toStrictEqual(["renewal", "2026-06-30", "en"]);
  });

  it("types the counter days (R-COUNTER-1): 2026-03-15 is a Sunday", async () => {
    const res = await client.api.v1.stage.$get({ query: { certificateExpiry: "2026-03-15", today: "2026-01-10" } });
    if (!res.ok) throw new Error("unexpected");
    const body = await res.json();
    const days: [string, string, string, string | null] = [
      body.certificate.lastCounterDay,
      body.certificate.firstCounterDay,
      body.certificate.graceLastCounterDay,
      body.text.lastCounterDay,
    ];
    expect(days).toStrictEqual([
      "2026-03-13",
      "2025-12-16",
      "2026-06-30",
      "窓口で手続きできる最後の日は2026年3月13日（金）です。",
    ]);
  });

  it("posts a typed evaluate body and a batch", async () => {
    const one = await client.api.v1.evaluate.$post({
      json: { birthDate: "昭和60年11月14日", cardExpiry: "2031-11-14", today: "2026-01-10" },
    });
    expect(one.status).toBe(200);
    const batch = await client.api.v1.evaluate.batch.$post({
      json: { items: [{ certificateExpiry: "2026-03-15" }, { certificateExpiry: "x" }] },
    });
    const { results } = (await batch.json()) as { results: ({ stage: string } | { index: number })[] };
    expect(results.map((r) => ("stage" in r ? "ok" : r.index))).toStrictEqual(["ok", 1]);
  });

  it("builds URLs for the image and the calendar", () => {
    expect(client.api.v1["badge.svg"].$url({ query: { certificateExpiry: "2026-03-15" } }).toString()).toBe(
      `${ORIGIN}/api/v1/badge.svg?certificateExpiry=2026-03-15`,
    );
    expect(
      client.api.v1["calendar.ics"].$url({ query: { certificateExpiry: "2026-03-15", lang: "en" } }).toString(),
    ).toBe(`${ORIGIN}/api/v1/calendar.ics?certificateExpiry=2026-03-15&lang=en`);
  });
});
