/**
 * @module
 * Route (b): what people actually know — birth date and the card expiry printed on the card
 * (R-INFER-1 to R-INFER-4).
 */
import type { PlainDate } from "./plain-date.ts";
import type { RuleSet } from "./rule-set.ts";
import type { Caveat, ExpiryBasis } from "./result.ts";
import type { Situation } from "./situation.ts";
import { birthdayIn, isBirthday } from "./birthdays.ts";
import { certificateFromIssue } from "./certificates.ts";
import { inferCardKind } from "./infer-card.ts";
import { renewalReading } from "./renewal-unknown.ts";

export interface CardFaceInput {
  birthDate: PlainDate;
  cardExpiry: PlainDate;
  certificateIssuedOn?: PlainDate;
  periodOfStayEndsOn?: PlainDate;
}

export type CardFaceOutcome = { possible: true; situation: Situation } | { possible: false; age: number };

export function fromCardFace(input: CardFaceInput, today: PlainDate, rules: RuleSet): CardFaceOutcome {
  const { birthDate, cardExpiry } = input;
  const caveats: Caveat[] = [];
  const rulesUsed = ["R-INFER-1", "R-INFER-2"];
  const endsWithStay = input.periodOfStayEndsOn?.equals(cardExpiry) ?? false;

  if (endsWithStay) {
    // R-CARD-4: the card ends with the period of stay; its issue date, hence the certificate's
    // own birthday limit, is unknown. The certificate cannot outlive the card: best answer C.
    rulesUsed.push("R-CARD-4");
    caveats.push({ code: "periodOfStay", rule: "R-CARD-4", alternatives: [] });
    return {
      possible: true,
      situation: {
        route: "cardFace",
        certificate: { expiresOn: cardExpiry, basis: "cardExpiry" },
        card: { expiresOn: cardExpiry, validityYears: null, issuedOn: null, printed: true },
        signature: { expiresOn: cardExpiry, bound: "atMost" },
        caveats,
        rules: rulesUsed,
        noticeLetterExpected: false,
      },
    };
  }

  const kind = inferCardKind(birthDate, cardExpiry, rules);
  if (!kind.possible) return kind;
  if (!isBirthday(birthDate, cardExpiry)) {
    rulesUsed.push("R-INFER-4");
    caveats.push({ code: "cardExpiryNotBirthday", rule: "R-INFER-4", alternatives: [] });
  }
  if (kind.caveat === "signatureUncertain") {
    caveats.push({ code: "signatureUncertain", rule: "R-INFER-1", alternatives: [] });
  } else if (kind.caveat === "adultByDayBefore") {
    rulesUsed.push("R-AGE-1");
    caveats.push({ code: "adultByDayBefore", rule: "R-AGE-2", alternatives: [] });
  }

  let certificate: { expiresOn: PlainDate; basis: ExpiryBasis } = { expiresOn: cardExpiry, basis: "cardExpiry" };
  if (kind.validityYears === 10) {
    // R-INFER-2: the first certificate ends on the same birthday five years before the card.
    const first = birthdayIn(birthDate, cardExpiry.year - rules.certificateBirthdays);
    if (input.certificateIssuedOn) {
      // The certificate was renewed or re-issued (contract: given only when it differs from the
      // card's): R-CERT-3 inside the first one's window, else R-CERT-4; capped by the card.
      certificate = certificateFromIssue(birthDate, input.certificateIssuedOn, cardExpiry, rules, first);
      rulesUsed.push("R-CERT-3", "R-CERT-4");
    } else {
      // R-INFER-3 / R-INFER-5: past E1, whether the holder renewed is unknown.
      const reading = renewalReading({ expiresOn: first, renewedExpiresOn: cardExpiry, cardExpiresOn: cardExpiry }, today, rules);
      certificate = reading?.certificate ?? { expiresOn: first, basis: "firstCertificate" };
      if (reading) {
        caveats.push(...reading.caveats);
        rulesUsed.push(...reading.rules);
      }
    }
  }

  return {
    possible: true,
    situation: {
      route: "cardFace",
      certificate,
      card: { expiresOn: cardExpiry, validityYears: kind.validityYears, issuedOn: null, printed: true },
      signature: kind.signature ? { expiresOn: certificate.expiresOn, bound: "exact" } : null,
      caveats,
      rules: kind.signature ? rulesUsed : [...rulesUsed, "R-CERT-6"],
      noticeLetterExpected: true,
    },
  };
}
