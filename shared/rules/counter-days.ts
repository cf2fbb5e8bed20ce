/**
 * @module
 * R-COUNTER-1: the days the municipal counter is open, where renewal and re-issue happen
 * (R-RENEW-2). Counters close on Saturdays, Sundays, national holidays and 12-29 to 01-03
 * (行政機関の休日に関する法律 and the ordinances modelled on it). The holidays are a value the
 * engine is given (R-COUNTER-2), like `today`, never imported here.
 *
 * Hint: an expiry on a closed day does not move to the next open day (期限は繰り下げない): the
 * certificate still ends that day, so the last counter day is the open day before it.
 */
import { daysInMonth, isLeapYear } from "../dates/calendar.ts";
import type { HolidayCalendar, HolidayCertainty } from "../holidays/calendar.ts";
import { epochDay, isAfter, isBefore, PlainDate } from "./plain-date.ts";
import type { Caveat } from "./result.ts";
import { insertSortedOnce } from "./sorted-once.ts";

const SATURDAY = 6;
const SUNDAY = 0;
/** 1970-01-01 was a Thursday (4). */
const weekday = (date: PlainDate) => (((epochDay(date.year, date.month, date.day) + 4) % 7) + 7) % 7;

/** R-COUNTER-1: the year-end closure (年末年始), 12-29 to 01-03; the pages' sentences that name
 *  it are checked against this (site/src/content/rule-numbers.test.ts). */
export const YEAR_END_CLOSURE = { first: { month: 12, day: 29 }, last: { month: 1, day: 3 } } as const;

const { first: CLOSURE_FIRST, last: CLOSURE_LAST } = YEAR_END_CLOSURE;
const inYearEndClosure = ({ month, day }: PlainDate) =>
  (month === CLOSURE_FIRST.month && day >= CLOSURE_FIRST.day) ||
  (month === CLOSURE_LAST.month && day <= CLOSURE_LAST.day);

/** True when the counter is open on `date` (R-COUNTER-1). */
export function isCounterDay(date: PlainDate, holidays: HolidayCalendar): boolean {
  const w = weekday(date);
  return w !== SATURDAY && w !== SUNDAY && !inYearEndClosure(date) && !holidays.isHoliday(date);
}

/** A counter day found from a start date, and the holidays passed on the way (for caveats). */
export interface CounterDaySearch {
  day: PlainDate;
  /** Years of the holidays skipped on the way: their holidays decided the answer. */
  holidayYears: number[];
  /** Years of every day examined, the answer included. */
  examinedYears: number[];
}

function search(from: PlainDate, step: 1 | -1, holidays: HolidayCalendar): CounterDaySearch {
  // Most days are counter days: the loop below would stop at once with these same values.
  if (isCounterDay(from, holidays)) return { day: from, holidayYears: [], examinedYears: [from.year] };
  const holidayYears = new Set<number>();
  const examinedYears = new Set<number>();
  let day = from;
  for (;;) {
    examinedYears.add(day.year);
    if (isCounterDay(day, holidays)) break;
    if (holidays.isHoliday(day)) holidayYears.add(day.year);
    day = day.addDays(step);
  }
  return { day, holidayYears: [...holidayYears], examinedYears: [...examinedYears] };
}

/** R-COUNTER-1: the latest counter day on or before `date`. */
export const lastCounterDayOnOrBefore = (date: PlainDate, holidays: HolidayCalendar) => search(date, -1, holidays);

/** R-COUNTER-1: the first counter day on or after `date`. */
export const firstCounterDayOnOrAfter = (date: PlainDate, holidays: HolidayCalendar) => search(date, 1, holidays);

/**
 * How long before the counter deadline the 「窓口へ」 reminder comes: one week, so on the same
 * weekday as the deadline (a counter day is a weekday), leaving the whole week to go and notice
 * enough to take a day off work. The earlier events (renewal opens, the notice letter) are there
 * for planning further ahead.
 */
export const COUNTER_REMINDER_DAYS = 7;

/**
 * R-COUNTER-1: the 「窓口へ」 reminder before `deadline` (a counter day): a week before, or when
 * the counter is closed that day (a holiday, 年末年始), the nearest open day before the deadline
 * (the earlier one on a tie). So the reminder is a day one can go at once, with at least one
 * more open day (the deadline) after it. A plain week back would fall on 12-29 before a
 * deadline of 01-05 and leave only the deadline; always moving back would give two weeks' notice
 * before 01-09. counter-days.test.ts checks every deadline of 2016–2050.
 */
export function counterReminderDay(deadline: PlainDate, holidays: HolidayCalendar): PlainDate {
  const weekBefore = deadline.addDays(-COUNTER_REMINDER_DAYS);
  // The two searches by table (below): the same days as lastCounterDayOnOrBefore and
  // firstCounterDayOnOrAfter (counter-days.test.ts); what they saw is no caveat here.
  const seen: Seen = { projectedHoliday: false, outsideFormula: false };
  const earlier = find(weekBefore, -1, holidays, seen);
  const later = find(weekBefore, 1, holidays, seen);
  // The later one is nearer when it is before the deadline and fewer days from the week-before
  // day than the earlier one (the week-before day's number counted once).
  const week = epochDay(weekBefore.year, weekBefore.month, weekBefore.day);
  const laterIsNearer =
    isBefore(later, deadline) &&
    epochDay(later.year, later.month, later.day) - week < week - epochDay(earlier.year, earlier.month, earlier.day);
  return laterIsNearer ? later : earlier;
}

/**
 * R-COUNTER-1: the 「窓口へ」 reminder of an evaluation on `today` (`certificate.counterReminderDay`),
 * before the counter deadline still ahead: the last counter day to renew, or once that has
 * passed, the grace's last counter day (re-issue while the card still works, R-INS-1), the same
 * action date the checker names. Null once both have passed. The reminder itself may be before
 * `today` (the deadline's last week has begun); the calendar leaves it out then.
 */
export function evaluationCounterReminder(
  counters: { lastCounterDay: PlainDate; graceLastCounterDay: PlainDate },
  today: PlainDate,
  holidays: HolidayCalendar,
): PlainDate | null {
  const deadline = !isAfter(today, counters.lastCounterDay)
    ? counters.lastCounterDay
    : !isAfter(today, counters.graceLastCounterDay)
      ? counters.graceLastCounterDay
      : null;
  return deadline && counterReminderDay(deadline, holidays);
}

export interface CounterDays {
  lastCounterDay: PlainDate;
  firstCounterDay: PlainDate;
}

/** R-COUNTER-1 for an evaluation: the certificate's window and grace, and the card's window. */
export interface EvaluationCounterDays {
  certificate: CounterDays & { graceLastCounterDay: PlainDate };
  card: CounterDays | null;
  caveats: Caveat[];
}

/**
 * The caveats the searches call for:
 * - `expiryOnClosedDay` (R-COUNTER-1) when the certificate expires on a closed day: the date
 *   does not move, and the last counter day is earlier;
 * - `holidaysProjected` (R-COUNTER-2) when a holiday of a year not yet announced decided a day;
 * - `holidaysOutsideFormula` (R-COUNTER-2) when a day examined lies outside 1980–2099.
 */
export function counterCaveats(expiry: PlainDate, searches: CounterDaySearch[], holidays: HolidayCalendar): Caveat[] {
  const caveats: Caveat[] = [];
  if (!isCounterDay(expiry, holidays))
    caveats.push({ code: "expiryOnClosedDay", rule: "R-COUNTER-1", alternatives: [] });
  const certainty = (years: (s: CounterDaySearch) => number[]) =>
    searches.flatMap(years).map((y) => holidays.certainty(y));
  const projected = searches
    .filter((s) => s.holidayYears.some((y) => holidays.certainty(y) === "projected"))
    .map((s) => s.day);
  if (projected.length > 0) caveats.push(holidaysProjected([...new Set(projected.map(String))].sort()));
  if (certainty((s) => s.examinedYears).includes("outsideFormula")) {
    caveats.push({ code: "holidaysOutsideFormula", rule: "R-COUNTER-2", alternatives: [] });
  }
  return caveats;
}

/** R-COUNTER-2's caveat for the counter days a holiday of a year not yet announced decided
 *  (`days`: their ISO dates, sorted, each once). */
const holidaysProjected = (days: string[]): Caveat => ({
  code: "holidaysProjected",
  rule: "R-COUNTER-2",
  alternatives: [],
  days,
});

// ---- the same answers by table --------------------------------------------------------------
// Hint: an evaluation makes five searches, and the plain ones above ask the calendar about every
// day and collect the years in sets, which was a tenth of a compact batch's CPU. Below, each year
// of each calendar is read once into one byte per day (closed, holiday), with its certainty; a
// search is then a look-up, and a walk over the closed days only where it starts on one. The
// table is filled from `isCounterDay` and `holidays.isHoliday` themselves, so it holds exactly
// what they answer (the calendar is a pure value, R-COUNTER-2); counter-days.test.ts compares
// both ways on every kind of day and calendar.

const CLOSED = 1;
const HOLIDAY = 2;
/** Days of the year before each month, in a common year. */
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

interface YearTable {
  /** Per day of the year (0 = January 1): CLOSED when no counter day, HOLIDAY on a holiday. */
  days: Uint8Array;
  certainty: HolidayCertainty;
}

const tables = new WeakMap<HolidayCalendar, Map<number, YearTable>>();

function yearTable(holidays: HolidayCalendar, year: number): YearTable {
  let years = tables.get(holidays);
  if (!years) {
    years = new Map();
    tables.set(holidays, years);
  }
  let table = years.get(year);
  if (!table) {
    const days = new Uint8Array(isLeapYear(year) ? 366 : 365);
    let i = 0;
    for (let month = 1; month <= 12; month++) {
      for (let day = 1, end = daysInMonth(year, month); day <= end; day++, i++) {
        const date = new PlainDate(year, month, day);
        days[i] = (isCounterDay(date, holidays) ? 0 : CLOSED) | (holidays.isHoliday(date) ? HOLIDAY : 0);
      }
    }
    table = { days, certainty: holidays.certainty(year) };
    years.set(year, table);
  }
  return table;
}

const dayOfYear = ({ year, month, day }: PlainDate): number =>
  DAYS_BEFORE_MONTH[month - 1]! + day - 1 + (month > 2 && isLeapYear(year) ? 1 : 0);

/** What the searches of one evaluation saw, for `counterCaveats`' last two caveats. */
interface Seen {
  projectedHoliday: boolean;
  outsideFormula: boolean;
}

/** `search(from, step, holidays).day`, with what it saw recorded in `seen`. */
function find(from: PlainDate, step: 1 | -1, holidays: HolidayCalendar, seen: Seen): PlainDate {
  let table = yearTable(holidays, from.year);
  let i = dayOfYear(from);
  if (table.certainty === "outsideFormula") seen.outsideFormula = true;
  if ((table.days[i]! & CLOSED) === 0) return from;
  let year = from.year;
  let steps = 0;
  for (;;) {
    const flags = table.days[i]!;
    if ((flags & CLOSED) === 0) return from.addDays(steps);
    if ((flags & HOLIDAY) !== 0 && table.certainty === "projected") seen.projectedHoliday = true;
    i += step;
    steps += step;
    if (i < 0 || i >= table.days.length) {
      year += step;
      table = yearTable(holidays, year);
      i = step === 1 ? 0 : table.days.length - 1;
      if (table.certainty === "outsideFormula") seen.outsideFormula = true;
    }
  }
}

/** `lastCounterDayOnOrBefore(date, holidays).day` by table: another reading's grace end
 *  (R-COUNTER-1), whose search is no caveat of the answer. */
export const lastCounterDayByTable = (date: PlainDate, holidays: HolidayCalendar): PlainDate =>
  find(date, -1, holidays, DISCARDED);

/** What a search saw when nobody reads it: one object, not one per call (a hot path). */
const DISCARDED: Seen = { projectedHoliday: false, outsideFormula: false };

/**
 * `find`, noting in `seen.projected` the day it found when a projected holiday decided it: the
 * days sorted and each once (as counterCaveats' Set and sort, by insertion: sorted-once.ts),
 * the list made only then (rare).
 */
function findNoting(from: PlainDate, step: 1 | -1, holidays: HolidayCalendar, seen: NotingSeen): PlainDate {
  seen.projectedHoliday = false;
  const found = find(from, step, holidays, seen);
  if (seen.projectedHoliday) {
    seen.projected ??= [];
    insertSortedOnce(seen.projected, found.toString());
  }
  return found;
}

/** What the searches of one evaluation saw, with the days projected holidays decided. */
interface NotingSeen extends Seen {
  projected: string[] | null;
}

/**
 * The counter days of an evaluation and their caveats: the same as the five searches above
 * (`lastCounterDayOnOrBefore` the expiries and the grace end, `firstCounterDayOnOrAfter` the
 * window starts) and `counterCaveats` on them, by table.
 */
export function evaluationCounterDays(
  certificate: { expiresOn: PlainDate; renewalOpensOn: PlainDate; graceEndsOn: PlainDate },
  card: { expiresOn: PlainDate; renewalOpensOn: PlainDate } | null,
  holidays: HolidayCalendar,
): EvaluationCounterDays {
  const seen: NotingSeen = { projectedHoliday: false, outsideFormula: false, projected: null };
  const lastCounterDay = findNoting(certificate.expiresOn, -1, holidays, seen);
  const counters: EvaluationCounterDays = {
    certificate: {
      lastCounterDay,
      firstCounterDay: findNoting(certificate.renewalOpensOn, 1, holidays, seen),
      graceLastCounterDay: findNoting(certificate.graceEndsOn, -1, holidays, seen),
    },
    card: card && {
      lastCounterDay: findNoting(card.expiresOn, -1, holidays, seen),
      firstCounterDay: findNoting(card.renewalOpensOn, 1, holidays, seen),
    },
    caveats: [],
  };
  const projected = seen.projected;
  // R-COUNTER-1: the expiry is a closed day when its last counter day is another day.
  if (!lastCounterDay.equals(certificate.expiresOn))
    counters.caveats.push({ code: "expiryOnClosedDay", rule: "R-COUNTER-1", alternatives: [] });
  if (projected) counters.caveats.push(holidaysProjected(projected));
  if (seen.outsideFormula)
    counters.caveats.push({ code: "holidaysOutsideFormula", rule: "R-COUNTER-2", alternatives: [] });
  return counters;
}
