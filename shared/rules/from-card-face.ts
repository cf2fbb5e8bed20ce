/**
 * @module
 * Route (b): what people actually know — birth date and the card expiry printed on the card
 * (R-INFER-1 to R-INFER-6).
 */

import { ageOn, attainDay } from "./age.ts";
import { alternative } from "./alternatives.ts";
import { birthdayIn, isBirthday, nthBirthdayAfter } from "./birthdays.ts";
import { signatureAgeReached } from "./card.ts";
import { certificateFromIssue, nearWindowReading } from "./certificates.ts";
import { inferCardKind } from "./infer-card.ts";
import { earliest, isAfter, isBefore, type PlainDate } from "./plain-date.ts";
import { renewalReading } from "./renewal-unknown.ts";
import type { Caveat, ExpiryBasis, FieldError } from "./result.ts";
import { type RuleSet, ruleDate } from "./rule-set.ts";
import { signatureFor } from "./signature.ts";
import type { Situation } from "./situation.ts";

export interface CardFaceInput {
  birthDate: PlainDate;
  cardExpiry: PlainDate;
  applicationReceivedOn?: PlainDate;
  certificateIssuedOn?: PlainDate;
  periodOfStayEndsOn?: PlainDate;
}

export type CardFaceOutcome = { possible: true; situation: Situation } | { possible: false; error: FieldError };

/** The last birthday before `date` (R-INFER-6's earlier alternative). */
function lastBirthdayBefore(birth: PlainDate, date: PlainDate, rules: RuleSet): PlainDate {
  const thisYear = birthdayIn(birth, date.year, rules.feb29);
  return isBefore(thisYear, date) ? thisYear : birthdayIn(birth, date.year - 1, rules.feb29);
}

/**
 * R-INFER-6's bounds on a stay-limited card's issue day: on or after 2016-01-01, before today,
 * and early enough for C, since a card is never extended past its R-CARD-1 date (R-CARD-4). A
 * card issued under 15 is a 5-year card (R-CARD-1), so the last issue day under 15 gives the
 * latest one: if even that one ends before C, the card was issued at 15 or older (review8 #3).
 */
function mayBeIssuedUnder15(birth: PlainDate, cardExpiry: PlainDate, today: PlainDate, rules: RuleSet): boolean {
  const lastUnder15 = earliest(today, attainDay(birth, rules.signatureMinimumAge).addDays(-1));
  if (isBefore(lastUnder15, ruleDate(rules.firstCardsIssuedOn)) || isBefore(lastUnder15, birth)) return false;
  return !isBefore(nthBirthdayAfter(birth, lastUnder15, rules.minorCardBirthdays, rules.feb29), cardExpiry);
}

/**
 * R-INFER-6: a stay-limited card (C not a birthday, or C the given end of the period of stay).
 * Its issue day is unknown (on or after 2016-01-01, before today) and its validity may have
 * been extended, which does not extend the certificates: the headline runs to C, the caveat
 * gives the earlier end (the last birthday before C). No notice letter is sent (R-CARD-4).
 */
function stayLimited(input: CardFaceInput, today: PlainDate, rules: RuleSet): Situation {
  const { birthDate, cardExpiry } = input;
  const caveats: Caveat[] = [];
  const rulesUsed = ["R-INFER-6", "R-CARD-4"];
  if (!input.periodOfStayEndsOn) {
    // R-INFER-4: probably mistyped, unless it is a period-of-stay card; say so.
    rulesUsed.push("R-INFER-4");
    caveats.push({ code: "cardExpiryNotBirthday", rule: "R-INFER-4", alternatives: [] });
  }
  const certificate: { expiresOn: PlainDate; basis: ExpiryBasis } = input.certificateIssuedOn
    ? certificateFromIssue(birthDate, input.certificateIssuedOn, cardExpiry, rules)
    : { expiresOn: cardExpiry, basis: "cardExpiry" };
  // R-INFER-6: the note on a stay-limited card always; the earlier birthday only as a guess at
  // the certificate, which a typed issue date settles (R-INFER-3's last point; oracle O7).
  caveats.push({
    code: "periodOfStay",
    rule: "R-INFER-6",
    alternatives: input.certificateIssuedOn
      ? []
      : [
          alternative(
            "earlierBirthday",
            { certificate: lastBirthdayBefore(birthDate, cardExpiry, rules) },
            today,
            rules,
          ),
        ],
  });
  // R-CERT-6: a card that cannot have been issued under 15 came with a signature certificate
  // (exact); otherwise none while under 15 or when the card ended before 15, else atMost.
  const withCard =
    signatureAgeReached(birthDate, today, rules) && !mayBeIssuedUnder15(birthDate, cardExpiry, today, rules);
  const signature = signatureFor(birthDate, withCard, { expiresOn: cardExpiry }, certificate.expiresOn, today, rules);
  caveats.push(...signature.caveats);
  if (!withCard) rulesUsed.push("R-CERT-6");
  return {
    route: "cardFace",
    certificate,
    card: { expiresOn: cardExpiry, validityYears: null, issuedOn: null, printed: true },
    signature: signature.signature,
    caveats,
    rules: rulesUsed,
    noticeLetterExpected: false,
  };
}

export function fromCardFace(input: CardFaceInput, today: PlainDate, rules: RuleSet): CardFaceOutcome {
  const { birthDate, cardExpiry, periodOfStayEndsOn } = input;
  // (A stay ending before C is an input error: input-checks.ts, R-INPUT-1.)
  if (periodOfStayEndsOn?.equals(cardExpiry) || !isBirthday(birthDate, cardExpiry)) {
    // R-INFER-6: issued on or after 2016-01-01, so a C on or before that day is no card's.
    if (!isAfter(cardExpiry, ruleDate(rules.firstCardsIssuedOn))) {
      return {
        possible: false,
        error: {
          field: "cardExpiry",
          code: "impossible_card_age",
          params: { age: String(ageOn(birthDate, cardExpiry)) },
        },
      };
    }
    if (input.certificateIssuedOn && isBefore(input.certificateIssuedOn, ruleDate(rules.firstCardsIssuedOn))) {
      return {
        possible: false,
        error: {
          field: "certificateIssuedOn",
          code: "certificate_issued_before_card",
          params: { earliest: rules.firstCardsIssuedOn },
        },
      };
    }
    return { possible: true, situation: stayLimited(input, today, rules) };
  }

  const kind = inferCardKind(
    birthDate,
    cardExpiry,
    { today, applicationReceivedOn: input.applicationReceivedOn },
    rules,
  );
  if (!kind.possible) {
    const params: Record<string, string> = { age: String(kind.age) };
    if (kind.meaning) {
      params.earliestIssue = kind.meaning.earliestIssue.toString();
      params.years = String(kind.meaning.validityYears);
      params.issueAge = String(kind.meaning.issueAge);
    } else if (
      kind.age === rules.adultAgeFrom + rules.adultCardBirthdays - 1 ||
      kind.age === rules.adultAgeFrom + rules.adultCardBirthdays
    ) {
      // R-INFER-1: ages 27–28 on C mean a 10-year card issued at 17 (its attain day) or 18 under
      // threshold 18, i.e. issued from 2022-04-01: such a card ends on 2031-04-02 or later.
      params.cardFrom = ruleDate(rules.adultAgeChangesOn)
        .add({ years: rules.adultCardBirthdays - 1, days: 1 })
        .toString();
    }
    return { possible: false, error: { field: "cardExpiry", code: "impossible_card_age", params } };
  }
  // R-INPUT-1: a certificate is not issued before the earliest card issue day C allows.
  if (input.certificateIssuedOn && isBefore(input.certificateIssuedOn, kind.earliestIssue)) {
    return {
      possible: false,
      error: {
        field: "certificateIssuedOn",
        code: "certificate_issued_before_card",
        params: { earliest: kind.earliestIssue.toString() },
      },
    };
  }

  const caveats: Caveat[] = [];
  const rulesUsed = ["R-INFER-1", "R-INFER-2"];
  if (kind.caveat === "signatureUncertain") {
    caveats.push({ code: "signatureUncertain", rule: "R-INFER-1", alternatives: [] });
  } else if (kind.caveat === "adultByDayBefore") {
    rulesUsed.push("R-AGE-1");
    caveats.push({ code: "adultByDayBefore", rule: "R-AGE-2", alternatives: [] });
  }

  let certificate: { expiresOn: PlainDate; basis: ExpiryBasis } = { expiresOn: cardExpiry, basis: "cardExpiry" };
  if (input.certificateIssuedOn) {
    // A later certificate replaced the first (contract: given only when it differs from the
    // card's): R-CERT-3 inside the first one's window, else R-CERT-4; capped by the card. On the
    // earliest issue day itself it is an issue with the card (V9).
    const first =
      kind.validityYears === 10
        ? birthdayIn(birthDate, cardExpiry.year - rules.certificateBirthdays, rules.feb29)
        : cardExpiry;
    certificate = certificateFromIssue(birthDate, input.certificateIssuedOn, cardExpiry, rules, first);
    rulesUsed.push("R-CERT-3", "R-CERT-4");
    const near = nearWindowReading(birthDate, input.certificateIssuedOn, cardExpiry, first, rules);
    if (near) {
      rulesUsed.push("R-INPUT-3");
      caveats.push({
        code: "certificateDateNearWindow",
        rule: "R-INPUT-3",
        alternatives: [alternative("issuedInWindow", { certificate: near.expiresOn }, today, rules)],
      });
    }
  } else if (kind.validityYears === 10) {
    // R-INFER-2: the first certificate ends on the same birthday five years before the card.
    const first = birthdayIn(birthDate, cardExpiry.year - rules.certificateBirthdays, rules.feb29);
    // R-INFER-3 / R-INFER-5: past E1, whether the holder renewed is unknown.
    const reading = renewalReading(
      { expiresOn: first, renewedExpiresOn: cardExpiry, cardExpiresOn: cardExpiry },
      today,
      rules,
    );
    certificate = reading?.certificate ?? { expiresOn: first, basis: "firstCertificate" };
    if (reading) {
      caveats.push(...reading.caveats);
      rulesUsed.push(...reading.rules);
    }
  }

  if (periodOfStayEndsOn) {
    // R-INFER-6: a stay ending after a birthday C is an ordinary card, "the stay noted" (as the
    // issue route notes it; no other reading: the stay does not end this card; oracle O8).
    rulesUsed.push("R-CARD-4", "R-INFER-6");
    caveats.push({ code: "periodOfStay", rule: "R-INFER-6", alternatives: [] });
  }

  const signature = signatureFor(
    birthDate,
    kind.signature,
    { expiresOn: cardExpiry },
    certificate.expiresOn,
    today,
    rules,
  );
  caveats.push(...signature.caveats);
  return {
    possible: true,
    situation: {
      route: "cardFace",
      certificate,
      card: { expiresOn: cardExpiry, validityYears: kind.validityYears, issuedOn: null, printed: true },
      signature: signature.signature,
      caveats,
      rules: kind.signature ? rulesUsed : [...rulesUsed, "R-CERT-6"],
      noticeLetterExpected: true,
    },
  };
}
