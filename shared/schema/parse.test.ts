// Request parsing: the shape check, typed dates (R-PARSE-1) and errors naming the field.
import { describe, expect, it } from "vitest";
import { parseCalendarQuery, parseEvaluateBody, parseStageQuery } from "./index.ts";

const iso = (r: ReturnType<typeof parseEvaluateBody>) =>
  r.ok
    ? Object.fromEntries(
        Object.entries({ ...r.input, today: r.today })
          .filter(([, v]) => v)
          .map(([k, v]) => [k, String(v)]),
      )
    : r.errors;

describe("parseEvaluateBody", () => {
  it("accepts 和暦, full-width and slashes and gives calendar dates", () => {
    const r = parseEvaluateBody({
      birthDate: "昭和60年11月14日",
      cardExpiry: "２０３１/１１/１４",
      today: "R8.11.27",
      lang: "en",
    });
    expect(iso(r)).toStrictEqual({ birthDate: "1985-11-14", cardExpiry: "2031-11-14", today: "2026-11-27" });
    expect(r.lang).toBe("en");
  });
  it("names each bad date with a code and, past an era's end, a suggestion (R-PARSE-3)", () => {
    const r = parseEvaluateBody({ birthDate: "平成45年1月1日", cardExpiry: "2025-02-30", certificateExpiry: "soon" });
    expect(r).toStrictEqual({
      ok: false,
      lang: undefined,
      errors: [
        { field: "certificateExpiry", code: "invalid_date" },
        {
          field: "birthDate",
          code: "past_era_end",
          params: { suggestion: "2033-01-01", suggestionWareki: "令和15年1月1日" },
        },
        { field: "cardExpiry", code: "not_a_real_date" },
      ],
    });
  });
  it("rejects unknown fields, wrong types, long strings and unknown languages by field", () => {
    expect(parseEvaluateBody({ birthdate: "2000-01-01" })).toStrictEqual({
      ok: false,
      lang: undefined,
      errors: [{ field: "birthdate", code: "unknown_field" }],
    });
    expect(parseEvaluateBody({ birthDate: 19850101 })).toStrictEqual({
      ok: false,
      lang: undefined,
      errors: [{ field: "birthDate", code: "not_a_string" }],
    });
    expect(parseEvaluateBody({ birthDate: "1".repeat(41) })).toStrictEqual({
      ok: false,
      lang: undefined,
      errors: [{ field: "birthDate", code: "too_long" }],
    });
    expect(parseEvaluateBody({ lang: "fr" })).toStrictEqual({
      ok: false,
      lang: undefined,
      errors: [{ field: "lang", code: "unsupported_lang" }],
    });
  });
  it("rejects bodies that are not objects, arrays included", () => {
    for (const body of [null, "2026-03-15", 42, [], [{ certificateExpiry: "2026-03-15" }]]) {
      expect(parseEvaluateBody(body)).toStrictEqual({
        ok: false,
        lang: undefined,
        errors: [{ field: "body", code: "not_an_object" }],
      });
    }
  });
  it("keeps the language for errors when it is valid", () => {
    expect(parseEvaluateBody({ birthDate: "x", lang: "ja-easy" })).toMatchObject({ ok: false, lang: "ja-easy" });
  });
});

describe("query schemas", () => {
  it("requires the certificate expiry for the stage and the calendar", () => {
    expect(parseStageQuery({})).toStrictEqual({
      ok: false,
      lang: undefined,
      errors: [{ field: "certificateExpiry", code: "required" }],
    });
    expect(parseCalendarQuery({ today: "2026-01-01" })).toStrictEqual({
      ok: false,
      lang: undefined,
      errors: [{ field: "certificateExpiry", code: "required" }],
    });
  });
  it("takes today in a calendar query, like every request (contract.md)", () => {
    const r = parseCalendarQuery({ certificateExpiry: "2026-03-15", today: "2026-01-01" });
    expect(iso(r)).toStrictEqual({ certificateExpiry: "2026-03-15", today: "2026-01-01" });
  });
  it("parses a stage query", () => {
    const r = parseStageQuery({ certificateExpiry: "R8.3.15", today: "2026-01-10", lang: "ja" });
    expect(iso(r)).toStrictEqual({ certificateExpiry: "2026-03-15", today: "2026-01-10" });
  });
});
