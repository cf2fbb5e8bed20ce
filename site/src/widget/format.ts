/**
 * @module
 * Display of the API's ISO dates, without `Date` or Temporal (R-DATE-1: the dates are calendar
 * dates; no time zone may shift them). Japanese adds the era year, as R-PARSE-4 allows.
 */
import type { WidgetLang } from "./texts.ts";

const MONTHS = "January February March April May June July August September October November December".split(" ");

/** R-PARSE-2: 令和 from 2019-05-01, 平成 before (the widget never shows older dates). */
const eraYear = (iso: string, year: number): string =>
  iso >= "2019-05-01" ? `令和${year === 2019 ? "元" : year - 2018}年` : `平成${year - 1988}年`;

/** `2026-03-15` → `2026年3月15日（令和8年）` / `15 March 2026`. */
export function formatDate(iso: string, lang: WidgetLang): string {
  const [year, month, day] = iso.split("-").map(Number);
  if (!year || !month || !day) return iso;
  return lang === "en"
    ? `${day} ${MONTHS[month - 1]} ${year}`
    : `${year}年${month}月${day}日（${eraYear(iso, year)}）`;
}
