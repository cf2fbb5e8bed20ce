// The batch's fast path (parseEvaluateBodyFast) against the full path (valibot, then
// parseTypedDate: R-PARSE-1..3) on generated bodies: where the fast path answers, both give the
// same result, PlainDate for PlainDate; bodies of the common shape always take it; anything
// else, errors included, is left to the full path.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LANGS } from "../lang/index.ts";
import { DATE_FIELDS } from "./fields.ts";
import { parseEvaluateBody, parseEvaluateBodyFast, parseEvaluateBodyFull } from "./parse.ts";

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;

/** `YYYY-MM-DD` over every year and impossible months and days: real dates, Feb 30, 1872, 2201 … */
const isoShaped = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 39 }))
  .map(([y, m, d]) => iso(y, m, d));
/** Around the edges of what R-PARSE-3 accepts: 1873-01-01 and the last year, 2200. */
const nearBounds = fc
  .tuple(
    fc.constantFrom(1872, 1873, 1874, 2199, 2200, 2201),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
  )
  .map(([y, m, d]) => iso(y, m, d));
/** Dates the common shape holds: real days, 1873–2200. */
const realDay = fc
  .date({ min: new Date("1873-01-01T00:00:00Z"), max: new Date("2200-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Anything a client may put in a date field. */
const dateValue = fc.oneof(
  { weight: 10, arbitrary: realDay },
  { weight: 4, arbitrary: fc.oneof(isoShaped, nearBounds) },
  {
    weight: 6,
    arbitrary: fc.oneof(
      realDay.map((s) => s.replaceAll("-", "/")), // 2026/03/15
      realDay.map((s) => s.replace(/\d/g, (c) => String.fromCharCode(0xff10 + Number(c)))), // full width
      realDay.map((s) => ` ${s}`),
      realDay.map((s) => `${s}\n`),
      realDay.map((s) => `${s}\u202E`),
      realDay.map((s) => s.slice(0, 9)),
      realDay.map((s) => s.replaceAll("-", "−")),
      fc.constantFrom("令和8年3月15日", "平成31年5月1日", "R8.3.15", "平成45年1月1日", "", "soon", "1".repeat(41)),
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.constantFrom(null, undefined, true, 20260315),
      fc.array(realDay, { maxLength: 2 }),
      realDay.map((s) => ({ date: s })),
    ),
  },
);
const langValue = fc.oneof(fc.constantFrom(...LANGS), fc.constantFrom("fr", "JA", "", null, undefined, 1, "ja "));
const otherKey = fc.constantFrom("birthdate", "texts", "items", "x", "constructor", "toString", "__proto__", "Today");

/** A body as a batch item may come: known fields, sometimes an unknown one, through JSON or not. */
const body = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...DATE_FIELDS), dateValue, { maxKeys: 5 }),
    fc.oneof({ weight: 3, arbitrary: fc.constant(Symbol.for("absent")) }, { weight: 2, arbitrary: langValue }),
    fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.tuple(otherKey, dateValue) }),
    fc.boolean(),
  )
  .map(([dates, lang, other, viaJson]) => {
    const value: Record<string, unknown> = { ...dates };
    if (lang !== Symbol.for("absent")) value.lang = lang;
    if (other) Object.defineProperty(value, other[0], { value: other[1], enumerable: true, configurable: true });
    return viaJson ? JSON.parse(JSON.stringify(value) ?? "null") : value;
  });

/** What programs send by the thousand: known fields, ISO dates, perhaps a supported lang. */
const commonBody = fc
  .tuple(fc.dictionary(fc.constantFrom(...DATE_FIELDS), realDay, { maxKeys: 8 }), fc.option(fc.constantFrom(...LANGS)))
  .map(([dates, lang]) => (lang === null ? { ...dates } : { ...dates, lang }));

describe("parseEvaluateBodyFast (the batch's common shape)", () => {
  it("gives what the full path gives, wherever it answers", () => {
    let answered = 0;
    fc.assert(
      fc.property(body, (value) => {
        const fast = parseEvaluateBodyFast(value);
        if (fast !== undefined) {
          answered++;
          expect(fast).toStrictEqual(parseEvaluateBodyFull(value));
        }
        expect(parseEvaluateBody(value)).toStrictEqual(parseEvaluateBodyFull(value));
      }),
      { numRuns: 5_000 },
    );
    // The generator reaches both paths.
    expect(answered).toBeGreaterThan(500);
    expect(answered).toBeLessThan(4_500);
  });

  it("answers every body of the common shape, with valid results", () => {
    fc.assert(
      fc.property(commonBody, (value) => {
        const fast = parseEvaluateBodyFast(value);
        expect(fast).toStrictEqual(parseEvaluateBodyFull(value));
        expect(fast?.ok).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it("leaves unusual bodies to the full path, which words their errors", () => {
    const unusual: unknown[] = [
      { birthDate: "2025-02-30" }, // R-PARSE-3: not a real date
      { birthDate: "1872-12-31" }, // R-PARSE-3: before the Gregorian calendar in Japan
      { birthDate: "2201-01-01" }, // past the last year parseTypedDate reads
      { birthDate: "２０００-０１-０１" }, // full width: the full path reads it
      { birthDate: "2000-01-01", lang: "fr" },
      { birthDate: "2000-01-01", birthdate: "2000-01-01" },
      { birthDate: undefined },
      { birthDate: 20000101 },
      Object.assign(Object.create({ inherited: 1 }), { birthDate: "2000-01-01" }),
      Object.assign(Object.create(null), { birthDate: "2000-01-01" }),
      [{ birthDate: "2000-01-01" }],
      null,
      "2000-01-01",
    ];
    for (const value of unusual) expect(parseEvaluateBodyFast(value)).toBeUndefined();
    // A key valibot sees with `in` but `for…in` does not: read the same way by both paths.
    for (const cardExpiry of ["x", "2031-01-01"]) {
      const hidden = Object.defineProperty({ birthDate: "2000-01-01" }, "cardExpiry", { value: cardExpiry });
      expect(parseEvaluateBody(hidden)).toStrictEqual(parseEvaluateBodyFull(hidden));
    }
    expect(parseEvaluateBody({ birthDate: "2025-02-30", lang: "en" })).toStrictEqual({
      ok: false,
      lang: "en",
      errors: [{ field: "birthDate", code: "not_a_real_date" }],
    });
  });
});
