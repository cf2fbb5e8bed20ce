/**
 * @module
 * Route (a): the user knows the user certificate's expiry (card box, マイナポータル, letter).
 */
import type { PlainDate } from "./plain-date.ts";
import type { Situation } from "./situation.ts";

/**
 * @param periodOfStayEndsOn - when it is the certificate's expiry, the card ends with the stay
 *   too (the certificate never outlives the card, nor the card the stay: R-CERT-1(b), R-CARD-4),
 *   so no notice letter is sent (R-CARD-4)
 */
export function fromCertificateExpiry(certificateExpiry: PlainDate, periodOfStayEndsOn?: PlainDate): Situation {
  const endsWithStay = periodOfStayEndsOn?.equals(certificateExpiry) ?? false;
  return {
    route: "certificateExpiry",
    certificate: { expiresOn: certificateExpiry, basis: "given" },
    card: null,
    // R-CERT-2(b): the signature certificate never outlives the user certificate; whether one
    // exists (R-CERT-6) or lapsed early (R-CERT-7) this input cannot tell.
    signature: { expiresOn: certificateExpiry, bound: "atMost" },
    caveats: [],
    rules: endsWithStay ? ["R-CARD-4", "R-CERT-2"] : ["R-CERT-2"],
    noticeLetterExpected: !endsWithStay,
  };
}
