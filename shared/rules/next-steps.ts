/**
 * @module
 * What to do next, in order, for the stage on `today` (R-RENEW-2, R-CERT-8, R-CERT-9, R-INS-4,
 * R-INS-5, R-CARD-6, R-INFER-3, R-INFER-5, R-INFER-6).
 */
import { isAfter, isBefore, type PlainDate } from "./plain-date.ts";
import type { NextStepCode, Stage } from "./result.ts";
import type { Situation } from "./situation.ts";

/**
 * @param cardRenewalOpensOn - the card's own renewal window's first day (R-CARD-6), null
 *   without a card
 */
export function nextSteps(
  situation: Situation,
  stage: Stage,
  today: PlainDate,
  cardRenewalOpensOn: PlainDate | null,
): NextStepCode[] {
  const card = situation.card;
  if (card !== null && isAfter(today, card.expiresOn)) {
    // R-INFER-5: the card itself has expired: a new card first (it takes a month or more, so a
    // 資格確認書 bridges the gap, R-INS-5); no certificate step can help before it.
    const steps: NextStepCode[] = ["renewCard", "eligibilityCertificate"];
    if (stage === "lapsed") steps.push("showCardAtReception", "registerInsuranceAgain");
    steps.push("setUpSmartphoneAgain");
    return steps;
  }
  // When the certificate ends with the card, renewing the certificate alone is not possible:
  // a new card brings new certificates (R-CARD-5, R-CARD-6); a stay-limited card is extended
  // after the stay extension instead, then the certificate re-issued (R-CARD-4, R-INFER-6).
  const endsWithCard = card !== null && situation.certificate.expiresOn.equals(card.expiresOn);
  // Review7 #1b, O9: once the card's own window is open (fewer than 3 months left, R-CARD-6),
  // any certificate issued now ends with the card too (R-CERT-1(b), R-CERT-3, R-CERT-4): the card
  // is the step; the certificate's renewal or re-issue is only a bridge until the new card.
  const cardWindowOpen = cardRenewalOpensOn !== null && !isBefore(today, cardRenewalOpensOn);
  const certificateStep: NextStepCode = stage === "renewal" ? "renewCertificateAtOffice" : "reissueCertificateAtOffice";
  const cardFirst = card !== null && (endsWithCard || cardWindowOpen);
  const renew: NextStepCode[] = cardFirst
    ? [card.validityYears === null ? "extendCardValidity" : "renewCard", ...(endsWithCard ? [] : [certificateStep])]
    : [certificateStep];
  // R-INFER-3: the answer rests on an assumption; the step that settles it comes first, except
  // while the headline is "not renewed" (grace), where renewing now comes first.
  // R-INFER-6 likewise: a stay-limited card's certificate may have ended on an earlier birthday.
  const unsure = situation.caveats.some(
    (c) => c.code === "renewalUnknown" || (c.code === "periodOfStay" && c.alternatives.length > 0),
  );
  const steps: NextStepCode[] = unsure && stage !== "grace" ? ["checkCertificateExpiry"] : [];

  switch (stage) {
    case "valid":
      steps.push("nothingYet");
      if (situation.noticeLetterExpected) steps.push("expectNoticeLetter");
      steps.push("addReminder");
      break;
    case "renewal":
    case "grace":
      steps.push(...renew);
      if (unsure && stage === "grace") steps.push("checkCertificateExpiry");
      steps.push("wait24Hours", "setUpSmartphoneAgain");
      // R-INS-5, oracle O11: the 資格確認書 is sent during the grace (協会けんぽ about two months
      // after E's month, 国保 before the grace ends), so whoever does not re-issue is told of it.
      if (stage === "grace") steps.push("eligibilityCertificate");
      break;
    case "lapsed":
      // The card first, as for an expired card (R-INFER-5): the re-issue is the bridge after it.
      if (cardFirst) steps.push(...renew, "showCardAtReception");
      else steps.push("showCardAtReception", ...renew);
      steps.push("registerInsuranceAgain", "eligibilityCertificate");
      break;
  }
  return steps;
}
