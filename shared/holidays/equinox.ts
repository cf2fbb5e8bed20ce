/**
 * @module
 * 春分の日 and 秋分の日 by the standard approximation (R-COUNTER-2). The law names the equinox
 * days only as 「春分日」「秋分日」; the Cabinet Office announces the actual dates each February
 * for the following year (官報), from the National Astronomical Observatory's ephemeris. The
 * approximation below reproduces those dates for 1980–2099 and is what holiday lists use for
 * years not yet announced.
 *
 * Hint: outside 1980–2099 the formula's constants no longer hold (2100 is not a leap year, so
 * the `floor((y − 1980) / 4)` leap correction breaks). The rule book says to use "the dates of
 * 2099's rule" beyond its range: the month-days of the nearest year in range (2099: 3/20 and
 * 9/23; 1980: 3/20 and 9/23), always with a caveat (`FORMULA_YEARS`).
 */

/** The years the approximation is valid for (R-COUNTER-2). */
export const FORMULA_YEARS = { first: 1980, last: 2099 } as const;

const TROPICAL_YEAR_DRIFT = 0.242194;
const VERNAL_BASE = 20.8431;
const AUTUMNAL_BASE = 23.2488;

const clampToFormula = (year: number): number => Math.min(Math.max(year, FORMULA_YEARS.first), FORMULA_YEARS.last);

function equinoxDay(base: number, year: number): number {
  const y = clampToFormula(year) - FORMULA_YEARS.first;
  return Math.floor(base + TROPICAL_YEAR_DRIFT * y - Math.floor(y / 4));
}

/** Day of March of 春分の日 in `year`. */
export const vernalEquinoxDay = (year: number): number => equinoxDay(VERNAL_BASE, year);

/** Day of September of 秋分の日 in `year`. */
export const autumnalEquinoxDay = (year: number): number => equinoxDay(AUTUMNAL_BASE, year);

/** True when the approximation covers `year` (else the dates are the nearest covered year's). */
export const withinFormula = (year: number): boolean => year >= FORMULA_YEARS.first && year <= FORMULA_YEARS.last;
