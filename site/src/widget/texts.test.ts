// The widget's language, and its dates read as the site's do (R-PARSE-4).
import { describe, expect, it } from "vitest";
import { formatDate } from "./format.ts";
import { widgetLang } from "./texts.ts";

describe("widgetLang", () => {
  it.each([
    ["en", "en"],
    ["en-GB", "en"],
    ["EN", "en"],
    ["ja", "ja"],
    ["ja-easy", "ja"],
    ["fr", "ja"],
    [null, "ja"],
  ] as const)("%s → %s", (value, lang) => expect(widgetLang(value)).toBe(lang));
});

describe("formatDate", () => {
  it.each([
    ["2026-03-15", "ja", "2026年3月15日（令和8年）"],
    ["2019-05-01", "ja", "2019年5月1日（令和元年）"],
    ["2019-04-30", "ja", "2019年4月30日（平成31年）"],
    ["2026-03-15", "en", "15 March 2026"],
    ["2026-12-01", "en", "1 December 2026"],
  ] as const)("%s (%s) → %s", (iso, lang, text) => expect(formatDate(iso, lang)).toBe(text));

  it("leaves anything that is not an ISO date as it is", () => {
    expect(formatDate("soon", "ja")).toBe("soon");
  });
});
