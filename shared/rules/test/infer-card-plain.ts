/**
 * @module
 * Test-only: R-INFER-1 written as the rule reads, the oracle of infer-card.test.ts. Not imported
 * by the engine (infer-card.ts answers from day numbers, allocating nothing but the answer).
 */

import { ageOn, attainDay } from "../age.ts";
import { birthdayIn } from "../birthdays.ts";
import type { CardKind, FaceContext } from "../infer-card.ts";
import { earliest, isAfter, isBefore, latest, type PlainDate, plainDate } from "../plain-date.ts";
import { type RuleSet, ruleDate } from "../rule-set.ts";

interface Interval {
  from: PlainDate;
  to: PlainDate;
}

const nonEmpty = (i: Interval): boolean => !isAfter(i.from, i.to);
const first = (dates: PlainDate[]): PlainDate => earliest(dates[0]!, ...dates.slice(1));
const last = (dates: PlainDate[]): PlainDate => latest(dates[0]!, ...dates.slice(1));
const FAR_PAST = plainDate("1800-01-01");
const FAR_FUTURE = plainDate("2400-01-01");

/**
 * R-CARD-2 / R-CARD-3: the adult ages an issue day allows, each with the issue days it applies
 * to. A known application date fixes the threshold (and the card was issued after it); without
 * it, threshold 20 applies to issues up to the end of the transition, 18 from 2022-04-01.
 */
function thresholds(context: FaceContext, rules: RuleSet): { adultAge: number; issues: Interval }[] {
  const changesOn = ruleDate(rules.adultAgeChangesOn);
  const received = context.applicationReceivedOn;
  if (received) {
    return [
      {
        adultAge: isBefore(received, changesOn) ? rules.adultAgeBefore : rules.adultAgeFrom,
        issues: { from: received, to: FAR_FUTURE },
      },
    ];
  }
  return [
    { adultAge: rules.adultAgeBefore, issues: { from: FAR_PAST, to: ruleDate(rules.transitionIssuesUntil) } },
    { adultAge: rules.adultAgeFrom, issues: { from: changesOn, to: FAR_FUTURE } },
  ];
}

/**
 * The issue days I that give C as the n-th birthday after I (R-DATE-3) and the same card under
 * R-CARD-1/2/3, one interval per possible threshold, before 2016-01-01 and today are applied.
 * I lies in [L, U]: L = the birthday in year C.year − n, U = the next birthday minus one day.
 */
function issueIntervals(birth: PlainDate, cardExpiry: PlainDate, n: 5 | 10, context: FaceContext, rules: RuleSet) {
  const L = birthdayIn(birth, cardExpiry.year - n, rules.feb29);
  const U = birthdayIn(birth, cardExpiry.year - n + 1, rules.feb29).addDays(-1);
  return thresholds(context, rules).map(({ adultAge, issues }) => {
    const attain = attainDay(birth, adultAge); // R-AGE-1: the attain day already counts
    const adult = n === rules.adultCardBirthdays;
    return {
      adultAge,
      from: latest(L, issues.from, birth, adult ? attain : FAR_PAST),
      to: earliest(U, issues.to, adult ? FAR_FUTURE : attain.addDays(-1)),
    };
  });
}

/**
 * R-INFER-1, the plain path: the intervals as PlainDates and arrays, as the rule reads. The
 * oracle of infer-card.test.ts, which holds `inferCardKind` (the same test on day numbers, what
 * the engine runs) to the same answer. A card face is possible only if some issue day I (a)
 * gives C, (b) lies in [2016-01-01, today] and (c) gives the same card.
 */
export function inferCardKindPlain(
  birth: PlainDate,
  cardExpiry: PlainDate,
  context: FaceContext,
  rules: RuleSet,
): CardKind {
  const age = ageOn(birth, cardExpiry);
  const firstCards = ruleDate(rules.firstCardsIssuedOn);
  let meaning: { validityYears: 5 | 10; issueAge: number; earliestIssue: PlainDate } | null = null;
  for (const n of [rules.adultCardBirthdays, rules.minorCardBirthdays] as const) {
    const candidates = issueIntervals(birth, cardExpiry, n, context, rules).filter(nonEmpty);
    if (candidates.length === 0) continue;
    const bounded = candidates
      .map((c) => ({ ...c, from: latest(c.from, firstCards), to: earliest(c.to, context.today) }))
      .filter(nonEmpty);
    if (bounded.length === 0) {
      meaning ??= {
        validityYears: n,
        issueAge: ageOn(birth, candidates[0]!.from),
        earliestIssue: first(candidates.map((c) => c.from)),
      };
      continue;
    }
    const earliestIssue = first(bounded.map((c) => c.from));
    if (n === rules.adultCardBirthdays) {
      // R-AGE-1 / R-AGE-2: when every possible issue day is an attain day, the card is an adult's
      // only because that day counts as the new age: say so.
      const onlyAttainDay = bounded.every((c) => c.from.equals(c.to) && c.from.equals(attainDay(birth, c.adultAge)));
      return {
        possible: true,
        validityYears: 10,
        signature: true,
        caveat: onlyAttainDay ? "adultByDayBefore" : null,
        earliestIssue,
      };
    }
    // R-CERT-6: a signature certificate came with the card when issued at 15 or older; aged 19
    // on C means issued at 14, or on the day before the 15th birthday (then counted as 15).
    const attain15 = attainDay(birth, rules.signatureMinimumAge);
    const latestIssue = last(bounded.map((c) => c.to));
    const signatureAlways = !isBefore(earliestIssue, attain15);
    const signatureNever = isBefore(latestIssue, attain15);
    if (signatureAlways || signatureNever)
      return { possible: true, validityYears: 5, signature: signatureAlways, caveat: null, earliestIssue };
    return { possible: true, validityYears: 5, signature: false, caveat: "signatureUncertain", earliestIssue };
  }
  return { possible: false, age, meaning };
}
