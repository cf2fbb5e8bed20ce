/**
 * @module
 * A certificate expiry typed by the user is better than any inference: it replaces the computed
 * one (after input-checks made sure it does not outlive the card, R-CERT-1(b)).
 */
import type { PlainDate } from "./plain-date.ts";
import type { Situation } from "./situation.ts";

export function withGivenCertificateExpiry(situation: Situation, certificateExpiry: PlainDate): Situation {
  // R-CARD-4: no letter when the certificate (now the typed one) ends with a stay-limited card,
  // whatever the inferred one did (a card-issue route's first certificate may end on a birthday).
  const card = situation.card;
  const endsWithStay = card !== null && card.validityYears === null && certificateExpiry.equals(card.expiresOn);
  return {
    ...situation,
    certificate: { expiresOn: certificateExpiry, basis: "given" },
    signature: situation.signature && { ...situation.signature, expiresOn: certificateExpiry },
    // R-INFER-3: a date the user gives beats the assumption; the question is answered by it.
    // R-INFER-5: the not-renewed alternative of an expired card goes for the same reason.
    caveats: situation.caveats
      .filter((c) => c.code !== "renewalUnknown")
      .map((c) => (c.code === "cardExpired" ? { ...c, alternatives: [] } : c)),
    noticeLetterExpected: situation.noticeLetterExpected && !endsWithStay,
  };
}
