/**
 * @module
 * A certificate expiry typed by the user is better than any inference: it replaces the computed
 * one (after input-checks made sure it does not outlive the card, R-CERT-1(b)).
 */
import type { PlainDate } from "./plain-date.ts";
import type { Situation } from "./situation.ts";

export function withGivenCertificateExpiry(situation: Situation, certificateExpiry: PlainDate): Situation {
  return {
    ...situation,
    certificate: { expiresOn: certificateExpiry, basis: "given" },
    signature: situation.signature && { ...situation.signature, expiresOn: certificateExpiry },
    // R-INFER-3's question ("did you renew?") is answered by the date itself.
    caveats: situation.caveats.filter((c) => c.code !== "probablyRenewed"),
  };
}
