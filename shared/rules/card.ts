/**
 * @module
 * The card's own expiry from its issue date (R-CARD-1 to R-CARD-4, R-AGE-2).
 */

import { ageAtLeast, attainDay } from "./age.ts";
import { nthBirthdayAfter } from "./birthdays.ts";
import { isAfter, isBefore, type PlainDate } from "./plain-date.ts";
import { type RuleSet, ruleDate } from "./rule-set.ts";

export interface CardIssue {
  birth: PlainDate;
  issuedOn: PlainDate;
  applicationReceivedOn?: PlainDate;
  periodOfStayEndsOn?: PlainDate;
}

export interface CardReading {
  expiresOn: PlainDate;
  validityYears: 10 | 5 | null;
  adult: boolean;
  /** The adult age applied (18 or 20). */
  adultAge: number;
}

export interface CardOutcome extends CardReading {
  /** R-CARD-3: the other reading when the application date would decide the threshold. */
  transitionAlternative: CardReading | null;
  /** R-AGE-2: the other reading when the card was issued on the day before the adult birthday. */
  ageBoundaryAlternative: CardReading | null;
}

/** R-CARD-2 / R-CARD-3: which adult ages are possible for this issue. The first is our answer. */
function adultAges(card: CardIssue, rules: RuleSet): number[] {
  const changesOn = ruleDate(rules.adultAgeChangesOn);
  if (card.applicationReceivedOn) {
    return [isBefore(card.applicationReceivedOn, changesOn) ? rules.adultAgeBefore : rules.adultAgeFrom];
  }
  if (isBefore(card.issuedOn, changesOn)) return [rules.adultAgeBefore];
  if (isAfter(card.issuedOn, ruleDate(rules.transitionIssuesUntil))) return [rules.adultAgeFrom];
  const ambiguous =
    ageAtLeast(card.birth, rules.adultAgeFrom, card.issuedOn) &&
    !ageAtLeast(card.birth, rules.adultAgeBefore, card.issuedOn);
  // Decisions: when unknown we answer with the earlier card expiry (the old threshold), which
  // never makes someone miss a renewal; the later one is given as the alternative.
  return ambiguous ? [rules.adultAgeBefore, rules.adultAgeFrom] : [rules.adultAgeFrom];
}

function read(card: CardIssue, adultAge: number, adult: boolean, rules: RuleSet): CardReading {
  const birthdays = adult ? rules.adultCardBirthdays : rules.minorCardBirthdays;
  const byBirthday = nthBirthdayAfter(card.birth, card.issuedOn, birthdays, rules.feb29);
  // R-CARD-4: a fixed period of stay ends the card earlier; the card then has no "years".
  if (card.periodOfStayEndsOn && isBefore(card.periodOfStayEndsOn, byBirthday)) {
    return { expiresOn: card.periodOfStayEndsOn, validityYears: null, adult, adultAge };
  }
  return { expiresOn: byBirthday, validityYears: birthdays, adult, adultAge };
}

/**
 * R-CARD-2 / R-CARD-3: every adult age this issue could have been judged by, known or not (the
 * 2022 band with the application date unknown allows both). Unlike `adultAges`, this does not
 * depend on the age on the issue day: it is what R-AGE-2's boundary is checked against.
 */
function possibleAdultAges(card: CardIssue, rules: RuleSet): number[] {
  const changesOn = ruleDate(rules.adultAgeChangesOn);
  if (card.applicationReceivedOn)
    return [isBefore(card.applicationReceivedOn, changesOn) ? rules.adultAgeBefore : rules.adultAgeFrom];
  if (isBefore(card.issuedOn, changesOn)) return [rules.adultAgeBefore];
  if (isAfter(card.issuedOn, ruleDate(rules.transitionIssuesUntil))) return [rules.adultAgeFrom];
  return [rules.adultAgeBefore, rules.adultAgeFrom];
}

/** R-CARD-1: the 10th birthday after issue for an adult on the issue date, else the 5th. */
export function cardFromIssue(card: CardIssue, rules: RuleSet): CardOutcome {
  const [adultAge, otherAge] = adultAges(card, rules);
  const adult = ageAtLeast(card.birth, adultAge, card.issuedOn);
  const best = read(card, adultAge, adult, rules);
  const transitionAlternative =
    otherAge === undefined ? null : read(card, otherAge, ageAtLeast(card.birth, otherAge, card.issuedOn), rules);
  // R-AGE-2: issued on the attain day of an adult age that may apply (18, or 20 while threshold
  // 20 is possible: before 2022-04-01, or in the R-CARD-3 band unless the application came
  // later); the stricter reading (the day does not count yet) makes it a minor's 5-year card.
  const boundaryAge = possibleAdultAges(card, rules).find((age) => card.issuedOn.equals(attainDay(card.birth, age)));
  const minor = boundaryAge === undefined ? null : read(card, boundaryAge, false, rules);
  const ageBoundaryAlternative =
    minor &&
    !minor.expiresOn.equals(best.expiresOn) &&
    !minor.expiresOn.equals(transitionAlternative?.expiresOn ?? best.expiresOn)
      ? minor
      : null;
  return { ...best, transitionAlternative, ageBoundaryAlternative };
}

/** R-CERT-6: is the holder old enough for a signature certificate on `date`? */
export const signatureAgeReached = (birth: PlainDate, date: PlainDate, rules: RuleSet): boolean =>
  ageAtLeast(birth, rules.signatureMinimumAge, date);

/** R-AGE-2 at 15: issued on the 15th attain day, the stricter reading has no signature certificate. */
export const onSignatureBoundary = (birth: PlainDate, date: PlainDate, rules: RuleSet): boolean =>
  date.equals(attainDay(birth, rules.signatureMinimumAge));
