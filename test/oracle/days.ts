/**
 * Calendar arithmetic for the oracle, on day numbers (days since 1970-01-01), written apart from
 * shared/dates so that a slip there cannot hide here. Proleptic Gregorian (R-DATE-1: dates are
 * plain calendar dates in Japan; no time zone enters).
 */
import holidays from "@holiday-jp/holiday_jp/lib/holidays.js";

export type Day = number;

export const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export const daysInMonth = (y: number, m: number): number => (m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]);

/** Howard Hinnant's days_from_civil. */
export function day(y: number, m: number, d: number): Day {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function ymd(x: Day): [number, number, number] {
  const z = x + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
export const iso = (x: Day): string => {
  const [y, m, d] = ymd(x);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
};
export const parseIso = (s: string): Day => day(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));

/** k months later (or earlier), the day clamped to the end of a shorter month (R-RENEW-1). */
export function addMonths(x: Day, k: number): Day {
  const [y, m, d] = ymd(x);
  const total = y * 12 + (m - 1) + k;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return day(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export const endOfMonth = (y: number, m: number): Day => day(y, m, daysInMonth(y, m));

// ---- counter days (R-COUNTER-1, R-COUNTER-2) ----

const HOLIDAYS = new Set(Object.keys(holidays as Record<string, unknown>));
const DATA_END_YEAR = 2050;

/** R-COUNTER-2's rule for the years after the dataset (checked against it for 2022–2050 when
 *  written): fixed days, Happy Mondays, the equinox approximation (2099's after 2099),
 *  振替休日 and 国民の休日. */
function ruleHolidays(y: number): Set<string> {
  const nthMonday = (m: number, n: number) => {
    let d = day(y, m, 1);
    while (weekday(d) !== 1) d++;
    return d + 7 * (n - 1);
  };
  const t = Math.min(y, 2099) - 1980;
  const spring = Math.floor(20.8431 + 0.242194 * t - Math.floor(t / 4));
  const autumn = Math.floor(23.2488 + 0.242194 * t - Math.floor(t / 4));
  const named = [
    day(y, 1, 1),
    nthMonday(1, 2),
    day(y, 2, 11),
    day(y, 2, 23),
    day(y, 3, spring),
    day(y, 4, 29),
    day(y, 5, 3),
    day(y, 5, 4),
    day(y, 5, 5),
    nthMonday(7, 3),
    day(y, 8, 11),
    nthMonday(9, 3),
    day(y, 9, autumn),
    nthMonday(10, 2),
    day(y, 11, 3),
    day(y, 11, 23),
  ];
  const all = new Set(named);
  for (const d of named) {
    if (weekday(d) !== 0) continue;
    let next = d + 1;
    while (all.has(next)) next++;
    all.add(next);
  }
  for (const d of named) if (named.includes(d + 2) && !all.has(d + 1) && weekday(d + 1) !== 0) all.add(d + 1);
  return new Set([...all].map(iso));
}
const ruleYears = new Map<number, Set<string>>();

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekday = (x: Day): number => (((x + 4) % 7) + 7) % 7;
export function isHoliday(x: Day): boolean {
  const y = ymd(x)[0];
  if (y <= DATA_END_YEAR) return HOLIDAYS.has(iso(x));
  if (!ruleYears.has(y)) ruleYears.set(y, ruleHolidays(y));
  return ruleYears.get(y)?.has(iso(x)) ?? false;
}

/** R-COUNTER-1: Saturdays, Sundays, national holidays and 12-29 to 01-03 are closed. */
export function counterClosed(x: Day): boolean {
  const w = weekday(x);
  if (w === 0 || w === 6) return true;
  const [, m, d] = ymd(x);
  if ((m === 12 && d >= 29) || (m === 1 && d <= 3)) return true;
  return isHoliday(x);
}
/** R-COUNTER-1: the latest open day on or before x (the expiry itself never moves). */
export function lastOpenOnOrBefore(x: Day): Day {
  let y = x;
  while (counterClosed(y)) y--;
  return y;
}
/** R-COUNTER-1: the first open day on or after x (the window's first counter day). */
export function firstOpenOnOrAfter(x: Day): Day {
  let y = x;
  while (counterClosed(y)) y++;
  return y;
}
