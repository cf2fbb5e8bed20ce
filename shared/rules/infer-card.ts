/**
 * @module
 * R-INFER-1: what the age on the printed card expiry says about how the card was issued.
 */
import { type PlainDate, isAfter, plainDate } from "./plain-date.ts";
import { ageOn } from "./age.ts";
import type { RuleSet } from "./rule-set.ts";

export type CardKind =
  | { possible: true; validityYears: 5; signature: boolean; caveat: "signatureUncertain" | null }
  | { possible: true; validityYears: 10; signature: true; caveat: "adultByDayBefore" | null }
  | { possible: false; age: number };

/**
 * Reads the card from the holder's age on the card expiry C. C is the 5th or 10th birthday
 * after issue, so each age points to an age at issue (R-INFER-1's table).
 */
export function inferCardKind(birth: PlainDate, cardExpiry: PlainDate, rules: RuleSet): CardKind {
  const age = ageOn(birth, cardExpiry);
  const under15 = rules.signatureMinimumAge + rules.minorCardBirthdays - 1; // 19
  // A 5-year card ends on the 5th birthday after issue at the earliest age 0: below 5 is impossible.
  if (age < rules.minorCardBirthdays) return { possible: false, age };
  if (age < under15) return { possible: true, validityYears: 5, signature: false, caveat: null };
  // Issued at 14, unless issued on the day before the 15th birthday (then counted as 15).
  if (age === under15) return { possible: true, validityYears: 5, signature: false, caveat: "signatureUncertain" };
  if (age <= rules.adultAgeFrom + rules.minorCardBirthdays - 1) {
    return { possible: true, validityYears: 5, signature: true, caveat: null }; // issued at 15–17
  }
  if (age <= rules.adultAgeBefore + rules.minorCardBirthdays - 1) {
    // Issued at 18–19 under the pre-2022-04 threshold: the card was issued after C − 5 years,
    // so only possible when that is no later than the end of the transition.
    const issuedAfter = cardExpiry.subtract({ years: rules.minorCardBirthdays });
    if (isAfter(issuedAfter, plainDate(rules.transitionIssuesUntil))) return { possible: false, age };
    return { possible: true, validityYears: 5, signature: true, caveat: null };
  }
  const adultFromDayBefore = rules.adultAgeFrom + rules.adultCardBirthdays - 1; // 27
  if (age < adultFromDayBefore) return { possible: false, age }; // 25–26: no card has this
  if (age === adultFromDayBefore) return { possible: true, validityYears: 10, signature: true, caveat: "adultByDayBefore" };
  return { possible: true, validityYears: 10, signature: true, caveat: null };
}
