/**
 * @module
 * 和暦 display forms for ISO dates (R-DATE-6, R-PARSE-4): "令和8年11月14日", "令和8年" and
 * "2026年11月14日（令和8年）". Integer arithmetic only, no `Date`.
 */

import { compareIso, requireIso, weekdayIndex } from "./calendar";
import { type Era, eraOf, GREGORIAN_START } from "./eras";

interface WarekiParts {
  era: Era;
  eraYear: number;
  month: number;
  day: number;
  year: number;
}

function warekiParts(iso: string): WarekiParts {
  const { year, month, day } = requireIso(iso);
  // R-PARSE-3: before 明治6年1月1日 Japan used the lunar calendar, so a Gregorian date has no
  // faithful 和暦 rendering; the parser rejects those dates too.
  const era = compareIso(iso, GREGORIAN_START) >= 0 ? eraOf(iso) : undefined;
  if (!era) throw new RangeError(`no 和暦 for a date before ${GREGORIAN_START}: ${iso}`);
  return { era, eraYear: year - era.offset, month, day, year };
}

/** R-PARSE-1: an era year as Japanese writes it, "令和8年"; the first year is 元年, never 1年. */
export const eraYearName = (era: Era, eraYear: number): string => `${era.name}${eraYear === 1 ? "元" : eraYear}年`;

const eraYearText = (p: WarekiParts): string => eraYearName(p.era, p.eraYear);

/**
 * "令和8年11月14日" (元年 for year 1). On an overlap day (1912-07-30, 1926-12-25) the later era.
 * @throws RangeError for a malformed ISO date or one before 1873-01-01.
 */
export function formatWareki(iso: string): string {
  const p = warekiParts(iso);
  return `${eraYearText(p)}${p.month}月${p.day}日`;
}

/**
 * Era and year only: "令和8年", "令和元年".
 * @throws RangeError as {@link formatWareki}.
 */
export function formatWarekiYear(iso: string): string {
  return eraYearText(warekiParts(iso));
}

/**
 * R-PARSE-4 display form: "2026年11月14日（令和8年）", with full-width brackets.
 * @throws RangeError as {@link formatWareki}.
 */
export function formatJapaneseDate(iso: string): string {
  const p = warekiParts(iso);
  return `${p.year}年${p.month}月${p.day}日（${eraYearText(p)}）`;
}

/** The weekday in one kanji, Sunday first (weekdayIndex). */
export const WEEKDAYS_JA = ["日", "月", "火", "水", "木", "金", "土"] as const;

/**
 * The form municipal letters use: "令和8年（2026年）12月2日（水）" — 和暦 first, the 西暦 year
 * beside it, then the weekday (R-PARSE-4 display). `weekday: "long"` writes "（水曜日）" for
 * やさしい日本語.
 * @throws RangeError as {@link formatWareki}.
 */
export function formatLetterDate(iso: string, weekday: "short" | "long" = "short"): string {
  const p = warekiParts(iso);
  const day = WEEKDAYS_JA[weekdayIndex(iso)]!;
  return `${eraYearText(p)}（${p.year}年）${p.month}月${p.day}日（${day}${weekday === "long" ? "曜日" : ""}）`;
}
