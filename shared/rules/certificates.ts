/**
 * @module
 * The user certificate's expiry from its issue date (R-CERT-1, R-CERT-3, R-CERT-4).
 */

import { nthBirthdayAfter } from "./birthdays.ts";
import { isAfter, isBefore, type PlainDate } from "./plain-date.ts";
import type { ExpiryBasis } from "./result.ts";
import type { RuleSet } from "./rule-set.ts";
import { renewalOpensOn } from "./windows.ts";

export interface CertificateReading {
  expiresOn: PlainDate;
  basis: ExpiryBasis;
}

/**
 * A certificate issued on `issuedOn` on a card that expires on `cardExpiresOn`.
 * `previousExpiresOn` is the certificate it replaced, if any: when the new one was issued inside
 * the old one's renewal window (R-CERT-3) it runs to the 6th birthday, else the 5th (R-CERT-1,
 * R-CERT-4); either way never past the card (R-CERT-1(b), R-CARD-5).
 */
export function certificateFromIssue(
  birth: PlainDate,
  issuedOn: PlainDate,
  cardExpiresOn: PlainDate,
  rules: RuleSet,
  previousExpiresOn?: PlainDate,
): CertificateReading {
  const renewedInWindow =
    previousExpiresOn !== undefined &&
    !isBefore(issuedOn, renewalOpensOn(previousExpiresOn, rules)) &&
    !isAfter(issuedOn, previousExpiresOn);
  const birthdays = renewedInWindow ? rules.renewedCertificateBirthdays : rules.certificateBirthdays;
  const byBirthday = nthBirthdayAfter(birth, issuedOn, birthdays, rules.feb29);
  if (!isBefore(byBirthday, cardExpiresOn)) return { expiresOn: cardExpiresOn, basis: "cardExpiry" };
  return { expiresOn: byBirthday, basis: renewedInWindow ? "sixthBirthday" : "fifthBirthday" };
}

/** R-INPUT-3: how many days before a window start a typed issue date asks to be checked. */
const NEAR_WINDOW_DAYS = 7;

/**
 * R-INPUT-3: a certificate issued within 7 days before the previous one's window start is an
 * ordinary issue (5th birthday) where one more day would give the 6th: answer as the rules say,
 * with a caveat that asks to check the date and gives the reading of an issue on the window start.
 */
export function nearWindowReading(
  birth: PlainDate,
  issuedOn: PlainDate,
  cardExpiresOn: PlainDate,
  previousExpiresOn: PlainDate,
  rules: RuleSet,
): CertificateReading | null {
  const opens = renewalOpensOn(previousExpiresOn, rules);
  if (!isBefore(issuedOn, opens) || isBefore(issuedOn, opens.addDays(-NEAR_WINDOW_DAYS))) return null;
  const inWindow = certificateFromIssue(birth, opens, cardExpiresOn, rules, previousExpiresOn);
  return inWindow.expiresOn.equals(
    certificateFromIssue(birth, issuedOn, cardExpiresOn, rules, previousExpiresOn).expiresOn,
  )
    ? null
    : inWindow;
}
