import { describe, expect, it } from "vitest";
import { formatJapaneseDate, formatLetterDate, formatWareki, formatWarekiYear } from "./format-japanese-date";

describe("formatWareki", () => {
  it.each([
    ["2026-11-14", "令和8年11月14日"],
    ["2019-05-01", "令和元年5月1日"],
    ["2019-04-30", "平成31年4月30日"],
    ["2020-01-01", "令和2年1月1日"],
    ["1989-01-08", "平成元年1月8日"],
    ["1989-01-07", "昭和64年1月7日"],
    ["1985-11-14", "昭和60年11月14日"],
    ["1926-12-24", "大正15年12月24日"],
    ["1926-12-25", "昭和元年12月25日"], // overlap day: the later era
    ["1926-12-26", "昭和元年12月26日"],
    ["1912-07-29", "明治45年7月29日"],
    ["1912-07-30", "大正元年7月30日"], // overlap day: the later era
    ["1912-07-31", "大正元年7月31日"],
    ["1873-01-01", "明治6年1月1日"],
    ["2000-02-29", "平成12年2月29日"],
    ["2117-12-31", "令和99年12月31日"],
    ["2200-12-31", "令和182年12月31日"],
  ])("%s → %s", (iso, text) => {
    expect(formatWareki(iso)).toStrictEqual(text);
  });
});

describe("formatWarekiYear", () => {
  it.each([
    ["2026-11-14", "令和8年"],
    ["2019-05-01", "令和元年"],
    ["2019-04-30", "平成31年"],
    ["1989-01-08", "平成元年"],
    ["1989-01-07", "昭和64年"],
    ["1926-12-25", "昭和元年"],
    ["1912-07-30", "大正元年"],
    ["1912-07-29", "明治45年"],
  ])("%s → %s", (iso, text) => {
    expect(formatWarekiYear(iso)).toStrictEqual(text);
  });
});

describe("formatJapaneseDate (R-PARSE-4)", () => {
  it.each([
    ["2026-11-14", "2026年11月14日（令和8年）"],
    ["2031-11-14", "2031年11月14日（令和13年）"],
    ["2019-05-01", "2019年5月1日（令和元年）"],
    ["2019-04-30", "2019年4月30日（平成31年）"],
    ["1985-01-05", "1985年1月5日（昭和60年）"],
    ["1926-12-25", "1926年12月25日（昭和元年）"],
    ["1912-07-30", "1912年7月30日（大正元年）"],
  ])("%s → %s", (iso, text) => {
    expect(formatJapaneseDate(iso)).toStrictEqual(text);
  });
});

describe("bad input throws a RangeError", () => {
  it.each(["", "2026-1-1", "2026/01/01", "2026-02-29", "2026-13-01", "令和8年1月1日", "1872-12-31", "1868-01-25"])(
    "%j",
    (iso) => {
      expect(() => formatWareki(iso)).toThrow(RangeError);
      expect(() => formatWarekiYear(iso)).toThrow(RangeError);
      expect(() => formatJapaneseDate(iso)).toThrow(RangeError);
    },
  );
});

describe("formatLetterDate (the form on municipal letters)", () => {
  it.each([
    ["2026-12-02", "令和8年（2026年）12月2日（水）"],
    ["2019-05-01", "令和元年（2019年）5月1日（水）"], // first day of 令和: 元年
    ["2019-04-30", "平成31年（2019年）4月30日（火）"], // last day of 平成
    ["2028-02-29", "令和10年（2028年）2月29日（火）"],
    ["2027-02-28", "令和9年（2027年）2月28日（日）"],
  ])("%s → %s", (iso, text) => {
    expect(formatLetterDate(iso)).toStrictEqual(text);
  });

  it("writes the whole weekday for やさしい日本語", () => {
    expect(formatLetterDate("2026-12-02", "long")).toStrictEqual("令和8年（2026年）12月2日（水曜日）");
  });

  it("refuses a day before the Gregorian calendar, as formatWareki does (R-PARSE-3)", () => {
    expect(() => formatLetterDate("1872-12-31")).toThrow(RangeError);
  });
});
