// Review7 #2 (R-PARSE-1): a typed date whose bracketed weekday or year disagrees with it; the
// sentence names both sides, in the request's language, from values the parser rebuilt (never
// the raw input): the date with its weekday and the weekday written, or the year written and
// the date with its era year.
import { describe, expect, it } from "vitest";
import { formatDayWithEra, formatDayWithWeekday, formatWeekday } from "../dates/display.ts";
import { LANGS } from "../lang/index.ts";
import { parseEvaluateBody } from "../schema/parse.ts";
import { errorMessage } from "./errors.ts";

const errorsOf = (certificateExpiry: string) => {
  const parsed = parseEvaluateBody({ certificateExpiry });
  if (parsed.ok) throw new Error(`read ${certificateExpiry}`);
  return parsed.errors;
};

describe("weekday_mismatch", () => {
  const errors = errorsOf("2027年1月10日（月）");
  it("carries the date and the weekday written (0 = Sunday)", () => {
    expect(errors).toStrictEqual([
      { field: "certificateExpiry", code: "weekday_mismatch", params: { date: "2027-01-10", weekday: "1" } },
    ]);
  });
  it("says it in ja and en", () => {
    expect(errorMessage(errors[0]!, "ja")).toBe(
      "電子証明書の有効期限の曜日が日付と合いません。2027年1月10日（日）ですが、月曜日と書かれています。日付と曜日を確かめて、入力し直してください。",
    );
    expect(errorMessage(errors[0]!, "en")).toBe(
      "The certificate expiry date does not match its weekday: Sunday 10 January 2027 is not a Monday. Check the date and the weekday, and enter them again.",
    );
  });
  it.each(LANGS)("names both in %s", (lang) => {
    const message = errorMessage(errors[0]!, lang);
    expect(message).toContain(formatDayWithWeekday("2027-01-10", lang));
    expect(message).toContain(formatWeekday(1, lang));
  });
});

describe("year_mismatch", () => {
  it("carries the year written and the date, either way round", () => {
    expect(errorsOf("2027年1月10日（令和8年）")).toStrictEqual([
      { field: "certificateExpiry", code: "year_mismatch", params: { dateWithEra: "2027-01-10", year: "令和8年" } },
    ]);
    expect(errorsOf("令和9年（2026年）1月10日")[0]!.params).toStrictEqual({
      dateWithEra: "2027-01-10",
      year: "2026年",
    });
  });
  it("says it in ja and en", () => {
    const [error] = errorsOf("2019年4月30日（令和元年）");
    expect(errorMessage(error!, "ja")).toBe(
      "電子証明書の有効期限の年が合いません。かっこの中は「令和元年」ですが、この日付は2019年4月30日（平成31年）です。どちらが正しいか確かめて、入力し直してください。",
    );
    expect(errorMessage(error!, "en")).toBe(
      "The certificate expiry date does not match the year in brackets (令和元年): the date is 30 April 2019 (Heisei 31). Check which year is right, and enter the date again.",
    );
  });
  it.each(LANGS)("names both in %s", (lang) => {
    const message = errorMessage(errorsOf("2027年1月10日（令和8年）")[0]!, lang);
    expect(message).toContain("令和8年");
    expect(message).toContain(formatDayWithEra("2027-01-10", lang));
  });
});

describe("weekday names", () => {
  it("run Sunday to Saturday in every language, each its forms' own", () => {
    for (const lang of LANGS)
      for (let i = 0; i < 7; i++)
        expect(formatDayWithWeekday(`2027-01-${10 + i}`, lang)).toContain(formatWeekday(i, lang).slice(0, 1));
    expect([0, 6].map((i) => formatWeekday(i, "ja"))).toStrictEqual(["日曜日", "土曜日"]);
    expect([0, 6].map((i) => formatWeekday(i, "en"))).toStrictEqual(["Sunday", "Saturday"]);
  });
});
