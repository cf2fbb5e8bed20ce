/**
 * @module
 * Route (a): the user knows the user certificate's expiry (card box, マイナポータル, letter).
 */
import type { PlainDate } from "./plain-date.ts";
import type { Situation } from "./situation.ts";

export function fromCertificateExpiry(certificateExpiry: PlainDate): Situation {
  return {
    route: "certificateExpiry",
    certificate: { expiresOn: certificateExpiry, basis: "given" },
    card: null,
    // R-CERT-2(b): the signature certificate never outlives the user certificate; whether one
    // exists (R-CERT-6) or lapsed early (R-CERT-7) this input cannot tell.
    signature: { expiresOn: certificateExpiry, bound: "atMost" },
    caveats: [],
    rules: ["R-CERT-2"],
    noticeLetterExpected: true,
  };
}
