/**
 * @module
 * Day numbers for drawing: where a day sits on a timeline, and the dates a slider moves through.
 * Integer arithmetic on ISO strings (no `Date`, so no time zone can shift a day). This file
 * draws; it never decides a stage boundary: those come from the rules (R-INS-2) or the API.
 */

/** Days since 1970-01-01 for an ISO date (proleptic Gregorian; H. Hinnant's days_from_civil). */
export function dayNumber(iso: string): number {
  const [y0, m, d] = iso.split("-").map(Number) as [number, number, number];
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The ISO date of a day number (inverse of {@link dayNumber}). */
export function isoFromDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Compare two ISO dates as strings sort: negative, zero or positive. */
export const compareDay = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
