/**
 * @module
 * Birthdays as the rules count them (R-DATE-3, R-DATE-4).
 */
import { isAfter, PlainDate } from "./plain-date.ts";

/** R-DATE-4: where a Feb 29 birthday falls in a common year (Decisions: "feb28"; some offices
 *  use Mar 1, so the other convention is recounted as a caveat). */
export type Feb29Convention = "feb28" | "mar1";

/**
 * The birthday in `year`. R-DATE-4: a Feb 29 birthday falls on Feb 28 in a common year (the
 * "constrain" overflow gives exactly that), or on Mar 1 under the other convention.
 */
export function birthdayIn(birth: PlainDate, year: number, feb29: Feb29Convention = "feb28"): PlainDate {
  const date = PlainDate.constrain({ year, month: birth.month, day: birth.day });
  return feb29 === "mar1" && isLeapDay(birth) && !date.inLeapYear ? new PlainDate(year, 3, 1) : date;
}

/**
 * The `n`-th birthday strictly after `date` (R-DATE-3: a birthday on `date` itself is not counted).
 * @example nthBirthdayAfter(1990-04-10, 2020-04-10, 10) → 2030-04-10
 */
export function nthBirthdayAfter(
  birth: PlainDate,
  date: PlainDate,
  n: number,
  feb29: Feb29Convention = "feb28",
): PlainDate {
  const firstYear = isAfter(birthdayIn(birth, date.year, feb29), date) ? date.year : date.year + 1;
  return birthdayIn(birth, firstYear + n - 1, feb29);
}

/** True when `date` is a birthday of `birth`; for a Feb 29 birth in a common year, Feb 28 or
 *  Mar 1 (R-INFER-4 accepts either, since offices differ). */
export function isBirthday(birth: PlainDate, date: PlainDate): boolean {
  if (birth.month === date.month && birth.day === date.day) return true;
  if (!isLeapDay(birth) || date.inLeapYear) return false;
  return (date.month === 2 && date.day === 28) || (date.month === 3 && date.day === 1);
}

export const isLeapDay = (date: PlainDate): boolean => date.month === 2 && date.day === 29;
