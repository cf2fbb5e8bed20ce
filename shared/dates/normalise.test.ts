import { describe, expect, it } from "vitest";
import { normaliseTypedText } from "./normalise";

describe("normaliseTypedText (R-PARSE-1)", () => {
  it.each([
    ["２０２６／３／１５", "2026/3/15"],
    ["２０２６．３．１５", "2026.3.15"],
    ["２０２６－０３－１５", "2026-03-15"],
    ["Ｒ８．３．１５", "R8.3.15"],
    ["ｒ８／３／１５", "r8/3/15"],
    ["　令和 8 年　3 月 15 日 ", "令和8年3月15日"],
    ["\t2026-03-15\n", "2026-03-15"],
    ["㍻31.4.30", "平成31.4.30"],
    ["㍼64.1.7", "昭和64.1.7"],
    ["㍽15.12.25", "大正15.12.25"],
    ["㍾45.7.30", "明治45.7.30"],
    ["㋿8.11.14", "令和8.11.14"],
    ["2026−03−15", "2026-03-15"], // U+2212 minus sign
    ["2026ー03ー15", "2026-03-15"], // U+30FC long-vowel mark (kana-mode dash)
    ["2026ｰ03ｰ15", "2026-03-15"], // U+FF70 half-width long-vowel mark
    ["2026‐03–15—", "2026-03-15-"], // hyphen, en dash, em dash
    ["", ""],
  ])("%j → %j", (input, out) => {
    expect(normaliseTypedText(input)).toStrictEqual(out);
  });
});
