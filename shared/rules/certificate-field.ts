/**
 * @module
 * Doubts about the date typed as the certificate's expiry (review7 #15). The card face prints
 * the *card's* expiry, 「2031年11月14日まで有効」, and the certificate's own box is handwritten and
 * often blank (R-DATE-6): the one date the card shows is easily typed into the certificate field,
 * and answered "valid, nothing to do" for years (Decisions: a false "valid" costs a non-renewer
 * the registration, R-INS-4). Two signs, each a caveat; neither is an error (R-INPUT-2):
 *
 * - `cardExpiryInCertificateField` (R-DATE-6): the typed text carries the card face's printed
 *   words 「まで有効」 (R-PARSE-1 drops them to read the date; the flag is the request parser's).
 * - `certificateExpiryTooLate` (R-CERT-1, R-CERT-3): the date is after the latest expiry of any
 *   certificate issued on or before `today`, the 6th birthday after today.
 *
 * When the input allows, the caveat carries the other answer, the date read as the card's
 * expiry (the card-face route, R-INFER-1..3), as its alternative.
 */

import { alternative } from "./alternatives.ts";
import { isLeapDay, nthBirthdayAfter } from "./birthdays.ts";
import type { EvaluateInput } from "./evaluate-input.ts";
import { isAfter, latest, PlainDate, plainDate } from "./plain-date.ts";
import type { Alternative, Caveat, Evaluation, NextStepCode, Stage } from "./result.ts";
import type { RuleSet } from "./rule-set.ts";

/** The engine's answer to another input (evaluate.ts), or null when it is an error. */
export type AnswerFor = (input: EvaluateInput) => Pick<Evaluation, "certificate" | "caveats"> | null;

/** A birth date on `day`'s month and day (2000 is a leap year, so Feb 29 exists). */
const bornOn = (day: PlainDate): PlainDate => new PlainDate(2000, day.month, day.day);
const LEAP_BIRTH = new PlainDate(2000, 2, 29);

/**
 * R-CERT-1, R-CERT-3: the latest expiry a user certificate issued on or before `today` can have.
 * The longest a certificate runs is to the 6th birthday after its issue (a renewal inside the
 * window), and the later the issue, the later that birthday (R-DATE-3), so the bound is the 6th
 * birthday after `today` itself. For a Feb 29 birth either convention may be the office's
 * (R-DATE-4): the later one. Without a birth date, the latest over every birth date: a birthday
 * on today's own month and day gives today + 6 years; a Feb 29 birth can give a day more (issued
 * on Feb 28 of a common year → Feb 29 six years on; issued on Feb 29 → Mar 1 under Mar 1).
 */
export function latestCertificateExpiry(today: PlainDate, rules: RuleSet, birth?: PlainDate): PlainDate {
  const n = rules.renewedCertificateBirthdays;
  const births = birth ? [birth] : [bornOn(today), LEAP_BIRTH];
  const ends = births.flatMap((b) =>
    isLeapDay(b)
      ? [nthBirthdayAfter(b, today, n, "feb28"), nthBirthdayAfter(b, today, n, "mar1")]
      : [nthBirthdayAfter(b, today, n)],
  );
  return latest(ends[0]!, ...ends.slice(1));
}

/**
 * The input with the typed certificate date read as the card's printed expiry instead, or null
 * when that reading is not one the input allows: no birth date (the card-face route needs one),
 * or another card expiry typed beside it.
 */
export function asCardExpiry(input: EvaluateInput): EvaluateInput | null {
  const typed = input.certificateExpiry;
  if (!typed || !input.birthDate) return null;
  if (input.cardExpiry && !input.cardExpiry.equals(typed)) return null;
  const { certificateExpiry: _, ...rest } = input;
  return { ...rest, cardExpiry: typed };
}

/**
 * The other answers: the date as the card's expiry, answered by the engine as that input (`answerFor`:
 * its own Feb 29 convention and checks; null when it is inconsistent or impossible, R-INPUT-1,
 * R-INFER-1). They are that card's headline certificate, and the other side of its
 * renewed-or-not question (R-INFER-3, R-INFER-5): a holder
 * who never renewed the first certificate must see that reading even when the card-face
 * headline assumes a renewal. Each is named by what it assumes: `cardFaceNotRenewed` and
 * `cardFaceRenewed` where that question is open, else `cardFace` (the certificate issued with
 * the card, not yet past, R-INFER-2). A reading whose certificate is the typed date itself (a
 * 5-year card's, or the renewed one of an adult card) adds no date and is left out.
 */
function cardFaceAlternatives(
  input: EvaluateInput,
  today: PlainDate,
  rules: RuleSet,
  answerFor: AnswerFor,
): Alternative[] {
  const other = asCardExpiry(input);
  const answer = other && answerFor(other);
  const typed = input.certificateExpiry;
  if (!answer || !typed) return [];
  const open = answer.caveats.find(
    (c) => (c.code === "renewalUnknown" || c.code === "cardExpired") && c.alternatives.length > 0,
  );
  const basis = answer.certificate.basis;
  const readings: { assumption: string; expiresOn: PlainDate }[] = [
    {
      assumption: !open ? "cardFace" : basis === "assumedRenewed" ? "cardFaceRenewed" : "cardFaceNotRenewed",
      expiresOn: plainDate(answer.certificate.expiresOn),
    },
  ];
  for (const alt of open?.alternatives ?? [])
    if (alt.certificateExpiresOn)
      readings.push({
        assumption: alt.assumption === "renewed" ? "cardFaceRenewed" : "cardFaceNotRenewed",
        expiresOn: plainDate(alt.certificateExpiresOn),
      });
  return readings
    .filter((r) => !r.expiresOn.equals(typed))
    .map((r) => alternative(r.assumption, { certificate: r.expiresOn, card: typed }, today, rules));
}

/**
 * The caveats on the typed certificate expiry (see the module comment), in this order: the
 * proof (`certificateExpiryTooLate`) before the sign; the other answer goes with the first only,
 * so that a page listing every caveat's alternatives shows it once.
 */
export function certificateFieldCaveats(
  input: EvaluateInput,
  today: PlainDate,
  rules: RuleSet,
  answerFor: AnswerFor,
): Caveat[] {
  const typed = input.certificateExpiry;
  if (!typed) return [];
  const caveats: Caveat[] = [];
  // Cheap first: the 6th birthday after today is always more than 5 years away, so a date within
  // 5 years of today (most inputs) is never too late.
  const tooLate =
    isAfter(typed, today.add({ years: rules.renewedCertificateBirthdays - 1 })) &&
    isAfter(typed, latestCertificateExpiry(today, rules, input.birthDate));
  if (tooLate) caveats.push({ code: "certificateExpiryTooLate", rule: "R-CERT-3", alternatives: [] });
  if (input.certificateExpiryAsPrinted)
    caveats.push({ code: "cardExpiryInCertificateField", rule: "R-DATE-6", alternatives: [] });
  const first = caveats[0];
  if (first) {
    for (const other of cardFaceAlternatives(input, today, rules, answerFor)) first.alternatives.push(other);
  }
  return caveats;
}

/** Review7 #15: the caveats that ask whether the date typed as the certificate's is the card's. */
export const CERTIFICATE_FIELD_DOUBTS = ["certificateExpiryTooLate", "cardExpiryInCertificateField"] as const;
export type CertificateFieldDoubt = (typeof CERTIFICATE_FIELD_DOUBTS)[number];

/** Whether a caveat's code is one of {@link CERTIFICATE_FIELD_DOUBTS}. */
export const isCertificateFieldDoubt = (code: string): code is CertificateFieldDoubt =>
  (CERTIFICATE_FIELD_DOUBTS as readonly string[]).includes(code);

/**
 * Review8 (#15 half fixed): under the check-first sentence the first step is the one that settles
 * it, reading the certificate's own date (the handwritten box, マイナポータル), placed as
 * next-steps.ts places R-INFER-3's: first, except in grace, where the re-issue stays first.
 */
export function withCertificateCheck(steps: NextStepCode[], caveats: readonly Caveat[], stage: Stage): NextStepCode[] {
  if (steps.includes("checkCertificateExpiry") || !caveats.some((c) => isCertificateFieldDoubt(c.code))) return steps;
  // R-INFER-5, R-CARD-5: an expired card took both certificates with it; the new card stays first
  // (second read A 1.1), whatever the certificate field says.
  if (caveats.some((c) => c.code === "cardExpired")) return steps;
  const at = stage === "grace" ? 1 : 0;
  return [...steps.slice(0, at), "checkCertificateExpiry", ...steps.slice(at)];
}
