/**
 * @module
 * The rule constants of one card generation (R-NEXT-1). The next-generation card announced for
 * FY2028 changes several of these (10-year adult certificates, renewal from one year before);
 * it will be a second `RuleSet`, not an edit of this one.
 */

import type { Feb29Convention } from "./birthdays.ts";
import { type PlainDate, plainDate } from "./plain-date.ts";

export interface RuleSet {
  /** Stable name, returned in every result so a client knows which rules answered. */
  id: string;
  /** R-CARD-1: birthdays counted for an adult's and a minor's card. */
  adultCardBirthdays: 10;
  minorCardBirthdays: 5;
  /** R-CARD-2: the adult age, and the day J-LIS started applying the lower one. */
  adultAgeBefore: number;
  adultAgeFrom: number;
  adultAgeChangesOn: string;
  /** R-CARD-3: cards issued up to this day may still come from applications under the old rule. */
  transitionIssuesUntil: string;
  /** R-CERT-1 / R-CERT-3: birthdays counted for a certificate, and for one renewed in the window. */
  certificateBirthdays: number;
  renewedCertificateBirthdays: number;
  /** R-CERT-6: the signature certificate is not issued below this age. */
  signatureMinimumAge: number;
  /** R-RENEW-1 / R-CARD-6: renewal opens the day after expiry minus this many months. */
  renewalWindowMonths: number;
  /** R-RENEW-3: the notice letter arrives about this many months before expiry (from, to). */
  noticeMonthsBefore: readonly [number, number];
  /** R-INS-1: grace ends at the end of the N-th month after the month of expiry. */
  graceMonthsAfterExpiryMonth: number;
  /** R-INPUT-1: the first My Number cards. */
  firstCardsIssuedOn: string;
  /** R-DATE-4: a Feb 29 birthday in a common year (Decisions: Feb 28; Mar 1 is recounted). */
  feb29: Feb29Convention;
}

/** Cards issued since 2016 (the current generation). */
export const CARD_2016 = {
  id: "card-2016",
  adultCardBirthdays: 10,
  minorCardBirthdays: 5,
  adultAgeBefore: 20,
  adultAgeFrom: 18,
  adultAgeChangesOn: "2022-04-01",
  transitionIssuesUntil: "2022-09-30",
  certificateBirthdays: 5,
  renewedCertificateBirthdays: 6,
  signatureMinimumAge: 15,
  renewalWindowMonths: 3,
  noticeMonthsBefore: [3, 2],
  graceMonthsAfterExpiryMonth: 3,
  firstCardsIssuedOn: "2016-01-01",
  feb29: "feb28",
} as const satisfies RuleSet;

const ruleDates = new Map<string, PlainDate>();

/**
 * A rule set's date (`adultAgeChangesOn`, `transitionIssuesUntil`, `firstCardsIssuedOn`), parsed
 * once: every evaluation compares with them, and a PlainDate is immutable, so one can be shared.
 */
export function ruleDate(iso: string): PlainDate {
  let date = ruleDates.get(iso);
  if (date === undefined) {
    date = plainDate(iso);
    ruleDates.set(iso, date);
  }
  return date;
}
