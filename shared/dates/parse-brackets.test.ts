// R-PARSE-1 (review7 #2): a date with its weekday in brackets, or with the other calendar's year
// in brackets, as letters, calendars and this site's own displays write it. Accepted when the
// bracket agrees with the date; otherwise refused with an error that carries both sides.
import { describe, expect, it } from "vitest";
import type { EraName } from "./eras";
import { type ParsedDate, parseTypedDate } from "./parse-typed-date";

const west = (iso: string): ParsedDate => ({ ok: true, iso, calendar: "gregorian" });
const wa = (iso: string, era: EraName): ParsedDate => ({ ok: true, iso, calendar: "wareki", era });
const u: ParsedDate = { ok: false, code: "unrecognised" };

type Row = [string, ParsedDate];
const check = (rows: Row[]) =>
  it.each(rows)("%j", (input, expected) => {
    expect(parseTypedDate(input)).toStrictEqual(expected);
  });

describe("a weekday in brackets that is the date's own (2027-01-10 is a Sunday)", () => {
  check([
    ["2027年1月10日（日）", west("2027-01-10")],
    ["2027年1月10日(日)", west("2027-01-10")],
    ["2027年1月10日 (日)", west("2027-01-10")],
    ["2027年1月10日（日曜）", west("2027-01-10")],
    ["2027年1月10日（日曜日）", west("2027-01-10")],
    ["令和9年1月10日（日曜日）", wa("2027-01-10", "令和")],
    ["R9.1.10(日)", wa("2027-01-10", "令和")],
    ["2027/1/10(日)", west("2027-01-10")],
    ["２０２７／１／１０（日）", west("2027-01-10")],
    ["令和九年一月十日（日）", wa("2027-01-10", "令和")],
    // the words around it stay dropped (R-PARSE-1)
    ["有効期限：令和9年1月10日（日）まで有効", wa("2027-01-10", "令和")],
    ["2027年1月10日（日）まで", west("2027-01-10")],
    // every weekday, Monday 2027-01-11 … Saturday 2027-01-16
    ["2027年1月11日（月）", west("2027-01-11")],
    ["2027年1月12日（火）", west("2027-01-12")],
    ["2027年1月13日（水）", west("2027-01-13")],
    ["2027年1月14日（木）", west("2027-01-14")],
    ["2027年1月15日（金）", west("2027-01-15")],
    ["2027年1月16日（土）", west("2027-01-16")],
  ]);
});

// Calendars and notices mark a national holiday: 成人の日 2027-01-11 is a Monday. The weekday is
// checked; the 祝 is not (the pages carry no holiday calendar: shared/dates/parse-typed-date.ts).
describe("a holiday's mark after the weekday, or alone", () => {
  check([
    ["2027年1月11日（月・祝）", west("2027-01-11")],
    ["2027年1月11日(月･祝)", west("2027-01-11")], // half-width ･ (NFKC ・)
    ["令和9年1月11日（月曜・祝）", wa("2027-01-11", "令和")],
    ["2027年1月11日（祝）", west("2027-01-11")],
    ["2027/1/11(祝)", west("2027-01-11")],
  ]);
  it("refuses a weekday that is not the date's, 祝 or not", () => {
    expect(parseTypedDate("2027年1月11日（火・祝）")).toStrictEqual({
      ok: false,
      code: "weekday_mismatch",
      mismatch: { iso: "2027-01-11", weekday: 2 },
    });
  });
});

describe("the other calendar's year in brackets, when it names the same date", () => {
  check([
    // shared/dates/forms/ja.ts: letter form, and the R-PARSE-4 display form
    ["令和9年（2027年）1月10日", wa("2027-01-10", "令和")],
    ["令和9年（2027年）1月10日（日）", wa("2027-01-10", "令和")],
    ["令和9年（2027年）1月10日（日曜日）", wa("2027-01-10", "令和")],
    ["2027年1月10日（令和9年）", west("2027-01-10")],
    ["1954年1月10日（昭和29年）", west("1954-01-10")],
    // the checker's own conversion line, copied back (site/src/scripts/date-text.ts)
    ["= 1954年1月10日（昭和29年）", west("1954-01-10")],
    // the official style 「令和9（2027）年」, and the era's short forms
    ["令和9（2027）年1月10日", wa("2027-01-10", "令和")],
    ["2027（令和9）年1月10日", west("2027-01-10")],
    ["2027年（令和9年）1月10日", west("2027-01-10")],
    ["2027/1/10(R9)", west("2027-01-10")],
    ["令和9年1月10日（2027年）", wa("2027-01-10", "令和")],
    // 元年 and the era change days (R-PARSE-2): both eras name 1912-07-30 and 1926-12-25
    ["2019年5月1日（令和元年）", west("2019-05-01")],
    ["令和元年（2019年）5月1日", wa("2019-05-01", "令和")],
    ["2019年4月30日（平成31年）", west("2019-04-30")],
    ["1912年7月30日（明治45年）", west("1912-07-30")],
    ["1912年7月30日（大正元年）", west("1912-07-30")],
    ["1926年12月25日（大正15年）", west("1926-12-25")],
    ["1926年12月25日（昭和元年）", west("1926-12-25")],
    ["1989年1月7日（昭和64年）", west("1989-01-07")],
    ["1989年1月8日（平成元年）", west("1989-01-08")],
  ]);
  it("keeps R-PARSE-3's note when the bracketed era had ended (a form printed before the change)", () => {
    expect(parseTypedDate("2019年5月1日（平成31年）")).toStrictEqual({
      ok: true,
      iso: "2019-05-01",
      calendar: "gregorian",
      note: { code: "past_era_end", iso: "2019-05-01", wareki: "令和元年5月1日" },
    });
    expect(parseTypedDate("平成31年（2019年）5月1日")).toStrictEqual({
      ok: true,
      iso: "2019-05-01",
      calendar: "wareki",
      era: "平成",
      note: { code: "past_era_end", iso: "2019-05-01", wareki: "令和元年5月1日" },
    });
  });
  it("reports the date's own error first (R-PARSE-3)", () => {
    expect(parseTypedDate("2025年2月29日（令和7年）")).toStrictEqual({ ok: false, code: "not_a_real_date" });
    expect(parseTypedDate("令和元年（2019年）4月30日")).toStrictEqual({
      ok: false,
      code: "before_era_start",
      suggestion: { iso: "2019-04-30", wareki: "平成31年4月30日" },
    });
    expect(parseTypedDate("2025年2月30日（日）")).toStrictEqual({ ok: false, code: "not_a_real_date" });
  });
});

describe("brackets we do not read stay unrecognised", () => {
  check([
    ["2027年1月10日（2027年）", u], // 西暦 beside 西暦
    ["令和9年1月10日（令和9年）", u], // 和暦 beside 和暦
    ["2027年1月10日（日）（令和9年）", u], // the weekday is last
    ["2027年1月（令和9年）10日", u], // a year bracket sits by the year or at the end
    ["2027(R9)/1/10", u],
    ["2027年1月10日（日）（日）", u],
    ["2027年1月11日（祝・月）", u], // the weekday first, as calendars print it
    ["2027年1月11日（月祝）", u],
    ["2027年1月10日（Sun）", u],
    ["2027年1月10日（", u],
    ["2027年1月10日）", u],
    ["（日）", u],
    ["(令和9年)", u],
    ["2027年（令和9年）", u],
    ["2027年1月10日（令和9）年", u],
    ["==2027年1月10日", u],
  ]);
});

describe("a bracket that disagrees with its date is refused, with both sides", () => {
  const weekday = (iso: string, n: number): ParsedDate => ({
    ok: false,
    code: "weekday_mismatch",
    mismatch: { iso, weekday: n },
  });
  const year = (iso: string, written: string): ParsedDate => ({
    ok: false,
    code: "year_mismatch",
    mismatch: { iso, year: written },
  });
  check([
    ["2027年1月10日（月）", weekday("2027-01-10", 1)],
    ["令和9年1月10日（土曜日）", weekday("2027-01-10", 6)],
    ["2027/1/11(日)", weekday("2027-01-11", 0)],
    ["令和9年（2027年）1月10日（月曜日）", weekday("2027-01-10", 1)],
    ["2027年1月10日（令和8年）", year("2027-01-10", "令和8年")],
    ["2027年1月10日（R8）", year("2027-01-10", "令和8年")],
    ["令和9年（2026年）1月10日", year("2027-01-10", "2026年")],
    ["令和9（2026）年1月10日", year("2027-01-10", "2026年")],
    // the right number in the wrong era: 2019-04-30 is 平成31年, 2019-05-01 is 令和元年
    ["2019年4月30日（令和元年）", year("2019-04-30", "令和元年")],
    ["1989年1月7日（平成元年）", year("1989-01-07", "平成元年")],
    // beyond R-PARSE-3's ten years past the era's end: not a reading of that date
    ["2035年1月1日（平成47年）", year("2035-01-01", "平成47年")],
    // the year is checked before the weekday (a wrong year makes the weekday moot)
    ["令和9年（2026年）1月10日（月）", year("2027-01-10", "2026年")],
  ]);
});
