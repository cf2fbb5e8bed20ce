/**
 * @module
 * The rules' calendar date (R-DATE-1): the subset of `Temporal.PlainDate` the rules use, with
 * the same names and the same results, computed with integer arithmetic (leap years and month
 * lengths from shared/dates/calendar.ts, the one calendar table of the project).
 *
 * Hint: why not `Temporal.PlainDate` itself? temporal-polyfill spends 2–5 µs on every date it
 * creates (measured: `npm run bench`), and one evaluation creates about thirty, which is ten
 * times the 10 µs per evaluation a 1,000-item batch can afford in a Worker's CPU budget; the
 * polyfill is also about 20 KiB gzip of a 48 KiB Worker budget. So Temporal is the reference,
 * not the engine: `plain-date.test.ts` checks every operation here against temporal-polyfill
 * on every day from 1900 to 2100 (and today.test.ts the Tokyo date). Like Temporal's, these
 * dates are immutable and never touch `Date` or time zones; the site can use them in browsers.
 */
import { daysInMonth, isLeapYear } from "../dates/calendar.ts";
import { GREGORIAN_START } from "../dates/eras.ts";

/** Days since 1970-01-01 (H. Hinnant's days_from_civil, proleptic Gregorian like ISO 8601). */
export function epochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** The date `days` after 1970-01-01 (inverse of {@link epochDay}). */
export function fromEpochDay(days: number): PlainDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return new PlainDate(yoe + era * 400 + (month <= 2 ? 1 : 0), month, doy - Math.floor((153 * mp + 2) / 5) + 1);
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** "-MM-DD" for month m and day d at index m * 32 + d (toString's ending, built once). */
const MONTH_DAY: string[] = [];
for (let m = 1; m <= 12; m++) for (let d = 1; d <= 31; d++) MONTH_DAY[m * 32 + d] = `-${pad(m, 2)}-${pad(d, 2)}`;

/** The same text as padding each part, from a table of the 372 "-MM-DD" endings. */
const isoText = (year: number, slot: number): string =>
  (year >= 1000 && year <= 9999 ? String(year) : pad(year, 4)) + MONTH_DAY[slot];

/**
 * `toString`'s memo: per year from ISO_FIRST_YEAR, the text of each date (index month * 32 +
 * day), filled as dates are written. The years are those of accepted input (1873 to MAX_YEAR
 * 2200, shared/dates) and a little past, so an isolate keeps at most about 124,000 short
 * strings (a few MiB, were every day written); a date outside is formatted each time.
 */
const ISO_FIRST_YEAR = Number(GREGORIAN_START.slice(0, 4));
/** To 2212: MAX_YEAR (2200, shared/dates/parse-typed-date.ts) and a little past. */
const ISO_YEARS = 340;
const ISO_BY_YEAR: (Array<string | undefined> | undefined)[] = [];

export const DASH = 45; // "-"
/** The number written by `count` ASCII digits of `text` from `start`, or -1 if one is not a digit. */
export function digits(text: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    n = n * 10 + d;
  }
  return n;
}

export interface DateFields {
  year: number;
  month: number;
  day: number;
}

export class PlainDate implements DateFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;

  /** Like `new Temporal.PlainDate(y, m, d)`: throws RangeError for a date that does not exist. */
  constructor(year: number, month: number, day: number) {
    if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      throw new RangeError(`not a calendar date: ${year}-${month}-${day}`);
    }
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /** Like `Temporal.PlainDate.from(fields, { overflow: "constrain" })`: a day past the month's
   *  end becomes its last day (Feb 29 → Feb 28 in a common year). */
  static constrain(fields: DateFields): PlainDate {
    return new PlainDate(fields.year, fields.month, Math.min(fields.day, daysInMonth(fields.year, fields.month)));
  }

  /** Parses `YYYY-MM-DD`; throws RangeError otherwise (callers validate typed input first). */
  static fromIso(iso: string): PlainDate {
    // Read digit by digit: this runs several times per evaluation, and a RegExp match allocates.
    const year = digits(iso, 0, 4);
    const month = digits(iso, 5, 2);
    const day = digits(iso, 8, 2);
    if (iso.length !== 10 || iso.charCodeAt(4) !== DASH || iso.charCodeAt(7) !== DASH || (year | month | day) < 0)
      throw new RangeError("expected YYYY-MM-DD");
    return new PlainDate(year, month, day);
  }

  static compare(a: DateFields, b: DateFields): -1 | 0 | 1 {
    const d = a.year - b.year || a.month - b.month || a.day - b.day;
    return d < 0 ? -1 : d > 0 ? 1 : 0;
  }

  get inLeapYear(): boolean {
    return isLeapYear(this.year);
  }

  get daysInMonth(): number {
    return daysInMonth(this.year, this.month);
  }

  equals(other: DateFields): boolean {
    return PlainDate.compare(this, other) === 0;
  }

  /** Like Temporal's `add`: years and months first, clamping the day to the month's end, then days. */
  add({ years = 0, months = 0, days = 0 }: { years?: number; months?: number; days?: number }): PlainDate {
    return this.addMonths(years * 12 + months).addDays(days);
  }

  subtract({ years = 0, months = 0, days = 0 }: { years?: number; months?: number; days?: number }): PlainDate {
    return this.add({ years: -years, months: -months, days: -days });
  }

  /**
   * `add({ months })` without the options object, for the rules' hot steps (R-RENEW-1's
   * "− 3 months", R-INS-1's month ends): the day is clamped to the new month's end.
   */
  addMonths(months: number): PlainDate {
    if (months === 0) return this;
    const index = this.year * 12 + (this.month - 1) + months;
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    return new PlainDate(year, month, Math.min(this.day, daysInMonth(year, month)));
  }

  /** `add({ days })` without the options object; a step inside the month needs no day count. */
  addDays(days: number): PlainDate {
    if (days === 0) return this;
    const day = this.day + days;
    if (day >= 1 && (day <= 28 || day <= daysInMonth(this.year, this.month)))
      return new PlainDate(this.year, this.month, day);
    return fromEpochDay(epochDay(this.year, this.month, this.day) + days);
  }

  /** Whole days from this date to `other` (Temporal: `until(other, { largestUnit: "days" }).days`). */
  daysUntil(other: DateFields): number {
    return epochDay(other.year, other.month, other.day) - epochDay(this.year, this.month, this.day);
  }

  /** The last day of this date's month. */
  endOfMonth(): PlainDate {
    return new PlainDate(this.year, this.month, this.daysInMonth);
  }

  /** `addMonths(months).endOfMonth()` with one date made, not two (R-INS-1's grace end, a few
   *  times per evaluation). */
  endOfMonthAfter(months: number): PlainDate {
    const index = this.year * 12 + (this.month - 1) + months;
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    return new PlainDate(year, month, daysInMonth(year, month));
  }

  toString(): string {
    const year = this.year;
    const slot = this.month * 32 + this.day;
    // An answer writes about fifteen dates, most of them met before by this isolate: each is
    // formatted once and kept (ISO_BY_YEAR), for the years an answer is likely to name.
    const y = year - ISO_FIRST_YEAR;
    if (y < 0 || y >= ISO_YEARS) return isoText(year, slot);
    let table = ISO_BY_YEAR[y];
    if (!table) {
      table = new Array<string | undefined>(13 * 32);
      ISO_BY_YEAR[y] = table;
    }
    let text = table[slot];
    if (text === undefined) {
      text = isoText(year, slot);
      table[slot] = text;
    }
    return text;
  }

  toJSON(): string {
    return this.toString();
  }
}

export const plainDate = (iso: string): PlainDate => PlainDate.fromIso(iso);

export const isBefore = (a: DateFields, b: DateFields): boolean => PlainDate.compare(a, b) < 0;
export const isAfter = (a: DateFields, b: DateFields): boolean => PlainDate.compare(a, b) > 0;
export const earliest = (first: PlainDate, ...rest: PlainDate[]): PlainDate =>
  rest.reduce((min, d) => (isBefore(d, min) ? d : min), first);
export const latest = (first: PlainDate, ...rest: PlainDate[]): PlainDate =>
  rest.reduce((max, d) => (isAfter(d, max) ? d : max), first);

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export const daysBetween = (from: PlainDate, to: PlainDate): number => from.daysUntil(to);
