/**
 * @module
 * Age as Japanese law counts it (R-AGE-1): a person reaches age N at the end of the day before
 * the N-th birthday; like passport offices, we count that whole day as age N.
 */

import { isLeapDay } from "./birthdays.ts";
import { isBefore, PlainDate } from "./plain-date.ts";

/** The day on which `birth` counts as age `n`: the day before the n-th birthday; for a Feb 29
 *  birth always Feb 28 of that year, leap or not (R-AGE-1). */
export function attainDay(birth: PlainDate, n: number): PlainDate {
  const year = birth.year + n;
  if (isLeapDay(birth)) return new PlainDate(year, 2, 28);
  return new PlainDate(year, birth.month, birth.day).addDays(-1);
}

/** R-AGE-1: true iff `date` is on or after the attain day of age `n`. */
export const ageAtLeast = (birth: PlainDate, n: number, date: PlainDate): boolean =>
  !isBefore(date, attainDay(birth, n));

/** Completed age on `date` under R-AGE-1 (0 before the first attain day). */
export function ageOn(birth: PlainDate, date: PlainDate): number {
  let n = date.year - birth.year + 1;
  while (n > 0 && !ageAtLeast(birth, n, date)) n--;
  return n;
}
