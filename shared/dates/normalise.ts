/**
 * @module
 * Turns what a person typed into the plain ASCII-and-kanji text the date grammar expects
 * (R-PARSE-1): NFKC, dash look-alikes folded to "-", and all whitespace removed.
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
