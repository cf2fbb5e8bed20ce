/**
 * @module
 * Date display per site language: "2026年11月14日（土）" with 和暦 "令和8年11月14日" (R-PARSE-4),
 * "Sat 14 Nov 2026 (Reiwa 8)". Uses the browser-sized formatter in shared/dates (no `Date`).
 */
import { formatLetterDate, formatWareki, formatWarekiYear, weekdayIndex } from "#shared/dates/index.ts";
import type { SiteLang } from "../i18n/site";

const WEEKDAY_JA = ["日", "月", "火", "水", "木", "金", "土"];
const WEEKDAY_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ERA_EN: Record<string, string> = { 明治: "Meiji", 大正: "Taishō", 昭和: "Shōwa", 平成: "Heisei", 令和: "Reiwa" };

const parts = (iso: string) => iso.split("-").map(Number) as [number, number, number];

/** 0 = Sunday … 6 = Saturday (shared/dates `weekdayIndex`). */
const weekday = (iso: string): number => weekdayIndex(iso);

/** The date alone: "2026年11月14日" / "14 November 2026". */
export function formatDay(iso: string, lang: SiteLang): string {
  const [y, m, d] = parts(iso);
  return lang === "en" ? `${d} ${MONTH_EN[m - 1]} ${y}` : `${y}年${m}月${d}日`;
}

/** With the weekday: "2026年11月14日（土）" / "Saturday 14 November 2026"; やさしい日本語 "（土曜日）". */
export function formatDayWithWeekday(iso: string, lang: SiteLang): string {
  const w = weekday(iso);
  if (lang === "en") return `${WEEKDAY_EN[w]} ${formatDay(iso, lang)}`;
  return `${formatDay(iso, lang)}（${WEEKDAY_JA[w]}${lang === "easy" ? "曜日" : ""}）`;
}

/** 和暦 for the same day: "令和8年11月14日" / "Reiwa 8". Empty for dates without one. */
export function formatEra(iso: string, lang: SiteLang): string {
  try {
    if (lang !== "en") return formatWareki(iso);
    const year = formatWarekiYear(iso); // "令和8年" or "令和元年"
    const match = /^(..)(元|\d+)年$/.exec(year);
    return match ? `${ERA_EN[match[1]!] ?? match[1]} ${match[2] === "元" ? 1 : match[2]}` : "";
  } catch {
    return "";
  }
}

/** Short form for tight spaces (the timeline drawing): "2026年8月15日" / "15 Aug 2026". */
export function formatShort(iso: string, lang: SiteLang): string {
  const [y, m, d] = parts(iso);
  return lang === "en" ? `${d} ${MONTH_EN[m - 1]!.slice(0, 3)} ${y}` : `${y}年${m}月${d}日`;
}

/**
 * A date in a sentence a resident acts on, as municipal letters write it:
 * "令和8年（2026年）12月2日（水）" (やさしい日本語 "（水曜日）"), "Wednesday 2 December 2026".
 */
export function formatLetter(iso: string, lang: SiteLang): string {
  if (lang === "en") return formatDayWithWeekday(iso, lang);
  try {
    return formatLetterDate(iso, lang === "easy" ? "long" : "short");
  } catch {
    return formatDayWithWeekday(iso, lang); // before 1873: no 和暦 (R-PARSE-3)
  }
}
