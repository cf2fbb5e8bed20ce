/**
 * @module
 * R-INPUT-1: dates that cannot be true together, as errors naming the field.
 * R-INPUT-2: `today`, `cardExpiry`, `certificateExpiry` and `periodOfStayEndsOn` may be future.
 */

import type { InputErrorCode } from "../problem/index.ts";
import type { EvaluateInput } from "./evaluate-input.ts";
import { isAfter, isBefore, type PlainDate, plainDate } from "./plain-date.ts";
import type { FieldError } from "./result.ts";
import type { RuleSet } from "./rule-set.ts";

type Check = [field: keyof EvaluateInput, code: InputErrorCode, failed: boolean, params?: Record<string, string>];

export function checkInput(input: EvaluateInput, today: PlainDate, rules: RuleSet): FieldError[] {
  const { birthDate: birth, cardIssuedOn: issued, certificateIssuedOn: certIssued } = input;
  const firstCards = plainDate(rules.firstCardsIssuedOn);
  const after = (a?: PlainDate, b?: PlainDate) => !!a && !!b && isAfter(a, b);
  const before = (a?: PlainDate, b?: PlainDate) => !!a && !!b && isBefore(a, b);
  const checks: Check[] = [
    ["birthDate", "birth_date_in_future", after(birth, today)],
    ["cardIssuedOn", "card_issued_before_first_cards", before(issued, firstCards)],
    ["cardIssuedOn", "card_issued_before_birth", before(issued, birth)],
    ["cardIssuedOn", "card_issued_in_future", after(issued, today)],
    ["applicationReceivedOn", "application_after_card_issue", after(input.applicationReceivedOn, issued)],
    // Without an issue date the earliest card is the first cards' day; the card-face route
    // narrows it to what C allows (from-card-face.ts, R-INFER-1).
    // R-INFER-1 narrows this to what C allows on the card-face route (from-card-face.ts).
    [
      "certificateIssuedOn",
      "certificate_issued_before_card",
      issued ? before(certIssued, issued) : !(birth && input.cardExpiry) && before(certIssued, firstCards),
      issued ? undefined : { earliest: rules.firstCardsIssuedOn },
    ],
    ["certificateIssuedOn", "certificate_issued_before_birth", before(certIssued, birth)],
    ["certificateIssuedOn", "certificate_issued_after_card_expiry", after(certIssued, input.cardExpiry)],
    ["certificateIssuedOn", "certificate_issued_in_future", after(certIssued, today)],
    ["certificateIssuedOn", "certificate_issued_after_expiry", after(certIssued, input.certificateExpiry)],
    ["cardExpiry", "card_expiry_not_after_birth", !!input.cardExpiry && !!birth && !isAfter(input.cardExpiry, birth)],
    ["cardExpiry", "card_expiry_not_after_issue", !!input.cardExpiry && !!issued && !isAfter(input.cardExpiry, issued)],
    [
      "certificateExpiry",
      "certificate_expiry_not_after_birth",
      !!input.certificateExpiry && !!birth && !isAfter(input.certificateExpiry, birth),
    ],
    // R-CERT-1(b): the certificate never outlives the card.
    ["certificateExpiry", "certificate_outlives_card", after(input.certificateExpiry, input.cardExpiry)],
    ["periodOfStayEndsOn", "stay_ends_before_card_issue", before(input.periodOfStayEndsOn, issued)],
    // R-INFER-6: a card never outlives the period of stay.
    ["periodOfStayEndsOn", "stay_ends_before_card_expiry", before(input.periodOfStayEndsOn, input.cardExpiry)],
  ];
  return checks
    .filter(([, , failed]) => failed)
    .map(([field, code, , params]) => (params ? { field, code, params } : { field, code }));
}
