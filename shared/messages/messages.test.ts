// Every text in every language is filled: no template holes, no "undefined", for every stage,
// route and caveat the engine can produce.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JAPAN_HOLIDAYS } from "../holidays/index.ts";
import { LANGS } from "../lang/index.ts";
import { INPUT_ERROR_CODES } from "../problem/index.ts";
import { evaluate } from "../rules/evaluate.ts";
import { PlainDate, plainDate } from "../rules/plain-date.ts";
import type { FieldError } from "../rules/result.ts";
import { CATALOGS } from "./catalogs.ts";
import { errorMessage, formatDate, present } from "./index.ts";

const HOLES = /undefined|null|NaN|\{\w+\}|\[object/;

function allStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(allStrings);
  return [];
}

describe("present", () => {
  it("quotes the leaflet's reader texts in Japanese (R-INS-2)", () => {
    const outcome = evaluate({ certificateExpiry: plainDate("2026-03-15") }, plainDate("2026-01-10"), JAPAN_HOLIDAYS);
    if (!outcome.ok) throw new Error("unexpected errors");
    const p = present(outcome.evaluation, "ja");
    expect(p.text.reader.message).toBe(
      "証明書の有効期限が3カ月以内となっています。市区町村の窓口で更新手続きをお願いします。",
    );
    expect(p.text.stage).toBe(
      "電子証明書の有効期限（2026年3月15日（日））まで3カ月を切りました。今、更新の手続きができます。",
    );
    expect(p.text.daysLeft).toBe("有効期限まで、あと64日です。");
    expect(p.stage).toBe("renewal");
  });

  it("formats dates per language, with the weekday", () => {
    expect(formatDate("2026-11-14", "ja")).toBe("2026年11月14日（土）");
    expect(formatDate("2026-11-14", "en")).toBe("Saturday 14 November 2026");
    expect(formatDate("2026-11-14", "ja-easy")).toBe("2026年11月14日（土曜日）");
  });

  it("counts days in words at the stage edges", () => {
    const on = (today: string, lang: "ja" | "en") => {
      const outcome = evaluate({ certificateExpiry: plainDate("2025-03-20") }, plainDate(today), JAPAN_HOLIDAYS);
      if (!outcome.ok) throw new Error("unexpected errors");
      return present(outcome.evaluation, lang).text.daysLeft;
    };
    expect(on("2025-03-20", "ja")).toBe("今日が有効期限の最後の日です。");
    expect(on("2025-06-30", "en")).toBe("Today is the last day the card works for health insurance.");
    expect(on("2025-07-01", "en")).toBe("From today the card no longer works as a health insurance card.");
    expect(on("2025-07-02", "en")).toBe("The card stopped working for health insurance 1 day ago.");
    expect(on("2025-07-01", "ja")).toBe("今日から、マイナ保険証として使えなくなりました。");
    expect(on("2025-06-29", "en")).toBe("1 day left before the card stops working for health insurance.");
  });

  it("fills every text for any input the engine accepts, in every language", () => {
    const day = fc.integer({ min: 0, max: 365 * 80 }).map((n) => plainDate("1950-01-01").add({ days: n }));
    const issue = fc.integer({ min: 0, max: 365 * 12 }).map((n) => plainDate("2016-01-01").add({ days: n }));
    const todayArb = fc.integer({ min: 0, max: 365 * 25 }).map((n) => plainDate("2016-01-01").add({ days: n }));
    fc.assert(
      fc.property(day, issue, todayArb, fc.boolean(), (birth, issued, today, face) => {
        const base = { birthDate: birth, cardIssuedOn: issued };
        const first = evaluate(base, PlainDate.compare(today, issued) < 0 ? issued : today, JAPAN_HOLIDAYS);
        if (!first.ok) return;
        const input = face ? { birthDate: birth, cardExpiry: plainDate(first.evaluation.card!.expiresOn) } : base;
        const outcome = evaluate(input, today, JAPAN_HOLIDAYS);
        if (!outcome.ok) return;
        for (const lang of LANGS) {
          for (const text of allStrings(present(outcome.evaluation, lang).text)) expect(text).not.toMatch(HOLES);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("errorMessage", () => {
  const codes = INPUT_ERROR_CODES;
  it("has every error code in every language, and no other", () => {
    for (const lang of LANGS) expect(Object.keys(CATALOGS[lang].error).sort()).toStrictEqual([...codes].sort());
  });
  it.each(LANGS)("fills every template in %s", (lang) => {
    for (const code of codes) {
      const error: FieldError = {
        field: "birthDate",
        code,
        params: { age: "26", expected: "2030-04-10", suggestion: "2019-05-01", suggestionWareki: "令和元年5月1日" },
      };
      expect(errorMessage(error, lang)).not.toMatch(HOLES);
    }
  });
  it("says every error in やさしい日本語, none in the standard Japanese (issue 10)", () => {
    for (const code of codes) {
      const error: FieldError = { field: "cardIssuedOn", code, params: { age: "26", expected: "2030-04-10" } };
      expect(errorMessage(error, "ja-easy"), code).not.toBe(errorMessage(error, "ja"));
    }
    expect(errorMessage({ field: "cardIssuedOn", code: "card_issued_in_future" }, "ja-easy")).toBe(
      "カードを 作った 日が 今日より あとに なっています。もう一度 見てください。",
    );
  });
  it("suggests the right era and names the field", () => {
    const error: FieldError = {
      field: "birthDate",
      code: "past_era_end",
      params: { suggestion: "2019-05-01", suggestionWareki: "令和元年5月1日" },
    };
    expect(errorMessage(error, "ja")).toBe(
      "生年月日は、その元号が終わった後の日付です。「令和元年5月1日」のことではありませんか。",
    );
    expect(errorMessage(error, "en")).toBe(
      "The date of birth is after the end of its era. Did you mean 令和元年5月1日 (2019-05-01)?",
    );
  });
  it("words missing input by the field that is missing", () => {
    expect(errorMessage({ field: "cardExpiry", code: "missing_input" }, "en")).toBe(
      "With the date of birth, enter the expiry date printed on the card (or the card issue date).",
    );
  });
  it("never treats an invented field name as a label", () => {
    expect(errorMessage({ field: "__proto__", code: "invalid_value" }, "en")).toBe(
      "The request body cannot be used as sent. Check its value.",
    );
  });
});
