/**
 * @module
 * Which reading a result's sentences speak of, read from its caveats, for every language alike.
 */
import { type CertificateFieldDoubt, isCertificateFieldDoubt } from "../rules/certificate-field.ts";
import { plainDate } from "../rules/plain-date.ts";
import type { Alternative, Evaluation } from "../rules/result.ts";
import { CARD_2016 } from "../rules/rule-set.ts";

/** R-AGE-2 at 15: the other reading is "no signature certificate came with the card". */
export const atFifteen = (e: Evaluation): boolean =>
  e.caveats.some((c) => c.code === "ageBoundary" && c.alternatives[0]?.assumption === "noSignatureCertificate");

/** R-INFER-6: the certificate of a stay-limited card may have ended before the card. */
export const mayHaveEndedEarlier = (e: Evaluation): boolean =>
  e.caveats.some((c) => c.code === "periodOfStay" && c.alternatives.length > 0);

/** R-COUNTER-2: the counter days a holiday of a year not yet announced decided, in order. */
export const projectedDays = (e: Evaluation): string[] =>
  e.caveats.find((c) => c.code === "holidaysProjected")?.days ?? [];

/** What a counter day is for, so a note on it can say which date it concerns. */
export type CounterDayRole = "certificateLast" | "graceLast" | "certificateFirst" | "cardLast" | "cardFirst" | "other";

/**
 * R-COUNTER-2: each projected counter day with its role (review 8 #14: a note on the card's
 * first counter day five years away, named by date alone, read as a doubt on the deadline).
 * A day with two roles takes the first in this order, the most urgent; a day none of this
 * answer's own (another reading's) is "other".
 */
export function projectedDayRoles(e: Evaluation): { day: string; role: CounterDayRole }[] {
  const { certificate: c, card } = e;
  const roles: [string | undefined, CounterDayRole][] = [
    [c.lastCounterDay, "certificateLast"],
    [c.graceLastCounterDay, "graceLast"],
    [c.firstCounterDay, "certificateFirst"],
    [card?.lastCounterDay, "cardLast"],
    [card?.firstCounterDay, "cardFirst"],
  ];
  return projectedDays(e).map((day) => ({ day, role: roles.find(([d]) => d === day)?.[1] ?? "other" }));
}

/** The projected counter days as a catalog writes them: "its role (its date)". */
export const projectedDaysNamed = (
  e: Evaluation,
  date: (iso: string) => string,
  roleNames: Record<CounterDayRole, string>,
  [open, close]: [string, string] = [" (", ")"],
): string[] => projectedDayRoles(e).map(({ day, role }) => `${roleNames[role]}${open}${date(day)}${close}`);

/** R-DATE-4: the convention the dates were counted with, and whether a Mar 1 recount follows. */
export function feb29Reading(e: Evaluation): { marchFirst: boolean; recounted: boolean } {
  const caveat = e.caveats.find((c) => c.code === "feb29");
  return { marchFirst: caveat?.convention === "mar1", recounted: (caveat?.alternatives.length ?? 0) > 0 };
}

/**
 * The step the card's dates call for, decided as next-steps.ts decides it (R-INFER-5, R-CARD-5,
 * R-CARD-4; shared/calendar's `calendarAction` agrees, messages/card-step.test.ts): the
 * certificate's own renewal or re-issue, a new card (the certificate ends with the card, or the
 * card's own window is open, review7 #1b), the stay-limited card's extension after the stay's
 * (O9), or a new card once the card has expired.
 */
export const CARD_STEPS = ["certificate", "newCard", "extendCard", "cardExpired"] as const;
export type CardStep = (typeof CARD_STEPS)[number];

/** The card as `stepOfCard` reads it: `stayLimited` ends with the period of stay (R-CARD-4). */
export interface StepCard {
  expiresOn: string;
  /** R-CARD-6: the card's own window opens (expiry − 3 months + 1 day). */
  renewalOpensOn: string;
  stayLimited: boolean;
}

/**
 * The one decision behind `cardStep` and the calendar's `calendarAction`, on the dates alone:
 * `stayLimited` is a card that ends with the period of stay (R-CARD-4, `validityYears: null`).
 * Once the card's window is open (today ≥ its `renewalOpensOn`, fewer than 3 months left), a
 * certificate renewed or re-issued now ends with the card too (R-CERT-1(b), R-CERT-3, R-CERT-4),
 * so the card is the step even where the certificate ends before it (review7 #1b, O9).
 */
export function stepOfCard(today: string, certificateExpiresOn: string, card: StepCard | null): CardStep {
  if (card === null) return "certificate";
  // ISO dates compare as strings.
  if (card.expiresOn < today) return "cardExpired";
  if (card.expiresOn === certificateExpiresOn || card.renewalOpensOn <= today)
    return card.stayLimited ? "extendCard" : "newCard";
  return "certificate";
}

export const cardStep = (e: Pick<Evaluation, "today" | "card" | "certificate">): CardStep =>
  stepOfCard(
    e.today,
    e.certificate.expiresOn,
    e.card && {
      expiresOn: e.card.expiresOn,
      renewalOpensOn: e.card.renewalOpensOn,
      stayLimited: e.card.validityYears === null,
    },
  );

/**
 * Review7 #1b, O9: the card is the step while the certificate ends before it, so the
 * certificate's own renewal or re-issue (next-steps.ts lists it after the card's step) is an
 * optional bridge until the new card (R-CARD-6, about a month) or the card's extension
 * (R-CARD-4): it ends with the card (R-CERT-1(b)).
 */
export const certificateBridges = (e: Pick<Evaluation, "today" | "card" | "certificate">): boolean => {
  const step = cardStep(e);
  return (step === "newCard" || step === "extendCard") && e.card!.expiresOn !== e.certificate.expiresOn;
};

/**
 * The step of the renewal stage (R-RENEW-1 window open, certificate still valid): the card has
 * not expired then, since the certificate never outlives it (R-CERT-1(b)).
 */
export const renewalStep = (
  e: Pick<Evaluation, "today" | "card" | "certificate">,
): Exclude<CardStep, "cardExpired"> => {
  const step = cardStep(e);
  return step === "cardExpired" ? "certificate" : step;
};

/**
 * The certificate comes back only with a new card (R-CARD-5, R-CARD-6; R-INFER-5, R-CERT-4 once
 * the card has expired): the steps that follow the procedure say "after the new card".
 */
export const newCardIsTheStep = (e: Pick<Evaluation, "today" | "card" | "certificate">): boolean => {
  const step = cardStep(e);
  return step === "newCard" || step === "cardExpired";
};

/** R-INFER-4: the card expiry typed is not a birthday and no stay end was given: most likely a typo. */
export const cardExpiryInDoubt = (e: Pick<Evaluation, "caveats">): boolean =>
  e.caveats.some((c) => c.code === "cardExpiryNotBirthday");

/**
 * R-CERT-3 / R-DATE-6 (review7 #15): the first of those caveats (the proof before the sign, as
 * certificate-field.ts orders them), or null: the answer then says to check which date it is first.
 */
export const certificateFieldDoubt = (e: Pick<Evaluation, "caveats">): CertificateFieldDoubt | null =>
  (e.caveats.find((c) => isCertificateFieldDoubt(c.code))?.code as CertificateFieldDoubt | undefined) ?? null;

/** Review7 #15: the answer carries the date read as the card's expiry (a birth date was given). */
export const cardFaceAnswered = (e: Pick<Evaluation, "caveats">): boolean =>
  e.caveats.some((c) => isCertificateFieldDoubt(c.code) && c.alternatives.length > 0);

/**
 * Review8 #15 (R-INFER-6, R-CARD-4): a stay-limited card's other reading (the certificate ending
 * on an earlier birthday) has its window before the card's, and no notice letter comes for such a
 * card. So a "valid" answer ("nothing to do until …") states its assumption and checks first, as
 * for a reading whose stage differs, once that reading's expiry is within the next 3 months
 * (R-RENEW-1's months: its window opens by tomorrow), though its stage today is "valid" too
 * (present-with.ts `doubtAssumptions`, render-result.ts).
 */
export function windowSoonerUnder(
  caveatCode: string,
  other: Pick<Alternative, "certificateExpiresOn">,
  e: Pick<Evaluation, "stage" | "today">,
): boolean {
  if (caveatCode !== "periodOfStay" || e.stage !== "valid" || !other.certificateExpiresOn) return false;
  // ISO dates compare as strings.
  return other.certificateExpiresOn <= plainDate(e.today).addMonths(CARD_2016.renewalWindowMonths).toString();
}

/**
 * Review8 #23 (R-INFER-6, R-CARD-4, R-RENEW-3): the periodOfStay note on a card that is *not*
 * stay-limited (a stay ending after a birthday C, oracle O8): an ordinary card, whose notice
 * letter does come; the note says so instead of the stay-limited card's "no letter".
 */
export const ordinaryCardWithStay = (e: Pick<Evaluation, "card" | "certificate">): boolean =>
  e.card !== null && e.card.validityYears !== null && e.certificate.noticeExpectedFrom !== null;
