/**
 * @module
 * R-INFER-3 and R-INFER-5: the first certificate's expiry E1 is past and no later certificate
 * date was given, so whether the holder renewed is unknown. One home for both routes (card face
 * and card issue), so the same person gets the same answer from either.
 */

import { alternative } from "./alternatives.ts";
import { isAfter, type PlainDate } from "./plain-date.ts";
import type { Caveat, ExpiryBasis } from "./result.ts";
import type { RuleSet } from "./rule-set.ts";
import { graceEndsOn, renewalOpensOn } from "./windows.ts";

export interface FirstCertificate {
  /** E1: the certificate issued with the card. */
  expiresOn: PlainDate;
  /** What a renewal or re-issue on or after W1 gives (R-CERT-3, R-CERT-4, R-CERT-5): the card's
   *  expiry for an adult card, never past it. */
  renewedExpiresOn: PlainDate;
  /** The card's own expiry C. */
  cardExpiresOn: PlainDate;
}

export interface RenewalReading {
  certificate: { expiresOn: PlainDate; basis: ExpiryBasis };
  caveats: Caveat[];
  rules: string[];
}

/**
 * The headline certificate and the caveat that carries the other reading, or null when nothing is
 * in doubt (E1 not yet past, or E1 is the card's own end: a 5-year card has nothing to renew).
 *
 * - R-INFER-5, card expired (C < today): the renewed reading (the certificate ended with the card
 *   on C) is the headline; `cardExpired` carries the not-renewed one while today ≤ G(C), i.e.
 *   while its stage still differs (after G(C) both readings are `lapsed`).
 * - R-INFER-3, E1 < today ≤ G1: the not-renewed reading is the headline (Decisions: a false
 *   "valid, nothing to do" costs a non-renewer the registration, R-INS-4); after G1 the renewed
 *   one (`assumedRenewed`). `renewalUnknown` always carries the other reading and the question
 *   "renewed or re-issued on or after W1?", whose answer settles it through `certificateExpiry`.
 */
export function renewalReading(first: FirstCertificate, today: PlainDate, rules: RuleSet): RenewalReading | null {
  const e1 = first.expiresOn;
  if (!isAfter(today, e1) || !isAfter(first.renewedExpiresOn, e1)) return null;
  const renewed = first.renewedExpiresOn;
  // The other reading, in the branches that carry it (the first headline carries "renewed").
  const notRenewed = () => alternative("notRenewed", { certificate: e1 }, today, rules);

  if (isAfter(today, first.cardExpiresOn)) {
    // R-INFER-5: both readings are past; the action (a new card) is the same for both.
    const stillDiffers = !isAfter(today, graceEndsOn(first.cardExpiresOn, rules));
    return {
      certificate: { expiresOn: renewed, basis: "assumedRenewed" },
      caveats: [{ code: "cardExpired", rule: "R-INFER-5", alternatives: stillDiffers ? [notRenewed()] : [] }],
      rules: ["R-INFER-5", "R-INS-6", "R-CARD-5"],
    };
  }

  // R-INFER-3: the question names W1, the first window's start: a renewal inside the window
  // (before E1) counts as much as a re-issue after it (R-CERT-5).
  const question = {
    renewedOnOrAfter: renewalOpensOn(e1, rules).toString(),
    ifYes: { certificateExpiry: renewed.toString() },
    ifNo: { certificateExpiry: e1.toString() },
  };
  const notRenewedFirst = !isAfter(today, graceEndsOn(e1, rules));
  return notRenewedFirst
    ? {
        certificate: { expiresOn: e1, basis: "firstCertificate" },
        caveats: [
          {
            code: "renewalUnknown",
            rule: "R-INFER-3",
            alternatives: [alternative("renewed", { certificate: renewed }, today, rules)],
            question,
          },
        ],
        rules: ["R-INFER-3", "R-CERT-5"],
      }
    : {
        certificate: { expiresOn: renewed, basis: "assumedRenewed" },
        caveats: [{ code: "renewalUnknown", rule: "R-INFER-3", alternatives: [notRenewed()], question }],
        rules: ["R-INFER-3", "R-CERT-5"],
      };
}
