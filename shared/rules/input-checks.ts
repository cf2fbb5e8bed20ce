/**
 * @module
 * R-INPUT-1: dates that cannot be true together, as errors naming the field.
 * R-INPUT-2: `today`, `cardExpiry`, `certificateExpiry` and `periodOfStayEndsOn` may be future.
 */

import type { InputErrorCode } from "../problem/index.ts";
import type { EvaluateInput } from "./evaluate-input.ts";
import { isAfter, isBefore, type PlainDate } from "./plain-date.ts";
import type { FieldError } from "./result.ts";
import { type RuleSet, ruleDate } from "./rule-set.ts";

/** The checks in the order their errors are listed; each runs only when its dates are given. */
export function checkInput(input: EvaluateInput, today: PlainDate, rules: RuleSet): FieldError[] {
  const { birthDate: birth, cardIssuedOn: issued, certificateIssuedOn: certIssued } = input;
  const { applicationReceivedOn: received, cardExpiry, certificateExpiry, periodOfStayEndsOn: stay } = input;
  const errors: FieldError[] = [];
  const fail = (field: keyof EvaluateInput, code: InputErrorCode) => errors.push({ field, code });
  const firstCards = ruleDate(rules.firstCardsIssuedOn);
  if (birth && isAfter(birth, today)) fail("birthDate", "birth_date_in_future");
  if (issued) {
    if (isBefore(issued, firstCards)) fail("cardIssuedOn", "card_issued_before_first_cards");
    if (birth && isBefore(issued, birth)) fail("cardIssuedOn", "card_issued_before_birth");
    if (isAfter(issued, today)) fail("cardIssuedOn", "card_issued_in_future");
    if (received && isAfter(received, issued)) fail("applicationReceivedOn", "application_after_card_issue");
  }
  if (certIssued) {
    // Without an issue date the earliest card is the first cards' day; the card-face route
    // narrows it to what C allows (from-card-face.ts, R-INFER-1).
    if (issued) {
      if (isBefore(certIssued, issued)) fail("certificateIssuedOn", "certificate_issued_before_card");
    } else if (!(birth && cardExpiry) && isBefore(certIssued, firstCards)) {
      errors.push({
        field: "certificateIssuedOn",
        code: "certificate_issued_before_card",
        params: { earliest: rules.firstCardsIssuedOn },
      });
    }
    if (birth && isBefore(certIssued, birth)) fail("certificateIssuedOn", "certificate_issued_before_birth");
    if (cardExpiry && isAfter(certIssued, cardExpiry))
      fail("certificateIssuedOn", "certificate_issued_after_card_expiry");
    if (isAfter(certIssued, today)) fail("certificateIssuedOn", "certificate_issued_in_future");
    if (certificateExpiry && isAfter(certIssued, certificateExpiry))
      fail("certificateIssuedOn", "certificate_issued_after_expiry");
  }
  if (cardExpiry) {
    if (birth && !isAfter(cardExpiry, birth)) fail("cardExpiry", "card_expiry_not_after_birth");
    if (issued && !isAfter(cardExpiry, issued)) fail("cardExpiry", "card_expiry_not_after_issue");
  }
  if (certificateExpiry) {
    if (birth && !isAfter(certificateExpiry, birth)) fail("certificateExpiry", "certificate_expiry_not_after_birth");
    // R-CERT-1(b): the certificate never outlives the card.
    if (cardExpiry && isAfter(certificateExpiry, cardExpiry)) fail("certificateExpiry", "certificate_outlives_card");
  }
  if (stay) {
    if (issued && isBefore(stay, issued)) fail("periodOfStayEndsOn", "stay_ends_before_card_issue");
    // R-INFER-6: a card never outlives the period of stay.
    if (cardExpiry && isBefore(stay, cardExpiry)) fail("periodOfStayEndsOn", "stay_ends_before_card_expiry");
  }
  return errors;
}
