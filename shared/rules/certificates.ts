/**
 * @module
 * The user certificate's expiry from its issue date (R-CERT-1, R-CERT-3, R-CERT-4).
 */
import { type PlainDate, isBefore, isAfter } from "./plain-date.ts";
import { nthBirthdayAfter } from "./birthdays.ts";
import { renewalOpensOn } from "./windows.ts";
import type { RuleSet } from "./rule-set.ts";
import type { ExpiryBasis } from "./result.ts";

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
  const byBirthday = nthBirthdayAfter(birth, issuedOn, birthdays);
  if (!isBefore(byBirthday, cardExpiresOn)) return { expiresOn: cardExpiresOn, basis: "cardExpiry" };
  return { expiresOn: byBirthday, basis: renewedInWindow ? "sixthBirthday" : "fifthBirthday" };
}
