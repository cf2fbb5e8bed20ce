/**
 * @module
 * R-INFER-1: what the printed card expiry C says about how the card was issued, and whether any
 * issue day could have produced it (the possibility test).
 */

import { isLeapYear } from "../dates/calendar.ts";
import { ageOn } from "./age.ts";
import { type Feb29Convention, isLeapDay } from "./birthdays.ts";
import { epochDay, fromEpochDay, isBefore, type PlainDate } from "./plain-date.ts";
import { type RuleSet, ruleDate } from "./rule-set.ts";

export type CardKind =
  | {
      possible: true;
      validityYears: 5 | 10;
      /** Whether a signature certificate came with the card (issued at 15 or older, R-CERT-6). */
      signature: boolean;
      caveat: "signatureUncertain" | "adultByDayBefore" | null;
      /** The earliest issue day that passes the test (R-INPUT-1's `earliest`). */
      earliestIssue: PlainDate;
    }
  | {
      possible: false;
      age: number;
      /** What the face would mean, when some issue day would give C but for 2016-01-01 or today. */
      meaning: { validityYears: 5 | 10; issueAge: number; earliestIssue: PlainDate } | null;
    };

export interface FaceContext {
  today: PlainDate;
  /** R-INFER-1: settles the threshold (ages 23–24) when given. */
  applicationReceivedOn?: PlainDate;
}

// ---- the test on day numbers -----------------------------------------------------------------
// Hint: the plain path (test/infer-card-plain.ts, the test's oracle: the intervals as PlainDates
// and arrays, as the rule reads) builds about forty PlainDates, intervals, closures and arrays per
// card face (a fifth of what a compact batch allocated, issue 12). Here each date is its epoch
// day (plain-date.ts), an interval two numbers, and the thresholds at most two: nothing is
// allocated but the answer. Same order of thresholds, same min and max, so the same answer.

const FAR_PAST_DAY = epochDay(1800, 1, 1);
const FAR_FUTURE_DAY = epochDay(2400, 1, 1);
const dayOf = (date: PlainDate): number => epochDay(date.year, date.month, date.day);

/** `birthdayIn(birth, year, feb29)` as an epoch day (R-DATE-4). */
function birthdayDay(birth: PlainDate, year: number, feb29: Feb29Convention): number {
  if (isLeapDay(birth) && !isLeapYear(year)) return feb29 === "mar1" ? epochDay(year, 3, 1) : epochDay(year, 2, 28);
  return epochDay(year, birth.month, birth.day);
}

/** `attainDay(birth, n)` as an epoch day (R-AGE-1). */
const attainDayNumber = (birth: PlainDate, n: number): number =>
  isLeapDay(birth) ? epochDay(birth.year + n, 2, 28) : epochDay(birth.year + n, birth.month, birth.day) - 1;

/** The thresholds' adult ages and issue intervals (`thresholds`): scratch space, filled anew
 *  by each call (the engine is synchronous and does not call itself). */
const ADULT_AGE = [0, 0];
const ISSUES_FROM = [0, 0];
const ISSUES_TO = [0, 0];

/**
 * R-INFER-1 from day numbers (infer-card.test.ts holds it to the plain path's answer). A card
 * face is possible only if some issue day I (a) gives C, (b) lies in [2016-01-01, today] and
 * (c) gives the same card. The age bands follow from the test; the test decides. Consequences:
 * ages 25–26 never; 27 and 28 need threshold 18, so C ≥ 2031-04-02; 23–24 need an issue under
 * threshold 20 (C − 5 years no later than 2022-09-30, or an application received before
 * 2022-04-01). C is a birthday here; a C that is not is R-INFER-6's (from-card-face.ts).
 */
export function inferCardKind(birth: PlainDate, cardExpiry: PlainDate, context: FaceContext, rules: RuleSet): CardKind {
  const born = dayOf(birth);
  const firstCards = dayOf(ruleDate(rules.firstCardsIssuedOn));
  const today = dayOf(context.today);
  // thresholds(): a known application date fixes one; else 20 up to the transition's end, 18 from the change.
  const received = context.applicationReceivedOn;
  let thresholds = 1;
  if (received) {
    ADULT_AGE[0] = isBefore(received, ruleDate(rules.adultAgeChangesOn)) ? rules.adultAgeBefore : rules.adultAgeFrom;
    ISSUES_FROM[0] = dayOf(received);
    ISSUES_TO[0] = FAR_FUTURE_DAY;
  } else {
    thresholds = 2;
    ADULT_AGE[0] = rules.adultAgeBefore;
    ISSUES_FROM[0] = FAR_PAST_DAY;
    ISSUES_TO[0] = dayOf(ruleDate(rules.transitionIssuesUntil));
    ADULT_AGE[1] = rules.adultAgeFrom;
    ISSUES_FROM[1] = dayOf(ruleDate(rules.adultAgeChangesOn));
    ISSUES_TO[1] = FAR_FUTURE_DAY;
  }
  let meaning: { validityYears: 5 | 10; issueAge: number; earliestIssue: PlainDate } | null = null;
  for (let pass = 0; pass < 2; pass++) {
    const n = pass === 0 ? rules.adultCardBirthdays : rules.minorCardBirthdays;
    const adult = n === rules.adultCardBirthdays;
    // issueIntervals(): I in [L, U], L the birthday in C.year − n, U the next one minus a day.
    const L = birthdayDay(birth, cardExpiry.year - n, rules.feb29);
    const U = birthdayDay(birth, cardExpiry.year - n + 1, rules.feb29) - 1;
    let candidates = 0; // the non-empty intervals, in threshold order
    let firstCandidateFrom = 0;
    let earliestCandidate = 0;
    let bounded = 0;
    let earliestIssue = 0;
    let latestIssue = 0;
    let onlyAttainDay = true;
    for (let k = 0; k < thresholds; k++) {
      const attain = attainDayNumber(birth, ADULT_AGE[k]!);
      const from = Math.max(L, ISSUES_FROM[k]!, born, adult ? attain : FAR_PAST_DAY);
      const to = Math.min(U, ISSUES_TO[k]!, adult ? FAR_FUTURE_DAY : attain - 1);
      if (from > to) continue;
      if (candidates === 0) firstCandidateFrom = earliestCandidate = from;
      else earliestCandidate = Math.min(earliestCandidate, from);
      candidates++;
      // Bounded by the first cards' day and today.
      const bFrom = Math.max(from, firstCards);
      const bTo = Math.min(to, today);
      if (bFrom > bTo) continue;
      earliestIssue = bounded === 0 ? bFrom : Math.min(earliestIssue, bFrom);
      latestIssue = bounded === 0 ? bTo : Math.max(latestIssue, bTo);
      bounded++;
      // R-AGE-1 / R-AGE-2: every possible issue day an attain day.
      if (!(bFrom === bTo && bFrom === attain)) onlyAttainDay = false;
    }
    if (candidates === 0) continue;
    if (bounded === 0) {
      meaning ??= {
        validityYears: n,
        issueAge: ageOn(birth, fromEpochDay(firstCandidateFrom)),
        earliestIssue: fromEpochDay(earliestCandidate),
      };
      continue;
    }
    if (adult) {
      return {
        possible: true,
        validityYears: 10,
        signature: true,
        caveat: onlyAttainDay ? "adultByDayBefore" : null,
        earliestIssue: fromEpochDay(earliestIssue),
      };
    }
    // R-CERT-6: issued at 15 or older always, never, or either way.
    const attain15 = attainDayNumber(birth, rules.signatureMinimumAge);
    const signatureAlways = earliestIssue >= attain15;
    const signatureNever = latestIssue < attain15;
    return {
      possible: true,
      validityYears: 5,
      signature: signatureAlways,
      caveat: signatureAlways || signatureNever ? null : "signatureUncertain",
      earliestIssue: fromEpochDay(earliestIssue),
    };
  }
  return { possible: false, age: ageOn(birth, cardExpiry), meaning };
}
