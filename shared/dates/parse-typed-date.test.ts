import { describe, expect, it } from "vitest";
import { MAX_DATE_LENGTH } from "../limits/index.ts";
import type { EraName } from "./eras";
import { type ParsedDate, parseTypedDate } from "./parse-typed-date";

const west = (iso: string): ParsedDate => ({ ok: true, iso, calendar: "gregorian" });
const wa = (iso: string, era: EraName): ParsedDate => ({ ok: true, iso, calendar: "wareki", era });
/** R-PARSE-3: a date past its era's end, accepted with a note naming the era it falls in. */
const past = (iso: string, era: EraName, wareki: string): ParsedDate => ({
  ok: true,
  iso,
  calendar: "wareki",
  era,
  note: { code: "past_era_end", iso, wareki },
});
const err = (code: string, iso?: string, wareki?: string): ParsedDate =>
  (iso === undefined ? { ok: false, code } : { ok: false, code, suggestion: { iso, wareki } }) as ParsedDate;

type Row = [string, ParsedDate];
const check = (rows: Row[]) =>
  it.each(rows)("%j", (input, expected) => {
    expect(parseTypedDate(input)).toStrictEqual(expected);
  });

describe('examples.md, table "Typed dates"', () => {
  check([
    ["R7.3.15", wa("2025-03-15", "令和")],
    ["令和７年３月１５日", wa("2025-03-15", "令和")],
    ["令和元年5月1日", wa("2019-05-01", "令和")],
    ["2025/3/5", west("2025-03-05")],
    ["平成31年5月1日", past("2019-05-01", "平成", "令和元年5月1日")],
    ["平成33年3月31日", past("2021-03-31", "平成", "令和3年3月31日")],
    ["令和八年三月十五日", wa("2026-03-15", "令和")],
    ["昭和60年11月14日生", wa("1985-11-14", "昭和")],
    ["2031年11月14日まで有効", west("2031-11-14")],
    ["平成45年1月1日", err("past_era_end", "2033-01-01", "令和15年1月1日")],
    ["H13.2.29", err("not_a_real_date")],
  ]);
});

describe("R-PARSE-1: dates exactly as printed or written (kanji numerals, the words around them)", () => {
  check([
    ["二〇二六年三月十五日", west("2026-03-15")],
    ["昭和六十年十一月十四日", wa("1985-11-14", "昭和")],
    ["令和元年十二月三十一日", wa("2019-12-31", "令和")],
    ["平成二十年二月二十九日", wa("2008-02-29", "平成")],
    ["令和八年十月十日", wa("2026-10-10", "令和")],
    ["有効期限 2026年3月15日", west("2026-03-15")],
    ["有効期限：令和8年3月15日", wa("2026-03-15", "令和")],
    ["満了日 2027/5/31", west("2027-05-31")],
    ["昭和６０年１１月１４日生まれ", wa("1985-11-14", "昭和")],
    ["2031年11月14日まで", west("2031-11-14")],
    ["十一月十四日", err("unrecognised")], // no year: not a date we can place
    ["令和八十八十年", err("unrecognised")],
    ["2026年3月15日生まれです", err("unrecognised")], // only the printed words are dropped
  ]);
});

describe("西暦 forms (R-PARSE-1)", () => {
  check([
    ["2026-03-15", west("2026-03-15")],
    ["2026/3/15", west("2026-03-15")],
    ["2026.3.15", west("2026-03-15")],
    ["2026-3-5", west("2026-03-05")],
    ["2026/03/05", west("2026-03-05")],
    ["2026年3月15日", west("2026-03-15")],
    ["2026年03月05日", west("2026-03-05")],
    ["2026 年 3 月 15 日", west("2026-03-15")],
    [" 2026-03-15 ", west("2026-03-15")],
    ["2 0 2 6 - 0 3 - 1 5", west("2026-03-15")],
    ["2200-12-31", west("2200-12-31")],
  ]);
});

describe("和暦 forms (R-PARSE-1)", () => {
  check([
    ["令和8年3月15日", wa("2026-03-15", "令和")],
    ["令和 8 年 3 月 15 日", wa("2026-03-15", "令和")],
    ["令和元年5月1日", wa("2019-05-01", "令和")],
    ["令和1年5月1日", wa("2019-05-01", "令和")],
    ["令和01年05月01日", wa("2019-05-01", "令和")],
    ["R8.3.15", wa("2026-03-15", "令和")],
    ["r8/3/15", wa("2026-03-15", "令和")],
    ["R08-03-15", wa("2026-03-15", "令和")],
    ["R8年3月15日", wa("2026-03-15", "令和")],
    ["R元.5.1", wa("2019-05-01", "令和")],
    ["令8.3.15", wa("2026-03-15", "令和")],
    ["令和8.3.15", wa("2026-03-15", "令和")],
    ["令8年3月15日", wa("2026-03-15", "令和")],
    // Each era by full name, first kanji, and letter in both cases.
    ["明治40年1月2日", wa("1907-01-02", "明治")],
    ["明40.1.2", wa("1907-01-02", "明治")],
    ["M40.1.2", wa("1907-01-02", "明治")],
    ["m40/1/2", wa("1907-01-02", "明治")],
    ["大正5年6月7日", wa("1916-06-07", "大正")],
    ["大5.6.7", wa("1916-06-07", "大正")],
    ["T5.6.7", wa("1916-06-07", "大正")],
    ["t5-6-7", wa("1916-06-07", "大正")],
    ["昭和60年11月14日", wa("1985-11-14", "昭和")],
    ["昭60.11.14", wa("1985-11-14", "昭和")],
    ["S60.11.14", wa("1985-11-14", "昭和")],
    ["s60/11/14", wa("1985-11-14", "昭和")],
    ["平成13年2月28日", wa("2001-02-28", "平成")],
    ["平13.2.28", wa("2001-02-28", "平成")],
    ["H13.2.28", wa("2001-02-28", "平成")],
    ["h13-02-28", wa("2001-02-28", "平成")],
    // Single-character era ligatures; NFKC expands them.
    ["㍾45.7.30", wa("1912-07-30", "明治")],
    ["㍽元年7月30日", wa("1912-07-30", "大正")],
    ["㍼64年1月7日", wa("1989-01-07", "昭和")],
    ["㍻31.4.30", wa("2019-04-30", "平成")],
    ["㋿8.11.14", wa("2026-11-14", "令和")],
  ]);
});

describe("full-width input (NFKC)", () => {
  check([
    ["２０２６－０３－１５", west("2026-03-15")],
    ["２０２６／３／１５", west("2026-03-15")],
    ["２０２６．３．１５", west("2026-03-15")],
    ["２０２６年３月１５日", west("2026-03-15")],
    ["　２０２６年　３月　１５日　", west("2026-03-15")],
    ["Ｒ８．３．１５", wa("2026-03-15", "令和")],
    ["ｒ８／３／１５", wa("2026-03-15", "令和")],
    ["Ｈ１３．２．２８", wa("2001-02-28", "平成")],
    ["令和８年３月１５日", wa("2026-03-15", "令和")],
    ["昭和６０年１１月１４日", wa("1985-11-14", "昭和")],
    ["2026−03−15", west("2026-03-15")], // minus sign
    ["２０２６ー０３ー１５", west("2026-03-15")], // long-vowel mark typed as a dash
    ["Ｈ１３．２．２９", err("not_a_real_date")],
  ]);
});

describe("era boundaries, both sides of every change (R-PARSE-2, R-PARSE-3)", () => {
  describe("明治 → 大正 (overlap 1912-07-30)", () => {
    check([
      ["明治45年7月29日", wa("1912-07-29", "明治")],
      ["明治45年7月30日", wa("1912-07-30", "明治")],
      ["明治45年7月31日", past("1912-07-31", "明治", "大正元年7月31日")],
      ["大正元年7月29日", err("before_era_start", "1912-07-29", "明治45年7月29日")],
      ["大正元年7月30日", wa("1912-07-30", "大正")],
      ["大正元年7月31日", wa("1912-07-31", "大正")],
      ["M45.7.30", wa("1912-07-30", "明治")],
      ["T1.7.30", wa("1912-07-30", "大正")],
    ]);
  });
  describe("大正 → 昭和 (overlap 1926-12-25)", () => {
    check([
      ["大正15年12月24日", wa("1926-12-24", "大正")],
      ["大正15年12月25日", wa("1926-12-25", "大正")],
      ["大正15年12月26日", past("1926-12-26", "大正", "昭和元年12月26日")],
      ["昭和元年12月24日", err("before_era_start", "1926-12-24", "大正15年12月24日")],
      ["昭和元年12月25日", wa("1926-12-25", "昭和")],
      ["昭和元年12月26日", wa("1926-12-26", "昭和")],
      ["T15.12.25", wa("1926-12-25", "大正")],
      ["S1.12.25", wa("1926-12-25", "昭和")],
    ]);
  });
  describe("昭和 → 平成 (no overlap)", () => {
    check([
      ["昭和64年1月6日", wa("1989-01-06", "昭和")],
      ["昭和64年1月7日", wa("1989-01-07", "昭和")],
      ["昭和64年1月8日", past("1989-01-08", "昭和", "平成元年1月8日")],
      ["平成元年1月7日", err("before_era_start", "1989-01-07", "昭和64年1月7日")],
      ["平成1年1月7日", err("before_era_start", "1989-01-07", "昭和64年1月7日")],
      ["平成元年1月8日", wa("1989-01-08", "平成")],
      ["平成元年1月9日", wa("1989-01-09", "平成")],
    ]);
  });
  describe("平成 → 令和 (no overlap)", () => {
    check([
      ["平成31年4月29日", wa("2019-04-29", "平成")],
      ["平成31年4月30日", wa("2019-04-30", "平成")],
      ["平成31年5月1日", past("2019-05-01", "平成", "令和元年5月1日")],
      ["H31.5.1", past("2019-05-01", "平成", "令和元年5月1日")],
      ["平成41年4月30日", past("2029-04-30", "平成", "令和11年4月30日")], // 10 years after the last day: still accepted
      ["平成41年5月1日", err("past_era_end", "2029-05-01", "令和11年5月1日")], // one day more: an error
      ["令和元年4月30日", err("before_era_start", "2019-04-30", "平成31年4月30日")],
      ["令和1年4月30日", err("before_era_start", "2019-04-30", "平成31年4月30日")],
      ["R1.4.30", err("before_era_start", "2019-04-30", "平成31年4月30日")],
      ["令和元年5月1日", wa("2019-05-01", "令和")],
      ["令和元年5月2日", wa("2019-05-02", "令和")],
    ]);
  });
  describe("far outside an era (more than 10 years past its end, or before it): the suggestion names the era that contains the date", () => {
    check([
      ["昭和99年1月1日", err("past_era_end", "2024-01-01", "令和6年1月1日")],
      ["平成32年1月1日", past("2020-01-01", "平成", "令和2年1月1日")],
      ["明治99年1月1日", err("past_era_end", "1966-01-01", "昭和41年1月1日")],
      ["大正1年1月1日", err("before_era_start", "1912-01-01", "明治45年1月1日")],
      ["令和1年1月1日", err("before_era_start", "2019-01-01", "平成31年1月1日")],
    ]);
  });
});

describe("Gregorian start, 1873-01-01 = 明治6年1月1日 (R-PARSE-3)", () => {
  check([
    ["1873-01-01", west("1873-01-01")],
    ["1872-12-31", err("before_gregorian")],
    ["1868-01-25", err("before_gregorian")],
    ["0000-01-01", err("before_gregorian")],
    ["明治6年1月1日", wa("1873-01-01", "明治")],
    ["明治5年12月31日", err("before_gregorian")],
    ["明治元年1月25日", err("before_gregorian")],
    ["M1.1.1", err("before_gregorian")],
  ]);
});

describe("February 29 (leap years, century rule)", () => {
  check([
    ["2024-02-29", west("2024-02-29")],
    ["2025-02-29", err("not_a_real_date")],
    ["2025-02-30", err("not_a_real_date")],
    ["2000-02-29", west("2000-02-29")],
    ["1900-02-29", err("not_a_real_date")],
    ["2100-02-29", err("not_a_real_date")],
    ["H12.2.29", wa("2000-02-29", "平成")],
    ["H13.2.29", err("not_a_real_date")],
    ["平成4年2月29日", wa("1992-02-29", "平成")],
    ["明治33年2月29日", err("not_a_real_date")], // 1900
    ["昭和59年2月29日", wa("1984-02-29", "昭和")],
    ["R6.2.29", wa("2024-02-29", "令和")],
    ["R7.2.29", err("not_a_real_date")],
  ]);
});

describe("month ends", () => {
  const last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const rows: Row[] = last.flatMap((d, i): Row[] => {
    const mm = String(i + 1).padStart(2, "0");
    return [
      [`2026-${mm}-${d}`, west(`2026-${mm}-${d}`)],
      [`2026-${mm}-${d + 1}`, err("not_a_real_date")],
      [`R8.${i + 1}.${d}`, wa(`2026-${mm}-${d}`, "令和")],
      [`R8.${i + 1}.${d + 1}`, err("not_a_real_date")],
    ];
  });
  check(rows);
  check([
    ["2026-13-01", err("not_a_real_date")],
    ["2026-00-10", err("not_a_real_date")],
    ["2026-01-00", err("not_a_real_date")],
    ["2026年13月1日", err("not_a_real_date")],
    ["R8.0.1", err("not_a_real_date")],
    ["R0.5.1", err("not_a_real_date")], // there is no year 0 of an era
    ["令和00年5月1日", err("not_a_real_date")],
  ]);
});

describe("impossible dates are reported before era bounds (R-PARSE-3)", () => {
  check([
    ["平成31年2月29日", err("not_a_real_date")], // 2019 is a common year
    ["平成31年5月32日", err("not_a_real_date")],
    ["平成99年13月1日", err("not_a_real_date")],
    ["令和1年4月31日", err("not_a_real_date")],
  ]);
});

describe("empty input", () => {
  check([
    ["", err("empty")],
    ["   ", err("empty")],
    ["　　", err("empty")],
    ["\t\n", err("empty")],
  ]);
  it("treats null and undefined from untyped callers as empty", () => {
    expect(parseTypedDate(undefined as unknown as string)).toStrictEqual(err("empty"));
    expect(parseTypedDate(null as unknown as string)).toStrictEqual(err("empty"));
  });
  it("treats other non-strings as unrecognised", () => {
    expect(parseTypedDate(20260315 as unknown as string)).toStrictEqual(err("unrecognised"));
    expect(parseTypedDate({} as unknown as string)).toStrictEqual(err("unrecognised"));
  });
});

describe("unrecognised input never throws", () => {
  const u = err("unrecognised");
  check([
    ["0", u],
    ["-1", u],
    ["-2026-03-15", u],
    ["+2026-03-15", u],
    ["abc", u],
    ["🎉", u],
    ["2026-03-15🎉", u],
    ["NaN", u],
    ["Infinity", u],
    ["null", u],
    ["undefined", u],
    ["\uD800", u],
    ["\u0000", u],
    ["2026-3", u],
    ["2026年3月", u],
    ["26-03-15", u],
    ["20260315", u],
    ["202603-15", u],
    ["2026--03-15", u],
    ["2026/03-15", u],
    ["2026.3/15", u],
    ["2026年3/15", u],
    ["2026-03-15.", u],
    ["2026-03-15T00:00", u],
    ["2026年3月15", u],
    ["2026-03-15日", u],
    ["2026-100-01", u],
    ["2026-1-100", u],
    ["10000-01-01", u],
    ["2201-01-01", u],
    ["9999-12-31", u],
    ["R123.1.1", u],
    ["R.3.15", u],
    ["R8", u],
    ["R8.3", u],
    ["R8.3.15.", u],
    ["X8.3.15", u],
    ["慶応3年1月1日", u],
    ["令和2026年1月1日", u],
    ["昭和六十年", u],
    ["RR8.3.15", u],
    ["昭和100年1月1日", u],
    ["令和令和8.3.15", u],
    ["8.3.15", u],
    ["年月日", u],
    ["H", u],
    ["元年5月1日", u],
    ["令和元元年5月1日", u],
    ["3/15/2026", u],
    ["15.3.2026", u],
    ["2026 03 15", u],
    ["٢٠٢٦-٠٣-١٥", u],
  ]);
});

describe(`length limit: over ${MAX_DATE_LENGTH} characters is unrecognised without parsing`, () => {
  check([
    ["2026-03-15".padEnd(MAX_DATE_LENGTH, " "), west("2026-03-15")],
    ["2026-03-15".padEnd(MAX_DATE_LENGTH + 1, " "), err("unrecognised")],
    ["x".repeat(200), err("unrecognised")],
    ["2".repeat(200), err("unrecognised")],
    ["2026-03-15".repeat(20), err("unrecognised")],
    [" ".repeat(200), err("unrecognised")],
    ["🎉".repeat(100), err("unrecognised")],
  ]);
  it("answers a megabyte of input at once", () => {
    expect(parseTypedDate("1".repeat(1 << 20))).toStrictEqual(err("unrecognised"));
  });
});
