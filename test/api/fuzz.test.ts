import { Validator } from "@cfworker/json-schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import document from "../../site/public/api/v1/openapi.json";
import { api, postJson } from "./helpers.ts";

/** Every problem must match the documented schema, whose codes are an enum: no undocumented code. */
const problemSchema = new Validator(
  { $ref: "#/components/schemas/Problem", components: document.components } as never,
  "2020-12",
  false,
);

// No input, however malformed or large, produces a 5xx (contract.md "Errors"), and no value
// sent comes back in an error. MARK is put in every generated string value.
const MARK = "QZXJ";
const FIELDS = [
  "certificateExpiry",
  "birthDate",
  "cardExpiry",
  "cardIssuedOn",
  "applicationReceivedOn",
  "certificateIssuedOn",
  "periodOfStayEndsOn",
  "today",
  "lang",
];

const markedString = fc
  .oneof(
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.constantFrom(
      "令和8年3月15日",
      "R8.3.15",
      "2026-02-29",
      "平成31年5月1日",
      "２０２６／３／１５",
      "0000-00-00",
      "9999-12-31",
      "1872-12-31",
      "元年",
    ),
  )
  .map((s) => s + MARK);
const dateLike = fc.oneof(
  fc
    .date({ min: new Date("1860-01-01"), max: new Date("2250-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .tuple(
      fc.constantFrom("M", "T", "S", "H", "R", "令和", "平成", "昭和"),
      fc.integer({ min: 0, max: 70 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([era, y, m, d]) => `${era}${y}.${m}.${d}`),
);
const fieldValue = fc.oneof(
  markedString,
  dateLike,
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 2 }),
);
const body = fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 12 })), fieldValue, {
  maxKeys: 8,
});

const RUNS = { numRuns: 150 };

async function expectClean(res: Response) {
  expect(res.status).toBeLessThan(500);
  const text = await res.text();
  if (res.status !== 200) {
    expect(res.headers.get("Content-Type")).toBe("application/problem+json; charset=utf-8");
    expect(text).not.toContain(MARK);
    const result = problemSchema.validate(JSON.parse(text));
    expect(result.valid ? [] : result.errors.slice(0, 3)).toStrictEqual([]);
  }
  return res.status;
}

describe("fuzz: never a 5xx, never an echo", () => {
  it("POST /evaluate with arbitrary objects of (mostly) contract fields", async () => {
    await fc.assert(
      fc.asyncProperty(body, async (value) => {
        expect([200, 400]).toContain(await expectClean(await postJson("/api/v1/evaluate", value)));
      }),
      RUNS,
    );
  });

  it("POST /evaluate with plausible date combinations", async () => {
    const combination = fc.record(
      {
        birthDate: dateLike,
        cardExpiry: dateLike,
        cardIssuedOn: dateLike,
        certificateExpiry: dateLike,
        certificateIssuedOn: dateLike,
        applicationReceivedOn: dateLike,
        periodOfStayEndsOn: dateLike,
        today: dateLike,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(combination, async (value) => {
        expect([200, 400]).toContain(await expectClean(await postJson("/api/v1/evaluate", value)));
      }),
      { numRuns: 300 },
    );
  });

  it("POST /evaluate with arbitrary JSON and arbitrary bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        await expectClean(await postJson("/api/v1/evaluate", JSON.stringify(value)));
      }),
      RUNS,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 200 }),
        fc.constantFrom("application/json", "text/plain", "application/json; charset=latin1", ""),
        async (bytes, type) => {
          await expectClean(
            await api("/api/v1/evaluate", {
              method: "POST",
              body: bytes,
              headers: type ? { "Content-Type": type } : {},
            }),
          );
        },
      ),
      RUNS,
    );
  });

  it("POST /evaluate/batch: one result per item, whatever the items", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(body, fc.jsonValue({ maxDepth: 1 })), { maxLength: 20 }), async (items) => {
        const res = await postJson("/api/v1/evaluate/batch", { items });
        expect(res.status).toBe(200);
        const text = await res.text();
        expect(text).not.toContain(MARK);
        expect((JSON.parse(text) as { results: unknown[] }).results.length).toBe(items.length);
      }),
      { numRuns: 60 },
    );
  });

  it("GET endpoints with arbitrary query strings", async () => {
    const key = fc.oneof(fc.constantFrom("certificateExpiry", "today", "lang"), fc.string({ maxLength: 8 }));
    const query = fc.array(fc.tuple(key, fc.oneof(markedString, dateLike)), { maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("/api/v1/stage", "/api/v1/badge.svg", "/api/v1/calendar.ics"),
        query,
        async (path, pairs) => {
          const search = new URLSearchParams(pairs).toString();
          await expectClean(await api(`${path}?${search}`));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("raw, badly encoded query strings and paths", async () => {
    const raw = fc.string({
      unit: fc.constantFrom("%", "E", "0", "A", "&", "=", "+", "?", "#", "x", "/", ".", "%FF", "%00", "%C0%AF"),
      maxLength: 40,
    });
    await fc.assert(
      fc.asyncProperty(raw, raw, async (path, search) => {
        await expectClean(await api(`/api/v1/${path.replaceAll("#", "")}?${search.replaceAll("#", "")}`));
      }),
      RUNS,
    );
  });
});
