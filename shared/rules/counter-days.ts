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
import type { HolidayCalendar } from "../holidays/calendar.ts";
import { epochDay, type PlainDate, plainDate } from "./plain-date.ts";
import type { CardDates, Caveat, CertificateDates, Evaluation } from "./result.ts";

const SATURDAY = 6;
const SUNDAY = 0;
/** 1970-01-01 was a Thursday (4). */
const weekday = (date: PlainDate) => (((epochDay(date.year, date.month, date.day) + 4) % 7) + 7) % 7;

/** R-COUNTER-1: 12-29 to 01-03, the year-end closure (年末年始). */
const inYearEndClosure = ({ month, day }: PlainDate) => (month === 12 && day >= 29) || (month === 1 && day <= 3);

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
  const earlier = lastCounterDayOnOrBefore(weekBefore, holidays).day;
  const later = firstCounterDayOnOrAfter(weekBefore, holidays).day;
  const laterIsNearer = later.daysUntil(deadline) > 0 && weekBefore.daysUntil(later) < earlier.daysUntil(weekBefore);
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
  const deadline =
    today.daysUntil(counters.lastCounterDay) >= 0
      ? counters.lastCounterDay
      : today.daysUntil(counters.graceLastCounterDay) >= 0
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

export function evaluationCounterDays(
  certificate: { expiresOn: PlainDate; renewalOpensOn: PlainDate; graceEndsOn: PlainDate },
  card: { expiresOn: PlainDate; renewalOpensOn: PlainDate } | null,
  holidays: HolidayCalendar,
): EvaluationCounterDays {
  const searches = [
    lastCounterDayOnOrBefore(certificate.expiresOn, holidays),
    firstCounterDayOnOrAfter(certificate.renewalOpensOn, holidays),
    lastCounterDayOnOrBefore(certificate.graceEndsOn, holidays),
  ] as const;
  const cardSearches =
    card &&
    ([
      lastCounterDayOnOrBefore(card.expiresOn, holidays),
      firstCounterDayOnOrAfter(card.renewalOpensOn, holidays),
    ] as const);
  return {
    certificate: {
      lastCounterDay: searches[0].day,
      firstCounterDay: searches[1].day,
      graceLastCounterDay: searches[2].day,
    },
    card: cardSearches && { lastCounterDay: cardSearches[0].day, firstCounterDay: cardSearches[1].day },
    caveats: counterCaveats(certificate.expiresOn, [...searches, ...(cardSearches ?? [])], holidays),
  };
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
  if (certainty((s) => s.holidayYears).includes("projected")) {
    caveats.push({ code: "holidaysProjected", rule: "R-COUNTER-2", alternatives: [] });
  }
  if (certainty((s) => s.examinedYears).includes("outsideFormula")) {
    caveats.push({ code: "holidaysOutsideFormula", rule: "R-COUNTER-2", alternatives: [] });
  }
  return caveats;
}

/** An evaluation before its counter days are added (what `conclude()` in evaluate.ts builds). */
export type WithoutCounterDays = Omit<Evaluation, "certificate" | "card"> & {
  certificate: Omit<
    CertificateDates,
    "lastCounterDay" | "firstCounterDay" | "graceLastCounterDay" | "counterReminderDay"
  >;
  card: Omit<CardDates, "lastCounterDay" | "firstCounterDay"> | null;
};

/** The evaluation with its counter days (R-COUNTER-1), the 「窓口へ」 reminder and their caveats added. */
export function withCounterDays(evaluation: WithoutCounterDays, holidays: HolidayCalendar): Evaluation {
  const { certificate, card } = evaluation;
  const counters = evaluationCounterDays(
    {
      expiresOn: plainDate(certificate.expiresOn),
      renewalOpensOn: plainDate(certificate.renewalOpensOn),
      graceEndsOn: plainDate(certificate.graceEndsOn),
    },
    card && { expiresOn: plainDate(card.expiresOn), renewalOpensOn: plainDate(card.renewalOpensOn) },
    holidays,
  );
  return {
    ...evaluation,
    certificate: {
      ...certificate,
      lastCounterDay: counters.certificate.lastCounterDay.toString(),
      firstCounterDay: counters.certificate.firstCounterDay.toString(),
      graceLastCounterDay: counters.certificate.graceLastCounterDay.toString(),
      counterReminderDay:
        evaluationCounterReminder(counters.certificate, plainDate(evaluation.today), holidays)?.toString() ?? null,
    },
    card: card &&
      counters.card && {
        ...card,
        lastCounterDay: counters.card.lastCounterDay.toString(),
        firstCounterDay: counters.card.firstCounterDay.toString(),
      },
    caveats: [...evaluation.caveats, ...counters.caveats],
    rules: [...new Set([...evaluation.rules, "R-COUNTER-1", "R-COUNTER-2"])].sort(),
  };
}
