/**
 * @module
 * What needs doing for one person, and by or from which day, from the API's evaluation: the
 * list is sorted by it (what needs doing first) and its print view puts what is due now on top.
 * Every date comes from the evaluation; this file only chooses which one the list shows.
 *
 * Where the input leaves doubt the list says so instead of a plain answer: whether the holder
 * renewed (R-INFER-3, R-INFER-5: the other reading travels with the action), a card expiry
 * that is not a birthday (R-INFER-4: probably a typo), and on a card that ends with the period
 * of stay, whether the certificate ends with it or on an earlier birthday (R-INFER-6).
 */
import { cardStep, certificateFieldDoubt } from "#shared/messages/readings.ts";
import type { CertificateFieldDoubt } from "#shared/rules/certificate-field.ts";
import type { Evaluation, IsoDate, NextStepCode, Stage } from "#shared/rules/result.ts";

/**
 * The visit the rules name as the next step (R-RENEW-2, R-CARD-6), the day renewal opens, or a
 * check that decides the answer: whether the certificate was renewed (R-INFER-3) or whether the
 * card expiry was typed right (R-INFER-4).
 */
export type ActionKind =
  | "checkCardExpiry"
  | "checkRenewal"
  | "renewalOpens"
  | "cardRenewalOpens"
  | Extract<
      NextStepCode,
      | "renewCertificateAtOffice"
      | "reissueCertificateAtOffice"
      | "renewCard"
      | "checkCertificateExpiry"
      | "extendCardValidity"
    >;

/**
 * R-INFER-3, R-INFER-5: whether the holder renewed is unknown; the answer follows one reading
 * (`headline`), this is the other. The same caveat the checker reads (shared/messages/present.ts).
 */
export interface RenewalDoubt {
  /** The reading the answer's stage and dates follow. */
  headline: "renewed" | "notRenewed";
  /** W1: "renewed or re-issued on or after this day?"; null for an expired card (R-INFER-5). */
  since: IsoDate | null;
  /** The other reading: its stage on the day checked, its certificate expiry and grace end. */
  other: { stage: Stage; certificateExpiresOn: IsoDate; graceEndsOn: IsoDate };
}

/**
 * R-INFER-6: a card that ends with the period of stay; the answer runs the certificate to the
 * card's expiry, this is the other reading: it ended on the last birthday before it (the
 * `periodOfStay` caveat's `earlierBirthday` alternative), with the last counter day of its grace.
 */
export interface StayDoubt {
  other: { stage: Stage; certificateExpiresOn: IsoDate; graceEndsOn: IsoDate; graceLastCounterDay: IsoDate };
  /** The card (the answer's reading ends the certificate with it) and its last counter day, to extend it by (R-CARD-4). */
  card: { expiresOn: IsoDate; lastCounterDay: IsoDate };
}

/**
 * R-DATE-6, R-CERT-3 (review8 #16): the date typed as the certificate's is most likely the card's
 * (its printed 「まで有効」, `cardExpiryInCertificateField`) or too late for any certificate
 * (`certificateExpiryTooLate`); with a birth date, `other` is the answer if it is the card's
 * expiry (the caveat's card-face reading, the riskier one first).
 */
export interface FieldDoubt {
  code: CertificateFieldDoubt;
  other: StayDoubt["other"] | null;
}

export interface NextAction {
  kind: ActionKind;
  /**
   * "from": nothing to do before it; "by": go to the office by then; "since": overdue since (for
   * `checkRenewal`: lapsed since then unless renewed); "check": the date to check (`checkCardExpiry`);
   * "apply": apply for a new card now, the card works at the clinic until then (`renewCard`).
   */
  relation: "from" | "by" | "since" | "check" | "apply";
  date: IsoDate;
  /** Something is due now: a visit (renewal, grace, lapsed) or a check that may reveal one. */
  now: boolean;
  /** R-INFER-3, R-INFER-5: the other reading, when whether the holder renewed is unknown. */
  renewal: RenewalDoubt | null;
  /** R-INFER-6: the earlier reading of a card that ends with the stay; absent when there is none. */
  stay?: StayDoubt;
  /** R-DATE-6, R-CERT-3: the certificate's date may be the card's; absent when not in doubt. */
  field?: FieldDoubt;
}

const VISITS: readonly ActionKind[] = [
  "renewCard",
  "extendCardValidity",
  "renewCertificateAtOffice",
  "reissueCertificateAtOffice",
];

type Evaluated = Pick<Evaluation, "today" | "stage" | "certificate" | "card" | "nextSteps" | "caveats">;

/** R-INFER-3 (`renewalUnknown`) or R-INFER-5 (`cardExpired` while its readings still differ). */
export function renewalDoubt(evaluation: Pick<Evaluation, "caveats">): RenewalDoubt | null {
  const caveat = evaluation.caveats.find(
    (c) => c.code === "renewalUnknown" || (c.code === "cardExpired" && c.alternatives.length > 0),
  );
  const other = caveat?.alternatives[0];
  if (!caveat || !other?.stage || !other.certificateExpiresOn || !other.graceEndsOn) return null;
  return {
    headline: other.assumption === "notRenewed" ? "renewed" : "notRenewed",
    since: caveat.question?.renewedOnOrAfter ?? null,
    other: { stage: other.stage, certificateExpiresOn: other.certificateExpiresOn, graceEndsOn: other.graceEndsOn },
  };
}

/** R-INFER-6: the `periodOfStay` caveat's earlier reading, while it still differs (null once a certificate date settles it). */
export function stayDoubt(evaluation: Pick<Evaluation, "caveats" | "card">): StayDoubt | null {
  const { card } = evaluation;
  const other = evaluation.caveats
    .find((c) => c.code === "periodOfStay")
    ?.alternatives.find((a) => a.assumption === "earlierBirthday");
  if (!card || !other?.stage || !other.certificateExpiresOn || !other.graceEndsOn || !other.graceLastCounterDay)
    return null;
  const { stage, certificateExpiresOn, graceEndsOn, graceLastCounterDay } = other;
  return {
    other: { stage, certificateExpiresOn, graceEndsOn, graceLastCounterDay },
    card: { expiresOn: card.expiresOn, lastCounterDay: card.lastCounterDay },
  };
}

/**
 * R-INFER-6: 「電子証明書の有効期限を確かめる」 and the day the earlier reading makes it urgent: its
 * grace's last counter day (re-issue while the card still works, R-INS-1, R-COUNTER-1), its grace
 * end once lapsed (R-INS-2), its expiry while it can still be renewed; not due while both
 * readings are valid.
 */
function stayCheck(stay: StayDoubt, renewal: RenewalDoubt | null): NextAction {
  return { kind: "checkCertificateExpiry", renewal, stay, ...dueOf(stay.other) };
}

/** When the other reading makes a check due (see {@link stayCheck}). */
function dueOf(other: StayDoubt["other"]): Pick<NextAction, "relation" | "date" | "now"> {
  if (other.stage === "grace") return { relation: "by", date: other.graceLastCounterDay, now: true };
  if (other.stage === "lapsed") return { relation: "since", date: other.graceEndsOn, now: true };
  return { relation: "check", date: other.certificateExpiresOn, now: other.stage === "renewal" };
}

/** Review8 #16: the certificate-field caveat and its card-face reading, the not-renewed one first. */
export function fieldDoubt(evaluation: Pick<Evaluation, "caveats">): FieldDoubt | null {
  const code = certificateFieldDoubt(evaluation);
  if (code === null) return null;
  const alternatives = evaluation.caveats.find((c) => c.code === code)?.alternatives ?? [];
  const reading =
    alternatives.find((a) => a.assumption === "cardFaceNotRenewed") ??
    alternatives.find((a) => a.assumption === "cardFace") ??
    alternatives[0];
  const { stage, certificateExpiresOn, graceEndsOn, graceLastCounterDay } = reading ?? {};
  return {
    code,
    other:
      stage && certificateExpiresOn && graceEndsOn && graceLastCounterDay
        ? { stage, certificateExpiresOn, graceEndsOn, graceLastCounterDay }
        : null,
  };
}

export function nextAction(evaluation: Evaluated): NextAction {
  const { certificate } = evaluation;
  const renewal = renewalDoubt(evaluation);
  const stay = stayDoubt(evaluation);
  // R-INFER-4: a card expiry that is not a birthday is most likely a typo; until it is checked,
  // no date of the answer can be trusted (a one-day slip can hide A1's lapsed reading).
  if (evaluation.card && evaluation.caveats.some((c) => c.code === "cardExpiryNotBirthday"))
    return { kind: "checkCardExpiry", relation: "check", date: evaluation.card.expiresOn, now: true, renewal };
  // R-DATE-6, R-CERT-3 (review8 #16): a 「まで有効」 or an impossible date in the certificate's
  // column: which date it is comes first, and the card's reading may be due now; without a birth
  // date there is no such reading, and the check itself is due (it may hide a lapse).
  const field = fieldDoubt(evaluation);
  if (field) {
    const base = { kind: "checkCertificateExpiry" as const, renewal, field };
    if (!field.other) return { ...base, relation: "check", date: certificate.expiresOn, now: true };
    const { relation, date, now } = dueOf(field.other);
    return { ...base, relation, date, now };
  }
  // R-INFER-3 after G1: the answer assumes a renewal, so it reads "valid". Unless the holder
  // renewed, the card has not worked as マイナ保険証 since G1: that is to be checked now.
  if (evaluation.stage === "valid" && renewal?.headline === "renewed" && renewal.other.stage === "lapsed")
    return { kind: "checkRenewal", relation: "since", date: renewal.other.graceEndsOn, now: true, renewal };
  const visit = (evaluation.nextSteps.find((step) => (VISITS as readonly string[]).includes(step)) ??
    "renewCertificateAtOffice") as ActionKind;
  // R-CARD-6, R-INFER-5 (review finding 7): a new card is applied for online, by post, at a photo
  // booth or at the counter and takes about a month, so no counter day is its deadline: apply
  // now; the date is the grace end, until which the card still works at the clinic (R-INS-1,
  // R-INS-6), the 資格確認書 after it (R-INS-5).
  if (visit === "renewCard" && (evaluation.stage === "renewal" || evaluation.stage === "grace"))
    return { kind: visit, relation: "apply", date: certificate.graceEndsOn, now: true, renewal, ...(stay && { stay }) };
  // R-INFER-6 (review7 finding 3): the card ends with the stay and the certificate may have ended
  // on an earlier birthday: check it first, as the API's first step says (checkCertificateExpiry).
  if (stay && evaluation.nextSteps.includes("checkCertificateExpiry")) return stayCheck(stay, renewal);
  // R-CARD-4: a card that ends with the stay is extended at the counter after the stay is, by the
  // counter's last open day before the card ends; renewing the certificate in its window gains
  // nothing (R-CERT-1(b)), so its window's first day is no step.
  if (visit === "extendCardValidity" && evaluation.card && evaluation.stage !== "lapsed")
    return {
      kind: visit,
      relation: "by",
      date: evaluation.card.lastCounterDay,
      now: evaluation.stage !== "valid",
      renewal,
    };
  const byStage: Record<Stage, () => NextAction> = {
    // R-RENEW-1, R-COUNTER-1: nothing to do before the window opens; the list sends people to the
    // counter, so the day it names is the first day the counter is open in the window (review
    // P1-E: a window opening on a Saturday opens at the counter on the Monday).
    // R-CARD-6, R-CERT-1(b) (review8 #6): where the certificate ends with the card, renewing it
    // gains nothing; a new card is applied for (online, by post, at a photo booth or the counter)
    // from the card's own first day, as the calendar says (shared/messages/readings.ts cardStep).
    valid: () =>
      evaluation.card && cardStep(evaluation) === "newCard"
        ? { kind: "cardRenewalOpens", relation: "from", date: evaluation.card.renewalOpensOn, now: false, renewal }
        : { kind: "renewalOpens", relation: "from", date: certificate.firstCounterDay, now: false, renewal },
    // R-RENEW-2, R-COUNTER-1: renew at the counter by its last open day before the expiry.
    renewal: () => ({ kind: visit, relation: "by", date: certificate.lastCounterDay, now: true, renewal }),
    // R-INS-1, R-INS-4, R-COUNTER-1: re-issue by the last counter day of the grace period,
    // while the insurance registration holds.
    grace: () => ({ kind: visit, relation: "by", date: certificate.graceLastCounterDay, now: true, renewal }),
    // R-INS-2: lapsed after the grace end; a re-issue (R-RENEW-2) and a new registration (R-INS-4) follow.
    lapsed: () => ({ kind: visit, relation: "since", date: certificate.graceEndsOn, now: true, renewal }),
  };
  return byStage[evaluation.stage]();
}

/**
 * How near a counter deadline must be to go before the checks: the coming month (31 days),
 * which holds a deadline behind the year-end closure (R-COUNTER-1) even when checked on the 1st
 * of December.
 */
export const SOON_DAYS = 31;

const daysBetween = (from: IsoDate, to: IsoDate): number => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/**
 * What comes first (review P1-C). A counter deadline within {@link SOON_DAYS} of `today` comes
 * first of all: it is certain, and missing it costs the insurance registration for good
 * (R-INS-2, R-INS-4); nothing else in the list gets worse by waiting a few days. Then a card
 * expiry to check (every date of the answer hangs on it, and it takes a look at the card),
 * overdue visits (lapsed: the loss has already happened, the 資格確認書 covers the doctor,
 * R-INS-5), those that may be overdue (not renewed?), the later deadlines, then the rest.
 * Without `today` no deadline counts as near.
 */
const rank = (a: NextAction, today?: IsoDate): number => {
  if (a.relation === "by" && today !== undefined && daysBetween(today, a.date) <= SOON_DAYS) return 0;
  // A new card takes about a month: its application is near while the grace end is within that
  // month and the coming one.
  if (a.relation === "apply" && today !== undefined && daysBetween(today, a.date) <= 2 * SOON_DAYS) return 0;
  // R-INFER-6 with both readings still valid: a look at the card, but nothing is due yet.
  if (a.kind === "checkCertificateExpiry" && !a.now) return 5;
  return a.kind === "checkCardExpiry"
    ? 1
    : a.kind === "checkRenewal"
      ? 3
      : { since: 2, check: 1, by: 4, apply: 4, from: 5 }[a.relation];
};

/** What needs doing first on `today` (see {@link rank}); within a rank, the earliest date first. */
export function compareActions(a: NextAction, b: NextAction, today?: IsoDate): number {
  const [ra, rb] = [rank(a, today), rank(b, today)];
  if (ra !== rb) return ra - rb;
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** Not due yet, but renewal opens in the month of `today` (the second part of the box on top, B1). */
export const opensThisMonth = (action: NextAction, today: IsoDate): boolean =>
  !action.now && action.relation === "from" && action.date.slice(0, 7) === today.slice(0, 7);
