/**
 * @module
 * What works on `today` (R-INS-2, R-INS-3, R-CERT-7).
 */
import { isAfter, type PlainDate } from "./plain-date.ts";
import type { Capability, Stage } from "./result.ts";
import type { Situation } from "./situation.ts";

/** `null` means this input cannot tell (e.g. the card's own expiry is unknown). */
export type Capabilities = Record<Capability, boolean | null>;

export function capabilitiesOn(situation: Situation, stage: Stage, today: PlainDate): Capabilities {
  const certificateWorks = stage === "valid" || stage === "renewal";
  const signature = situation.signature;
  return {
    // R-INS-2: in grace the reader still confirms eligibility (the visit works), without
    // 診療情報・薬剤情報; listed first so "you can see a doctor" is read before "records: no".
    insuranceQualificationOnly: stage !== "lapsed",
    insuranceFull: certificateWorks,
    myNaPortalLogin: certificateWorks,
    convenienceStoreCopies: certificateWorks,
    // R-CERT-7: a signature certificate may have lapsed early on a move; "atMost" cannot promise.
    eTaxSignature:
      signature === null || isAfter(today, signature.expiresOn) ? false : signature.bound === "exact" ? true : null,
    // R-INS-3: the card stays a photo ID while the card itself is valid.
    photoId: situation.card
      ? !isAfter(today, situation.card.expiresOn)
      : isAfter(today, situation.certificate.expiresOn)
        ? null
        : true,
  };
}
