/**
 * @module
 * Turns what a person typed into the plain ASCII-and-kanji text the date grammar expects
 * (R-PARSE-1): NFKC, dash look-alikes folded to "-", all whitespace removed, kanji numerals as
 * digits.
 */

// NFKC maps full-width "－" to "-" but leaves these alone, and Japanese IMEs produce them when
// people type a dash: minus sign, hyphen, figure/en/em dash, horizontal bar, and the long-vowel
// mark "ー" (kana mode). Folding them is an extension of R-PARSE-1's "full-width punctuation".
const DASH_LIKE = /[\u2010-\u2015\u2212\u30FC]/g;

/**
 * NFKC (full-width digits, letters, punctuation and spaces become ASCII; ㍻ ㍼ ㍽ ㍾ ㋿ become
 * 平成 昭和 大正 明治 令和), dash look-alikes become "-", and every whitespace character is
 * dropped: R-PARSE-1 ignores spaces anywhere ("2026 年 3 月 15 日").
 */
export function normaliseTypedText(text: string): string {
  return text.normalize("NFKC").replace(DASH_LIKE, "-").replace(/\s+/g, "");
}

// R-PARSE-1: kanji numerals as printed or handwritten: positional (二〇二六) or with 十 (十一, 六十).
const KANJI_DIGITS = "〇一二三四五六七八九";
const KANJI_NUMBER = /[〇零一二三四五六七八九十]+/g;

function kanjiNumber(run: string): string {
  const digit = (c: string) => (c === "零" ? 0 : KANJI_DIGITS.indexOf(c));
  const ten = run.indexOf("十");
  if (ten < 0) return [...run].map(digit).join("");
  // 十 once, at most one digit either side (up to 99: era years, months, days)
  if (run.indexOf("十", ten + 1) >= 0 || ten > 1 || run.length - ten > 2) return run;
  const tens = ten === 0 ? 1 : digit(run[0]!);
  const ones = ten === run.length - 1 ? 0 : digit(run[ten + 1]!);
  return String(tens * 10 + ones);
}

/** Kanji numerals → ASCII digits; anything that is not a number we read stays as it is. */
const arabicNumerals = (s: string): string => s.replace(KANJI_NUMBER, kanjiNumber);

/** What the date grammars read (parse-typed-date.ts, parse-displayed.ts): typed text and the
 *  words they match alike (星期一 reads 星期1 on both sides). */
export const preparedText = (text: string): string => arabicNumerals(normaliseTypedText(text));
