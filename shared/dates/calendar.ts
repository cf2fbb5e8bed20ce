/**
 * @module
 * Proleptic Gregorian calendar arithmetic on plain `{ year, month, day }` records and ISO
 * `YYYY-MM-DD` strings. No `Date`, no Temporal: this ships to the browser inside a small
 * budget, and integer arithmetic is all that typed-date parsing needs (R-PARSE-1..4).
 */

/** A calendar date as three integers; month and day are 1-based. */
export interface YMD {
  year: number;
  month: number;
  day: number;
}

/** Gregorian leap year: every 4th year, except centuries not divisible by 400 (1900 no, 2000 yes). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/** True when the three integers name a day that exists (rejects month 13, Feb 30, day 0). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** `YYYY-MM-DD` for years 0–9999. Because the width is fixed, ISO strings compare as text. */
export function toIso({ year, month, day }: YMD): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Order of two ISO dates (-1, 0, 1). Fixed-width `YYYY-MM-DD` strings sort as text. */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The date in a strict ISO `YYYY-MM-DD` string, or null when malformed or not a real date. */
export function parseIso(iso: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

/** Like `parseIso` but throws a RangeError: for callers that were promised a valid ISO date. */
export function requireIso(iso: string): YMD {
  const ymd = parseIso(iso);
  if (!ymd) throw new RangeError(`not an ISO date: ${JSON.stringify(iso)}`);
  return ymd;
}

// Sakamoto's method: month offsets for a year that starts in March (Jan/Feb count as last year).
const SAKAMOTO = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];

/** Day of the week, 0 = Sunday … 6 = Saturday (Sakamoto's method, pure arithmetic). */
export function weekdayOf({ year, month, day }: YMD): number {
  const y = month < 3 ? year - 1 : year;
  const n = y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + SAKAMOTO[month - 1] + day;
  return ((n % 7) + 7) % 7; // year 0000 in Jan/Feb makes y negative
}

/** Day of the week of an ISO date, 0 = Sunday … 6 = Saturday. */
export const weekdayIndex = (iso: string): number => weekdayOf(requireIso(iso));
