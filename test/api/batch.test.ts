import { describe, expect, it } from "vitest";
import { LANGS } from "#shared/lang/index.ts";
import {
  MAX_BATCH_BODY_BYTES,
  MAX_BATCH_ITEMS,
  MAX_BATCH_ITEMS_WITH_TEXTS,
  MAX_BATCH_LANGS_WITH_TEXTS,
} from "#shared/limits/index.ts";
import { PlainDate } from "#shared/rules/plain-date.ts";
import type { Evaluation, PresentedEvaluation } from "#shared/rules/result.ts";
import { errorCodes, postJson, problemOf } from "./helpers.ts";

const BATCH = "/api/v1/evaluate/batch";

type Result = {
  stage?: string;
  certificate?: { expiresOn: string };
  index?: number;
  error?: { status: number; type: string; errors: { field: string; code: string; message: string }[] };
};

describe("POST /api/v1/evaluate/batch", () => {
  it(`answers ${MAX_BATCH_ITEMS_WITH_TEXTS} items with texts in order, each like POST /evaluate`, async () => {
    const items = Array.from({ length: MAX_BATCH_ITEMS_WITH_TEXTS }, (_, i) => ({
      certificateExpiry: `20${26 + (i % 10)}-03-15`,
      today: "2026-01-10",
    }));
    const res = await postJson(BATCH, { items });
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const { results } = (await res.json()) as { results: Result[] };
    expect(results.length).toBe(MAX_BATCH_ITEMS_WITH_TEXTS);
    expect(results.map((r) => r.certificate!.expiresOn)).toStrictEqual(items.map((item) => item.certificateExpiry));
    const single = await (await postJson("/api/v1/evaluate", items[0])).json();
    expect(results[0]).toStrictEqual(single);
  });

  describe('"texts": false (compact, for bulk callers)', () => {
    const items = [
      { birthDate: "昭和60年11月14日", cardExpiry: "2031-11-14", today: "2026-01-10" },
      { certificateExpiry: "2026-03-15", today: "2026-01-10", lang: "en" },
      { certificateExpiry: "2025-02-30" },
    ];

    it("leaves out every sentence and the derivable timeline; dates, stage, codes and caveats stay", async () => {
      const full = ((await (await postJson(BATCH, { items })).json()) as { results: Record<string, unknown>[] })
        .results;
      const res = await postJson(BATCH, { texts: false, items });
      expect(res.status).toBe(200);
      const { results } = (await res.json()) as { results: Record<string, unknown>[] };
      for (const [i, result] of results.slice(0, 2).entries()) {
        const { text: _text, lang: _lang, timeline: _timeline, ...rest } = full[i]!;
        expect(result).toStrictEqual(rest);
        expect(Object.keys(result)).not.toContain("text");
      }
      // A bad item still says what is wrong, in words: the caller must be able to fix it.
      expect(results[2]).toStrictEqual(full[2]);
    });

    it("carries the 「窓口へ」 reminder date, so the list page needs no holiday calendar (R-COUNTER-1)", async () => {
      const { results } = (await (await postJson(BATCH, { texts: false, items })).json()) as {
        results: Omit<Evaluation, "timeline">[];
      };
      // 2026-03-15 is a Sunday: the last counter day is Friday 03-13, 「窓口へ」 the Friday before.
      expect(results[1]!.certificate).toMatchObject({ lastCounterDay: "2026-03-13", counterReminderDay: "2026-03-06" });
    });

    it("keeps every timeline date in certificate and card (R-INS-2, R-INS-4: grace starts and lapse the day after)", async () => {
      const full = (
        (await (await postJson(BATCH, { items: items.slice(0, 1) })).json()) as { results: PresentedEvaluation[] }
      ).results[0]!;
      const compact = (
        (await (await postJson(BATCH, { texts: false, items: items.slice(0, 1) })).json()) as {
          results: Omit<Evaluation, "timeline">[];
        }
      ).results[0]!;
      const dayAfter = (iso: string) => PlainDate.fromIso(iso).add({ days: 1 }).toString();
      const known = new Set([
        ...Object.values(compact.certificate),
        compact.card!.expiresOn,
        compact.card!.renewalOpensOn,
        dayAfter(compact.certificate.expiresOn),
        dayAfter(compact.certificate.graceEndsOn),
      ]);
      for (const milestone of full.timeline) expect(known).toContain(milestone.date);
    });

    it(`answers ${MAX_BATCH_ITEMS.toLocaleString("en")} items in under a quarter of the bytes with texts`, async () => {
      const many = Array.from({ length: MAX_BATCH_ITEMS }, (_, i) => ({
        birthDate: `${1950 + (i % 45)}-05-${String(1 + (i % 28)).padStart(2, "0")}`,
        cardExpiry: `${2028 + (i % 7)}-05-${String(1 + (i % 28)).padStart(2, "0")}`,
        today: "2026-01-10",
      }));
      const compact = await postJson(BATCH, { texts: false, items: many });
      expect(compact.status).toBe(200);
      const compactBytes = (await compact.arrayBuffer()).byteLength;
      const fullBytes = (
        await (await postJson(BATCH, { items: many.slice(0, MAX_BATCH_ITEMS_WITH_TEXTS) })).arrayBuffer()
      ).byteLength;
      expect(compactBytes / MAX_BATCH_ITEMS).toBeLessThan(fullBytes / MAX_BATCH_ITEMS_WITH_TEXTS / 4);
    });

    it(`refuses texts over ${MAX_BATCH_ITEMS_WITH_TEXTS} items with a 413 that names the bound and the compact mode`, async () => {
      const many = Array.from({ length: MAX_BATCH_ITEMS_WITH_TEXTS + 1 }, () => ({ certificateExpiry: "2026-03-15" }));
      const res = await postJson(BATCH, { items: many }, { "Accept-Language": "en" });
      const problem = await problemOf(res);
      expect([res.status, problem.errors.map(({ field, code }) => ({ field, code }))]).toStrictEqual([
        413,
        [{ field: "items", code: "too_many_items_with_texts" }],
      ]);
      expect(problem.errors[0]!.message).toContain(String(MAX_BATCH_ITEMS_WITH_TEXTS));
      expect(problem.errors[0]!.message).toContain('"texts": false');
      expect((await postJson(BATCH, { items: many, texts: true })).status).toBe(413);
      expect((await postJson(BATCH, { items: many, texts: false })).status).toBe(200);
    });
  });

  describe(`with texts, at most ${MAX_BATCH_LANGS_WITH_TEXTS} languages: the batch's own and its items'`, () => {
    // The batch's own language first, then the others of LANGS (ja, the default, among them).
    const others = LANGS.filter((l) => l !== "en");
    /** `count` items that name `langs` in turn (null: an item that names none). */
    const itemsIn = (langs: (string | null)[], count = MAX_BATCH_ITEMS_WITH_TEXTS) =>
      Array.from({ length: count }, (_, i) => ({
        certificateExpiry: "2026-03-15",
        today: "2026-01-10",
        ...(langs[i % langs.length] ? { lang: langs[i % langs.length] } : {}),
      }));
    const atBound = itemsIn([null, ...others.slice(0, MAX_BATCH_LANGS_WITH_TEXTS - 1)]);
    const overBound = itemsIn([null, ...others.slice(0, MAX_BATCH_LANGS_WITH_TEXTS)]);

    it(`answers ${MAX_BATCH_ITEMS_WITH_TEXTS} items in ${MAX_BATCH_LANGS_WITH_TEXTS} languages, each in its own`, async () => {
      const res = await postJson(BATCH, { lang: "en", items: atBound });
      expect(res.status).toBe(200);
      const { results } = (await res.json()) as { results: { lang: string }[] };
      expect(results.map((r) => r.lang)).toStrictEqual(atBound.map((item) => item.lang ?? "en"));
    });

    it(`refuses ${MAX_BATCH_LANGS_WITH_TEXTS + 1} with a 413 that names the bound, one batch per language and the compact mode`, async () => {
      const res = await postJson(BATCH, { lang: "en", items: overBound });
      const problem = await problemOf(res);
      expect([res.status, problem.errors.map(({ field, code }) => ({ field, code }))]).toStrictEqual([
        413,
        [{ field: "items", code: "too_many_langs_with_texts" }],
      ]);
      expect(problem.errors[0]!.message).toContain(`at most ${MAX_BATCH_LANGS_WITH_TEXTS} languages`);
      expect(problem.errors[0]!.message).toContain("one batch per language");
      expect(problem.errors[0]!.message).toContain('"texts": false');
      expect((await postJson(BATCH, { lang: "en", texts: false, items: overBound })).status).toBe(200);
    });

    it("does not count the batch's own language when every item names its own", async () => {
      // The session 6 review: two named languages were refused as three, the batch's default
      // (Accept-Language, else ja) counted though no item was worded in it.
      const named = LANGS.slice(-MAX_BATCH_LANGS_WITH_TEXTS);
      const items = itemsIn(named, named.length);
      for (const res of [
        await postJson(BATCH, { items }), // ja, the default
        await postJson(BATCH, { items }, { "Accept-Language": "en-US" }),
        await postJson(BATCH, { items, lang: "en" }),
        await postJson(`${BATCH}?lang=en`, { items }),
      ]) {
        expect(res.status).toBe(200);
        const { results } = (await res.json()) as { results: { lang: string }[] };
        expect(results.map((r) => r.lang)).toStrictEqual(named);
      }
    });

    it("counts the batch's own language once an item is worded in it", async () => {
      const named = LANGS.slice(-MAX_BATCH_LANGS_WITH_TEXTS);
      const worded = [
        { certificateExpiry: "2026-03-15" }, // names no language
        "2026-03-15", // not an object: its error is in the batch's language
      ];
      for (const extra of worded) {
        const items = [...itemsIn(named, named.length), extra];
        const res = await postJson(BATCH, { items }, { "Accept-Language": "en-US" });
        const problem = await problemOf(res);
        expect([res.status, problem.errors.map(({ code }) => code)]).toStrictEqual([
          413,
          ["too_many_langs_with_texts"],
        ]);
        expect(problem.errors[0]!.message).toContain(`at most ${MAX_BATCH_LANGS_WITH_TEXTS} languages`);
        // One of the items' languages as the batch's: two in all.
        expect((await postJson(BATCH, { items, lang: named[0] })).status).toBe(200);
      }
    });

    it("does not count an item's unknown lang (that item's error is in the batch's language)", async () => {
      const items = [...atBound.slice(0, MAX_BATCH_LANGS_WITH_TEXTS), { certificateExpiry: "2026-03-15", lang: "xx" }];
      const res = await postJson(BATCH, { lang: "en", items });
      expect(res.status).toBe(200);
      const { results } = (await res.json()) as { results: Result[] };
      expect(results.at(-1)!.error!.errors.map(({ field, code }) => ({ field, code }))).toStrictEqual([
        { field: "lang", code: "unsupported_lang" },
      ]);
    });

    it("answers alike whatever this isolate has loaded already: the bound is the request's", async () => {
      // Every language is loaded now, by the compact batch above or by this one.
      expect((await postJson(BATCH, { texts: false, items: itemsIn([...LANGS], LANGS.length) })).status).toBe(200);
      expect((await postJson(BATCH, { lang: "en", items: overBound })).status).toBe(413);
      expect((await postJson(BATCH, { lang: "en", items: atBound })).status).toBe(200);
    });
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
    const errors = results
      .filter((r) => r.error)
      .map((r) => ({
        index: r.index,
        status: r.error!.status,
        errors: r.error!.errors.map(({ field, code }) => ({ field, code })),
      }));
    expect(errors).toStrictEqual([
      { index: 1, status: 400, errors: [{ field: "certificateExpiry", code: "not_a_real_date" }] },
      { index: 2, status: 400, errors: [{ field: "item", code: "item_not_an_object" }] },
      { index: 3, status: 400, errors: [{ field: "extra", code: "unknown_field" }] },
      { index: 4, status: 400, errors: [{ field: "certificateExpiry", code: "control_character" }] },
    ]);
    expect(results[1]!.error!.type).toBe("tag:myna-expiry,2026:problem:invalid-input");
  });

  it("writes each item in its own lang, else the batch's", async () => {
    const res = await postJson(BATCH, {
      lang: "en",
      items: [{ certificateExpiry: "x" }, { certificateExpiry: "x", lang: "ja" }],
    });
    const { results } = (await res.json()) as { results: Result[] };
    expect(results.map((r) => r.error!.errors[0]!.message.startsWith("The"))).toStrictEqual([true, false]);
  });

  it("is compressed when the client accepts gzip, and only then", async () => {
    const items = Array.from({ length: MAX_BATCH_ITEMS_WITH_TEXTS }, () => ({
      certificateExpiry: "2026-03-15",
      today: "2026-01-10",
    }));
    const gzip = await postJson(BATCH, { items }, { "Accept-Encoding": "gzip, br" });
    expect(gzip.headers.get("Content-Encoding")).toBe("gzip");
    expect(gzip.headers.get("Vary")).toContain("Accept-Encoding");
    expect(((await gzip.json()) as { results: unknown[] }).results.length).toBe(MAX_BATCH_ITEMS_WITH_TEXTS);
    const plain = await postJson(BATCH, { items }, { "Accept-Encoding": "identity" });
    expect(plain.headers.get("Content-Encoding")).toBeNull();
    expect(((await plain.json()) as { results: unknown[] }).results.length).toBe(MAX_BATCH_ITEMS_WITH_TEXTS);
  });

  it("says that a top-level today goes in each item, in the request's language", async () => {
    for (const [lang, words] of [
      ["en", "inside each item"],
      ["ja", "各項目に入れてください"],
      ["vi", "bên trong từng mục"],
    ] as const) {
      const problem = await problemOf(await postJson(BATCH, { items: [], today: "2026-03-15", lang }));
      expect(problem.errors[0]!.message).toContain(words);
    }
  });

  it("accepts an empty list", async () => {
    const res = await postJson(BATCH, { items: [] });
    expect([res.status, await res.json()]).toStrictEqual([200, { results: [] }]);
  });

  it.each([
    ["no items", {}, 400, [{ field: "items", code: "items_required" }]],
    ["items not a list", { items: { a: 1 } }, 400, [{ field: "items", code: "items_required" }]],
    ["an unknown envelope field", { items: [], mode: "fast" }, 400, [{ field: "mode", code: "unknown_field" }]],
    [
      "today at the top instead of in each item",
      { items: [{ birthDate: "1990-01-01" }], today: "2026-03-15" },
      400,
      [{ field: "today", code: "field_belongs_in_item" }],
    ],
    [
      "a question's dates at the top",
      { birthDate: "1990-01-01", cardExpiry: "2030-01-01", items: [] },
      400,
      [
        { field: "birthDate", code: "field_belongs_in_item" },
        { field: "cardExpiry", code: "field_belongs_in_item" },
      ],
    ],
    ["an unsupported lang", { items: [], lang: "xx" }, 400, [{ field: "lang", code: "unsupported_lang" }]],
    ["texts not a boolean", { items: [], texts: "no" }, 400, [{ field: "texts", code: "texts_not_boolean" }]],
    [
      `${MAX_BATCH_ITEMS + 1} items`,
      { items: Array.from({ length: MAX_BATCH_ITEMS + 1 }, () => ({})) },
      413,
      [{ field: "items", code: "too_many_items" }],
    ],
    [
      "a body one byte over the batch limit",
      { items: [{ certificateExpiry: "x".repeat(MAX_BATCH_BODY_BYTES - 35) }] },
      413,
      [{ field: "body", code: "body_too_large" }],
    ],
  ])("refuses %s", async (_label, body, status, errors) => {
    expect(await errorCodes(await postJson(BATCH, body))).toStrictEqual({ status, errors });
  });

  it("reads a body of exactly the batch limit (the item itself is then refused as a date)", async () => {
    const body = { items: [{ certificateExpiry: "x".repeat(MAX_BATCH_BODY_BYTES - 36) }] };
    expect(JSON.stringify(body).length).toBe(MAX_BATCH_BODY_BYTES);
    const res = await postJson(BATCH, body);
    expect(res.status).toBe(200);
  });

  it(`accepts ${MAX_BATCH_ITEMS} items without texts`, async () => {
    const res = await postJson(BATCH, {
      texts: false,
      items: Array.from({ length: MAX_BATCH_ITEMS }, () => ({ certificateExpiry: "2026-03-15", today: "2026-01-10" })),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { results: unknown[] }).results.length).toBe(MAX_BATCH_ITEMS);
  });
});
