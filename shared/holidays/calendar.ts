/**
 * @module
 * The holiday calendar the engine is given (R-COUNTER-2), like `today`: the engine never
 * imports it, so tests can hand it a made-up one. The shipped calendar answers from the
 * maintained dataset (dataset.ts, generated from @holiday-jp/holiday_jp) for the years whose
 * days it has apart from the law's (none today) and from the law (law.ts) for every other year:
 * the dataset's years that agree with the law are not shipped twice (scripts/holidays/render.ts).
 */
import type { DateFields } from "../rules/plain-date.ts";
import { HOLIDAY_DATASET } from "./dataset.ts";
import { withinFormula } from "./equinox.ts";
import { holidaysByLaw } from "./law.ts";

/**
 * How far a year's holidays can be trusted:
 * - `announced`: the Cabinet Office has published the year (its equinox days included);
 * - `projected`: computed ahead (dataset or law): the equinox days are announced each
 *   February for the next year only, and later law changes are unknown;
 * - `outsideFormula`: before 1980 or after 2099, where the equinox approximation does not hold.
 */
export type HolidayCertainty = "announced" | "projected" | "outsideFormula";

export interface HolidayCalendar {
  /** True on a national holiday or a 休日 under the holiday law (振替休日, 国民の休日, one-offs). */
  isHoliday(date: DateFields): boolean;
  certainty(year: number): HolidayCertainty;
}

/**
 * The last year the Cabinet Office has announced: its 春分日・秋分日 are published in the 官報
 * on the first business day of February for the following year (2027's on 2026-02-02).
 * Raise it each February, after updating @holiday-jp/holiday_jp.
 */
export const ANNOUNCED_THROUGH = 2027;

/** Years whose days the dataset has apart from the law's: year → its `MMDD` words. */
type Dataset = { years: Readonly<Record<number, string>> };

/** Month and day as one number (1123 for 11-23), the key of a year's holiday set. */
const monthDay = (month: number, day: number) => month * 100 + day;

/** A calendar from a dataset (years it holds) and the law (every other year). */
export function holidayCalendar(
  dataset: Dataset = HOLIDAY_DATASET,
  announcedThrough = ANNOUNCED_THROUGH,
): HolidayCalendar {
  const years = new Map<number, Set<number>>();
  for (const [year, line] of Object.entries(dataset.years))
    years.set(Number(year), new Set(line.split(" ").map(Number)));
  const holidaysOf = (year: number): Set<number> => {
    let days = years.get(year);
    if (!days) {
      days = new Set(holidaysByLaw(year).map((h) => monthDay(Number(h.date.slice(5, 7)), Number(h.date.slice(8, 10)))));
      years.set(year, days); // the law is a pure function of the year: computed once
    }
    return days;
  };
  return {
    isHoliday: (date) => holidaysOf(date.year).has(monthDay(date.month, date.day)),
    certainty: (year) =>
      !withinFormula(year) ? "outsideFormula" : year <= announcedThrough ? "announced" : "projected",
  };
}

/** Japan's national holidays as shipped: the dataset's years, the law beyond them. */
export const JAPAN_HOLIDAYS: HolidayCalendar = holidayCalendar();
