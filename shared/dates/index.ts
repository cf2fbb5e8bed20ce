/**
 * @module
 * Dates as people type and read them in Japan, without `Date` or Temporal (browser-sized).
 *
 * `parseTypedDate(text)` accepts (R-PARSE-1) 西暦 with a four-digit year — `2026-03-15`,
 * `2026/3/15`, `2026.3.15`, `2026年3月15日` — and 和暦 with a one- or two-digit year or 元 —
 * `令和8年3月15日`, `令和元年5月1日`, `R8.3.15`, `r8/3/15`, `R08-03-15`, `令8.3.15` — where the era
 * is a full name (明治 大正 昭和 平成 令和), its first kanji (明 大 昭 平 令), its letter
 * (M T S H R, either case) or a ligature (㍾ ㍽ ㍼ ㍻ ㋿). The separator is ".", "/" or "-" used
 * twice alike, or 年/月/日. Input is NFKC-normalised (full-width digits, letters, punctuation,
 * spaces), dash look-alikes (−, ー, ‐, –, —) count as "-", and spaces anywhere are ignored.
 * A weekday in brackets (`（日）`, `（日曜日）`) and the other calendar's year in brackets
 * (`令和9年（2027年）1月10日`, `2027年1月10日（令和9年）`, `令和9（2027）年…`) are read when they agree
 * with the date, so every Japanese display form of shared/dates reads back (review7 #2); so do
 * the other languages' (parse-displayed.ts: `Sunday 10 January 2027`, `2026년 12월 30일`,
 * `30 tháng 12 năm 2026`, with the era as they write it, `(Reiwa 9)`), their weekday checked like
 * a bracketed one. A holiday's mark after the weekday, `（月・祝）`, or alone, `（祝）`, is read.
 * Inputs over MAX_DATE_LENGTH (shared/limits) characters, 西暦 years after 2200 and anything else are "unrecognised".
 * Errors (R-PARSE-3): impossible dates, dates before 1873-01-01 (pre-Gregorian Japan), and era
 * dates outside their era — the latter with a suggestion in the right era (平成31年5月1日 →
 * 令和元年5月1日). The change days 1912-07-30 and 1926-12-25 are valid in both eras (R-PARSE-2).
 *
 * The formatters render an ISO date as 和暦 (later era on an overlap day, 元年 for year 1), and
 * `formatJapaneseDate` gives the R-PARSE-4 display form "2026年11月14日（令和8年）".
 */

export { compareIso, daysInMonth, isLeapYear, isRealDate, weekdayIndex, type YMD } from "./calendar";
export { hasCardFaceWords } from "./card-face-words";
export { ERAS, type Era, type EraName, GREGORIAN_START } from "./eras";
export { formatJapaneseDate, formatLetterDate, formatWareki, formatWarekiYear } from "./format-japanese-date";
export { MAX_YEAR, type Mismatch, type ParsedDate, type ParseErrorCode, parseTypedDate } from "./parse-typed-date";
