/**
 * @module
 * Route (c): birth date and the card's issue date, optionally the application date, the
 * certificate's own issue date, the end of a period of stay and the printed card expiry.
 */

import { alternative } from "./alternatives.ts";
import { nthBirthdayAfter } from "./birthdays.ts";
import { type CardReading, cardFromIssue, onSignatureBoundary, signatureAgeReached } from "./card.ts";
import { certificateFromIssue, nearWindowReading } from "./certificates.ts";
import { isAfter, isBefore, type PlainDate } from "./plain-date.ts";
import { renewalReading } from "./renewal-unknown.ts";
import type { Caveat, FieldError } from "./result.ts";
import type { RuleSet } from "./rule-set.ts";
import { signatureFor } from "./signature.ts";
import type { Situation } from "./situation.ts";

export interface CardIssueInput {
  birthDate: PlainDate;
  cardIssuedOn: PlainDate;
  applicationReceivedOn?: PlainDate;
  certificateIssuedOn?: PlainDate;
  periodOfStayEndsOn?: PlainDate;
  /** The expiry printed on the card, when also given: it picks between open readings. */
  cardExpiry?: PlainDate;
  /** A typed certificate expiry: a reading whose card ends before it cannot be the card. */
  certificateExpiry?: PlainDate;
}

export type CardIssueOutcome = { consistent: true; situation: Situation } | { consistent: false; error: FieldError };

/** R-INPUT-1 / R-CERT-1(b): a certificate is neither issued after its card's expiry nor outlives it. */
function certificateError(input: CardIssueInput, card: CardReading): FieldError | null {
  if (input.certificateIssuedOn && isAfter(input.certificateIssuedOn, card.expiresOn)) {
    return { field: "certificateIssuedOn", code: "certificate_issued_after_card_expiry" };
  }
  if (input.certificateExpiry && isAfter(input.certificateExpiry, card.expiresOn)) {
    return { field: "certificateExpiry", code: "certificate_outlives_card" };
  }
  return null;
}

/** The certificate on `card`: the first one issued with the card, or the current one if renewed. */
function currentCertificate(input: CardIssueInput, card: CardReading, rules: RuleSet) {
  const first = certificateFromIssue(input.birthDate, input.cardIssuedOn, card.expiresOn, rules);
  const issuedOn = input.certificateIssuedOn;
  if (!issuedOn || issuedOn.equals(input.cardIssuedOn)) return { ...first, issuedOn: input.cardIssuedOn };
  // R-CERT-3 / R-CERT-4: a later issue replaced the first certificate.
  return { ...certificateFromIssue(input.birthDate, issuedOn, card.expiresOn, rules, first.expiresOn), issuedOn };
}

/**
 * R-INFER-3 / R-INFER-5 on this route too: E1 is the first certificate; a renewal on or after its
 * window start (R-CERT-3) or a re-issue after it (R-CERT-4) runs to the 5th birthday after E1,
 * capped by the card (R-CERT-5). Null when no certificate date was typed and E1 is not in doubt.
 */
function renewalOn(
  input: CardIssueInput,
  card: CardReading,
  certificate: { expiresOn: PlainDate; basis: string },
  today: PlainDate,
  rules: RuleSet,
) {
  if (input.certificateIssuedOn || certificate.basis !== "fifthBirthday") return null;
  const renewed = nthBirthdayAfter(input.birthDate, certificate.expiresOn, rules.certificateBirthdays, rules.feb29);
  return renewalReading(
    {
      expiresOn: certificate.expiresOn,
      renewedExpiresOn: isBefore(renewed, card.expiresOn) ? renewed : card.expiresOn,
      cardExpiresOn: card.expiresOn,
    },
    today,
    rules,
  );
}

export function fromCardIssue(input: CardIssueInput, today: PlainDate, rules: RuleSet): CardIssueOutcome {
  const outcome = cardFromIssue(
    {
      birth: input.birthDate,
      issuedOn: input.cardIssuedOn,
      applicationReceivedOn: input.applicationReceivedOn,
      periodOfStayEndsOn: input.periodOfStayEndsOn,
    },
    rules,
  );
  const open = [
    { reading: outcome.transitionAlternative, code: "thresholdTransition", rule: "R-CARD-3" },
    { reading: outcome.ageBoundaryAlternative, code: "ageBoundary", rule: "R-AGE-2" },
  ] as const;
  const rulesUsed = ["R-CARD-1", "R-CARD-2", "R-DATE-3", "R-CERT-1", "R-CERT-2"];
  const caveats: Caveat[] = [];

  let card: CardReading = outcome;
  if (input.cardExpiry) {
    // The printed expiry settles an open reading, or contradicts the issue date.
    const printed = input.cardExpiry;
    const match = [outcome, ...open.map((o) => o.reading)].find((r) => r?.expiresOn.equals(printed));
    if (!match) {
      return {
        consistent: false,
        error: {
          field: "cardExpiry",
          code: "card_expiry_mismatch",
          params: { expected: outcome.expiresOn.toString() },
        },
      };
    }
    card = match;
  } else {
    // The certificate's own dates rule out readings whose card ends too early; when they rule
    // out the best one, the reading left is settled (as a printed expiry would settle it).
    const fitting = [outcome, ...open.map((o) => o.reading)].filter(
      (r): r is CardReading => r !== null && !certificateError(input, r),
    );
    if (fitting.length === 0) return { consistent: false, error: certificateError(input, outcome)! };
    card = fitting[0];
    for (const { reading, code, rule } of open) {
      // O6: a reading with the same card (both capped by the stay, R-CARD-4) is no other reading.
      if (!reading || card !== outcome || certificateError(input, reading) || reading.expiresOn.equals(card.expiresOn))
        continue;
      // O3: the other card read the way the headline is: R-INFER-3 / R-INFER-5 inside it too.
      const first = currentCertificate(input, reading, rules);
      const certificate = renewalOn(input, reading, first, today, rules)?.certificate ?? first;
      const assumption = reading.adult ? "adultCard" : "minorCard";
      caveats.push({
        code,
        rule,
        alternatives: [
          alternative(assumption, { certificate: certificate.expiresOn, card: reading.expiresOn }, today, rules),
        ],
      });
      rulesUsed.push(rule);
    }
  }

  let certificate = currentCertificate(input, card, rules);
  if (input.certificateIssuedOn) rulesUsed.push("R-CERT-3", "R-CERT-4");
  else {
    const reading = renewalOn(input, card, certificate, today, rules);
    if (reading) {
      certificate = { ...certificate, ...reading.certificate };
      caveats.push(...reading.caveats);
      rulesUsed.push(...reading.rules);
    }
  }
  if (input.periodOfStayEndsOn) {
    rulesUsed.push("R-CARD-4");
    caveats.push({ code: "periodOfStay", rule: "R-CARD-4", alternatives: [] });
  }
  // R-INPUT-3: a typed issue date just before the window start.
  if (input.certificateIssuedOn && !input.certificateIssuedOn.equals(input.cardIssuedOn)) {
    const first = certificateFromIssue(input.birthDate, input.cardIssuedOn, card.expiresOn, rules);
    const near = nearWindowReading(input.birthDate, input.certificateIssuedOn, card.expiresOn, first.expiresOn, rules);
    if (near) {
      rulesUsed.push("R-INPUT-3");
      caveats.push({
        code: "certificateDateNearWindow",
        rule: "R-INPUT-3",
        alternatives: [alternative("issuedInWindow", { certificate: near.expiresOn }, today, rules)],
      });
    }
  }
  // R-CERT-6: issued with the card from 15 on; on a card issued under 15, only if asked for.
  const withCard = signatureAgeReached(input.birthDate, input.cardIssuedOn, rules);
  const signature = signatureFor(input.birthDate, withCard, card, certificate.expiresOn, today, rules);
  caveats.push(...signature.caveats);
  if (withCard && onSignatureBoundary(input.birthDate, input.cardIssuedOn, rules)) {
    // R-AGE-2 at 15: issued on the 15th attain day; counted as 15, so a signature certificate.
    rulesUsed.push("R-AGE-2");
    caveats.push({ code: "ageBoundary", rule: "R-AGE-2", alternatives: [{ assumption: "noSignatureCertificate" }] });
  }
  return {
    consistent: true,
    situation: {
      route: "cardIssue",
      certificate: { expiresOn: certificate.expiresOn, basis: certificate.basis },
      card: {
        expiresOn: card.expiresOn,
        validityYears: card.validityYears,
        issuedOn: input.cardIssuedOn,
        printed: false,
      },
      // R-CERT-2: capped by the user certificate, which is itself capped by the card.
      signature: signature.signature,
      caveats,
      rules: withCard ? rulesUsed : [...rulesUsed, "R-CERT-6"],
      // R-CARD-4: no letter when the card (and so the certificate) ends with the period of stay.
      noticeLetterExpected: card.validityYears !== null || !certificate.expiresOn.equals(card.expiresOn),
    },
  };
}
