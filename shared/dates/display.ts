/**
 * @module
 * How a calendar date reads, in every language and on every surface: the API's sentences
 * (shared/messages), the site's pages and drawings, and the widget. ISO `YYYY-MM-DD` in,
 * text out; integer arithmetic only, no `Date` (R-DATE-1: a calendar date has no time zone to
 * shift it), so it ships to browsers.
 *
 * - Japanese writes 年月日 and never slashes (R-PARSE-4); the weekday in （）, spelled out
 *   in やさしい日本語 (「土曜日」) because the one-kanji form is a convention learners may not know.
 * - English writes day, month name, year ("14 November 2026"), never a numeric date that
 *   reads differently in the US and the UK; the weekday is spelled out ("Saturday"), as GOV.UK
 *   does, because an abbreviation is harder to read aloud and to translate.
 * - 和暦 (R-DATE-6, R-PARSE-4) comes from format-japanese-date.ts; English names the era in
 *   rōmaji ("Reiwa 8") so a resident can match it to the Japanese on their card.
 *
 * @throws RangeError (all functions) for a string that is not an ISO date.
 */
import type { Lang } from "../lang/index.ts";
import { requireIso, weekdayIndex } from "./calendar";
import { eraOf, GREGORIAN_START } from "./eras";
import { formatJapaneseDate, formatLetterDate, formatWareki, WEEKDAYS_JA } from "./format-japanese-date";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ERA_EN = { 明治: "Meiji", 大正: "Taishō", 昭和: "Shōwa", 平成: "Heisei", 令和: "Reiwa" } as const;

/** The date alone: "2026年11月14日" / "14 November 2026". */
export function formatDay(iso: string, lang: Lang): string {
  const { year, month, day } = requireIso(iso);
  return lang === "en" ? `${day} ${MONTHS[month - 1]} ${year}` : `${year}年${month}月${day}日`;
}

/** The month alone, for headings such as "this month's visits": "2026年11月" / "November 2026". */
export function formatMonth(iso: string, lang: Lang): string {
  const { year, month } = requireIso(iso);
  return lang === "en" ? `${MONTHS[month - 1]} ${year}` : `${year}年${month}月`;
}

/** With the weekday: "2026年11月14日（土）" / "Saturday 14 November 2026" / やさしい日本語 "2026年11月14日（土曜日）". */
export function formatDayWithWeekday(iso: string, lang: Lang): string {
  const w = weekdayIndex(iso);
  if (lang === "en") return `${WEEKDAYS_EN[w]} ${formatDay(iso, lang)}`;
  return `${formatDay(iso, lang)}（${WEEKDAYS_JA[w]}${lang === "ja-easy" ? "曜日" : ""}）`;
}

/** Short, for tight spaces (the timeline drawing): "2026年8月15日" / "15 Aug 2026". */
export function formatShort(iso: string, lang: Lang): string {
  const { year, month, day } = requireIso(iso);
  return lang === "en" ? `${day} ${MONTHS[month - 1]!.slice(0, 3)} ${year}` : formatDay(iso, lang);
}

/** 和暦 for the same day: "令和8年11月14日" / "Reiwa 8". Empty for a date before 1873 (no 和暦, R-PARSE-3). */
export function formatEra(iso: string, lang: Lang): string {
  if (iso < GREGORIAN_START) return "";
  if (lang !== "en") return formatWareki(iso);
  const era = eraOf(iso)!;
  return `${ERA_EN[era.name]} ${requireIso(iso).year - era.offset}`;
}

/**
 * The date with its era year on one line (R-PARSE-4): "2026年11月14日（令和8年）" /
 * "14 November 2026 (Reiwa 8)"; without the era before 1873.
 */
export function formatDayWithEra(iso: string, lang: Lang): string {
  if (iso < GREGORIAN_START) return formatDay(iso, lang);
  return lang === "en" ? `${formatDay(iso, lang)} (${formatEra(iso, lang)})` : formatJapaneseDate(iso);
}

/**
 * A date in a sentence a resident acts on, as municipal letters write it:
 * "令和8年（2026年）12月2日（水）" (やさしい日本語 "（水曜日）"), "Wednesday 2 December 2026";
 * before 1873 (no 和暦, R-PARSE-3) the date with its weekday.
 */
export function formatLetter(iso: string, lang: Lang): string {
  if (lang === "en" || iso < GREGORIAN_START) return formatDayWithWeekday(iso, lang);
  return formatLetterDate(iso, lang === "ja-easy" ? "long" : "short");
}
