import { describe, expect, it } from "vitest";
import { errorCodes, postJson } from "./helpers.ts";

const BATCH = "/api/v1/evaluate/batch";

type Result = { stage?: string; certificate?: { expiresOn: string }; index?: number; error?: { status: number; type: string; errors: { field: string; code: string; message: string }[] } };

describe("POST /api/v1/evaluate/batch", () => {
  it("answers 1,000 items in order, each like POST /evaluate", async () => {
    const items = Array.from({ length: 1_000 }, (_, i) => ({ certificateExpiry: `20${26 + (i % 10)}-03-15`, today: "2026-01-10" }));
    const res = await postJson(BATCH, { items });
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const { results } = (await res.json()) as { results: Result[] };
    expect(results.length).toBe(1_000);
    expect(results.map((r) => r.certificate!.expiresOn)).toStrictEqual(items.map((item) => item.certificateExpiry));
    const single = await (await postJson("/api/v1/evaluate", items[0])).json();
    expect(results[0]).toStrictEqual(single);
  });

  it("puts an error in place of a bad item without failing the batch", async () => {
    const res = await postJson(BATCH, {
      items: [
        { certificateExpiry: "2026-03-15", today: "2026-01-10" },
        { certificateExpiry: "2025-02-30" },
        "not an object",
        { certificateExpiry: "2026-03-15", extra: "x" },
        { certificateExpiry: "2026-03-15\u0007" },
        { certificateExpiry: "2026-03-15", today: "2026-07-01", lang: "en" },
      ],
    });
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as { results: Result[] };
    expect(results[0]!.stage).toBe("renewal");
    expect(results[5]!.stage).toBe("lapsed");
    const errors = results.filter((r) => r.error).map((r) => ({ index: r.index, status: r.error!.status, errors: r.error!.errors.map(({ field, code }) => ({ field, code })) }));
    expect(errors).toStrictEqual([
      { index: 1, status: 400, errors: [{ field: "certificateExpiry", code: "not_a_real_date" }] },
      { index: 2, status: 400, errors: [{ field: "item", code: "item_not_an_object" }] },
      { index: 3, status: 400, errors: [{ field: "extra", code: "unknown_field" }] },
      { index: 4, status: 400, errors: [{ field: "certificateExpiry", code: "control_character" }] },
    ]);
    expect(results[1]!.error!.type).toBe("tag:myna-expiry,2026:problem:invalid-input");
  });

  it("writes each item in its own lang, else the batch's", async () => {
    const res = await postJson(BATCH, { lang: "en", items: [{ certificateExpiry: "x" }, { certificateExpiry: "x", lang: "ja" }] });
    const { results } = (await res.json()) as { results: Result[] };
    expect(results.map((r) => r.error!.errors[0]!.message.startsWith("The"))).toStrictEqual([true, false]);
  });

  it("accepts an empty list", async () => {
    const res = await postJson(BATCH, { items: [] });
    expect([res.status, await res.json()]).toStrictEqual([200, { results: [] }]);
  });

  it.each([
    ["no items", {}, 400, [{ field: "items", code: "items_required" }]],
    ["items not a list", { items: { a: 1 } }, 400, [{ field: "items", code: "items_required" }]],
    ["an unknown envelope field", { items: [], mode: "fast" }, 400, [{ field: "mode", code: "unknown_field" }]],
    ["an unsupported lang", { items: [], lang: "xx" }, 400, [{ field: "lang", code: "unsupported_lang" }]],
    ["5,001 items", { items: Array.from({ length: 5_001 }, () => ({})) }, 413, [{ field: "items", code: "too_many_items" }]],
    ["a body over 1 MiB", { items: [{ certificateExpiry: "x".repeat(1_100_000) }] }, 413, [{ field: "body", code: "body_too_large" }]],
  ])("refuses %s", async (_label, body, status, errors) => {
    expect(await errorCodes(await postJson(BATCH, body))).toStrictEqual({ status, errors });
  });

  it("accepts 5,000 items", async () => {
    const res = await postJson(BATCH, { items: Array.from({ length: 5_000 }, () => ({ certificateExpiry: "2026-03-15", today: "2026-01-10" })) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { results: unknown[] }).results.length).toBe(5_000);
  });
});
