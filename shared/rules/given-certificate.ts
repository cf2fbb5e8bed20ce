/**
 * @module
 * A certificate expiry typed by the user is better than any inference: it replaces the computed
 * one (after input-checks made sure it does not outlive the card, R-CERT-1(b)).
 */
import { alternative } from "./alternatives.ts";
import { type PlainDate, plainDate } from "./plain-date.ts";
import type { Caveat } from "./result.ts";
import type { RuleSet } from "./rule-set.ts";
import type { Situation } from "./situation.ts";

/** Caveats whose alternative is another card (R-CARD-3, R-AGE-2): the card differs, the typed
 *  certificate does not. */
const OTHER_CARD = new Set(["thresholdTransition", "ageBoundary"]);

/** R-INFER-3's last point: under another card reading the certificate is still the typed one;
 *  only the card's expiry (and what follows from the typed date on `today`) is the alternative's. */
function withTypedCertificate(caveat: Caveat, certificateExpiry: PlainDate, today: PlainDate, rules: RuleSet): Caveat {
  return {
    ...caveat,
    alternatives: caveat.alternatives.map((alt) =>
      alt.cardExpiresOn
        ? alternative(
            alt.assumption,
            { certificate: certificateExpiry, card: plainDate(alt.cardExpiresOn) },
            today,
            rules,
          )
        : alt,
    ),
  };
}

export function withGivenCertificateExpiry(
  situation: Situation,
  certificateExpiry: PlainDate,
  today: PlainDate,
  rules: RuleSet,
): Situation {
  // R-CARD-4: no letter when the certificate (now the typed one) ends with a stay-limited card,
  // whatever the inferred one did (a card-issue route's first certificate may end on a birthday).
  const card = situation.card;
  const endsWithStay = card !== null && card.validityYears === null && certificateExpiry.equals(card.expiresOn);
  return {
    ...situation,
    certificate: { expiresOn: certificateExpiry, basis: "given" },
    signature: situation.signature && { ...situation.signature, expiresOn: certificateExpiry },
    // R-INFER-3: a date the user gives beats the assumption; the question is answered by it.
    // R-INFER-5: the not-renewed alternative of an expired card goes for the same reason, and so
    // does R-INFER-6's earlier birthday (the note on the stay-limited card stays).
    caveats: situation.caveats
      .filter((c) => c.code !== "renewalUnknown")
      .map((c) =>
        // R-INFER-6: the earlier birthday is a guess at the certificate, which the typed date settles.
        c.code === "cardExpired" || c.code === "periodOfStay"
          ? { ...c, alternatives: [] }
          : OTHER_CARD.has(c.code)
            ? withTypedCertificate(c, certificateExpiry, today, rules)
            : c,
      ),
    // R-RENEW-3 / R-CARD-4 (oracle O5): on the issue route a stay-limited card's letter depends
    // only on whether the typed certificate ends with the stay (R-INFER-6 rules out the face route's).
    noticeLetterExpected:
      !endsWithStay &&
      (situation.noticeLetterExpected || (situation.route === "cardIssue" && card?.validityYears === null)),
  };
}
