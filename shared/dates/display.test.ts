// Date display in ja, en and やさしい日本語 (R-PARSE-4, R-DATE-6): one module for the API's
// texts, the site and the widget, so a result reads the same everywhere.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatDay,
  formatDayWithEra,
  formatDayWithWeekday,
  formatEra,
  formatLetter,
  formatMonth,
  formatShort,
} from "./display.ts";

describe("formatDayWithWeekday", () => {
  it.each([
    ["2026-11-14", "ja", "2026年11月14日（土）"],
    ["2026-11-14", "en", "Saturday 14 November 2026"],
    ["2026-11-14", "ja-easy", "2026年11月14日（土曜日）"],
    ["2025-03-20", "en", "Thursday 20 March 2025"],
    ["2028-02-29", "ja", "2028年2月29日（火）"],
  ] as const)("%s (%s) → %s", (iso, lang, text) => expect(formatDayWithWeekday(iso, lang)).toBe(text));
});

describe("formatDay, formatShort", () => {
  it("writes month names in English and 年月日 in Japanese, never slashes (R-PARSE-4)", () => {
    expect(formatDay("2025-03-20", "en")).toBe("20 March 2025");
    expect(formatDay("2025-03-20", "ja-easy")).toBe("2025年3月20日");
    expect(formatShort("2027-02-28", "en")).toBe("28 Feb 2027");
    expect(formatShort("2027-02-28", "ja")).toBe("2027年2月28日");
  });
});

describe("formatEra (R-DATE-6)", () => {
  it.each([
    ["2026-11-14", "ja", "令和8年11月14日"],
    ["2019-05-01", "ja", "令和元年5月1日"],
    ["2019-04-30", "ja", "平成31年4月30日"],
    ["1985-11-14", "en", "Shōwa 60"],
    ["2019-05-01", "en", "Reiwa 1"],
    ["1912-07-30", "en", "Taishō 1"], // the change day: the later era, as in Japanese
    ["1872-12-31", "ja", ""], // before the Gregorian calendar (R-PARSE-3)
    ["1872-12-31", "en", ""],
  ] as const)("%s (%s) → %s", (iso, lang, text) => expect(formatEra(iso, lang)).toBe(text));
});

describe("formatDayWithEra (the checker's conversion, the widget's Japanese)", () => {
  it.each([
    ["2026-03-15", "ja", "2026年3月15日（令和8年）"],
    ["2019-05-01", "ja", "2019年5月1日（令和元年）"],
    ["2019-04-30", "ja", "2019年4月30日（平成31年）"],
    ["1985-11-14", "en", "14 November 1985 (Shōwa 60)"],
    ["1872-12-31", "ja", "1872年12月31日"],
  ] as const)("%s (%s) → %s", (iso, lang, text) => expect(formatDayWithEra(iso, lang)).toBe(text));
});

describe("formatLetter (dates residents act on)", () => {
  it.each([
    ["2026-12-02", "ja", "令和8年（2026年）12月2日（水）"],
    ["2026-12-02", "ja-easy", "令和8年（2026年）12月2日（水曜日）"],
    ["2026-12-02", "en", "Wednesday 2 December 2026"],
    ["1872-12-31", "ja", "1872年12月31日（火）"],
  ] as const)("%s (%s) → %s", (iso, lang, text) => expect(formatLetter(iso, lang)).toBe(text));
});

describe("every day from 1873 to 2100", () => {
  it("has a text in every form and language, with the year and day as numbers", () => {
    const day = fc.integer({ min: 0, max: 228 * 365 }).map((n) => {
      const d = new Date(Date.UTC(1873, 0, 1 + n)); // test oracle only: the module itself never uses Date
      return d.toISOString().slice(0, 10);
    });
    fc.assert(
      fc.property(day, fc.constantFrom("ja", "en", "ja-easy" as const), (iso, lang) => {
        const [y, , d] = iso.split("-").map(Number);
        for (const text of [
          formatDay(iso, lang),
          formatDayWithWeekday(iso, lang),
          formatShort(iso, lang),
          formatDayWithEra(iso, lang),
          formatLetter(iso, lang),
        ]) {
          expect(text).toContain(String(y));
          expect(text).toContain(String(d));
          expect(text).not.toContain("/");
        }
        expect(formatEra(iso, lang)).not.toBe("");
      }),
    );
  });

  it("refuses what is not an ISO date", () => {
    expect(() => formatDay("soon", "ja")).toThrow(RangeError);
  });
});

describe("formatMonth", () => {
  it("names the month in each language (the list page's heading)", () => {
    expect(formatMonth("2026-11-14", "ja")).toBe("2026年11月");
    expect(formatMonth("2026-11-14", "ja-easy")).toBe("2026年11月");
    expect(formatMonth("2026-01-31", "en")).toBe("January 2026");
    expect(formatMonth("2026-12-01", "en")).toBe("December 2026");
  });
});
