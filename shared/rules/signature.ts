/**
 * @module
 * R-CERT-6: the signature certificate of a card issued under 15. None comes with the card; from
 * the 15th attain day on one can be issued at the counter on request, so "none" is certain only
 * while the holder is under 15, or when the card ended before the 15th attain day.
 */

import { attainDay } from "./age.ts";
import { isAfter, isBefore, type PlainDate } from "./plain-date.ts";
import type { Caveat } from "./result.ts";
import type { RuleSet } from "./rule-set.ts";

export interface SignatureReading {
  signature: { expiresOn: PlainDate; bound: "exact" | "atMost" } | null;
  caveats: Caveat[];
}

/**
 * `withCard`: a signature certificate was issued with the card (issued at 15 or older). Otherwise
 * it exists only if asked for: `atMost` the user certificate's expiry (R-CERT-2(b)), with the
 * caveat `signatureOnRequest`; its capability (e-Tax) is then unknown (capabilities.ts).
 */
export function signatureFor(
  birth: PlainDate,
  withCard: boolean,
  card: { expiresOn: PlainDate },
  userExpiresOn: PlainDate,
  today: PlainDate,
  rules: RuleSet,
): SignatureReading {
  if (withCard) return { signature: { expiresOn: userExpiresOn, bound: "exact" }, caveats: [] };
  const attain15 = attainDay(birth, rules.signatureMinimumAge);
  // A certificate issued at 15 or older while the card was valid is possible only from the
  // attain day on, and only on a card still valid then.
  const couldHaveAsked = !isBefore(today, attain15) && !isAfter(attain15, card.expiresOn);
  if (!couldHaveAsked) return { signature: null, caveats: [] };
  return {
    signature: { expiresOn: userExpiresOn, bound: "atMost" },
    caveats: [{ code: "signatureOnRequest", rule: "R-CERT-6", alternatives: [] }],
  };
}
