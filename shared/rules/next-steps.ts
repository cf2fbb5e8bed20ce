/**
 * @module
 * What to do next, in order, for the stage on `today` (R-RENEW-2, R-CERT-8, R-CERT-9, R-INS-4,
 * R-INS-5, R-CARD-6).
 */
import { type PlainDate, isAfter } from "./plain-date.ts";
import type { NextStepCode, Stage } from "./result.ts";
import type { Situation } from "./situation.ts";

export function nextSteps(situation: Situation, stage: Stage, today: PlainDate): NextStepCode[] {
  const card = situation.card;
  const cardExpired = card !== null && isAfter(today, card.expiresOn);
  // When the certificate ends with the card, renewing the certificate alone is not possible:
  // a new card brings new certificates (R-CARD-5, R-CARD-6).
  const endsWithCard = card !== null && situation.certificate.expiresOn.equals(card.expiresOn);
  const renew: NextStepCode =
    cardExpired || endsWithCard ? "renewCard" : stage === "renewal" ? "renewCertificateAtOffice" : "reissueCertificateAtOffice";
  const unsure = situation.caveats.some((c) => c.code === "probablyRenewed");
  const steps: NextStepCode[] = unsure ? ["checkCertificateExpiry"] : [];

  switch (stage) {
    case "valid":
      steps.push("nothingYet");
      if (situation.noticeLetterExpected) steps.push("expectNoticeLetter");
      steps.push("addReminder");
      break;
    case "renewal":
    case "grace":
      steps.push(renew, "wait24Hours", "setUpSmartphoneAgain");
      break;
    case "lapsed":
      steps.push("showCardAtReception", renew, "registerInsuranceAgain", "eligibilityCertificate");
      break;
  }
  return steps;
}
