/**
 * @module
 * The engine: (input, today) → evaluation. Pure: no clock, no I/O; bad input is returned as
 * errors, never thrown (R-INPUT-1). `today` is Tokyo's date, passed in (R-DATE-1).
 */

import type { HolidayCalendar } from "../holidays/calendar.ts";
import { isLeapDay } from "./birthdays.ts";
import { capabilitiesOn } from "./capabilities.ts";
import { type WithoutCounterDays, withCounterDays } from "./counter-days.ts";
import { cardExpiredCaveat, feb29Caveat, printedConvention } from "./date-caveats.ts";
import type { EvaluateInput } from "./evaluate-input.ts";
import { fromCardFace } from "./from-card-face.ts";
import { fromCardIssue } from "./from-card-issue.ts";
import { fromCertificateExpiry } from "./from-certificate-expiry.ts";
import { withGivenCertificateExpiry } from "./given-certificate.ts";
import { checkInput } from "./input-checks.ts";
import { nextSteps } from "./next-steps.ts";
import { daysBetween, type PlainDate } from "./plain-date.ts";
import type { Caveat, Outcome } from "./result.ts";
import { CARD_2016, type RuleSet } from "./rule-set.ts";
import type { Situation } from "./situation.ts";
import { READER_SCREEN, stageOn } from "./stage.ts";
import { timeline } from "./timeline.ts";
import { graceEndsOn, noticeWindow, renewalOpensOn } from "./windows.ts";

export type { EvaluateInput };

type Settled = { ok: true; situation: Situation } | Extract<Outcome, { ok: false }>;

/** Picks the route (contract.md "Accepted combinations"), most precise first. */
function settle(input: EvaluateInput, today: PlainDate, rules: RuleSet): Settled {
  const { birthDate, cardIssuedOn, cardExpiry, certificateExpiry } = input;
  if (birthDate && cardIssuedOn) {
    const outcome = fromCardIssue({ ...input, birthDate, cardIssuedOn }, today, rules);
    if (!outcome.consistent) return { ok: false, errors: [outcome.error] };
    return { ok: true, situation: outcome.situation };
  }
  if (birthDate && cardExpiry) {
    const outcome = fromCardFace({ ...input, birthDate, cardExpiry }, today, rules);
    if (!outcome.possible) return { ok: false, errors: [outcome.error] };
    return { ok: true, situation: outcome.situation };
  }
  if (certificateExpiry) return { ok: true, situation: fromCertificateExpiry(certificateExpiry) };
  const field = birthDate ? "cardExpiry" : cardExpiry || cardIssuedOn ? "birthDate" : "certificateExpiry";
  return { ok: false, errors: [{ field, code: "missing_input" }] };
}

/** The route's situation, with a typed certificate expiry put in (it beats any inference). */
function situate(input: EvaluateInput, today: PlainDate, rules: RuleSet): Settled {
  const settled = settle(input, today, rules);
  if (!settled.ok || !input.certificateExpiry || settled.situation.route === "certificateExpiry") return settled;
  return { ok: true, situation: withGivenCertificateExpiry(settled.situation, input.certificateExpiry) };
}

/**
 * `holidays` is Japan's holiday calendar (R-COUNTER-2; shared/holidays `JAPAN_HOLIDAYS` as
 * shipped), given like `today` so the engine stays pure and tests can make one up.
 */
export function evaluate(
  input: EvaluateInput,
  today: PlainDate,
  holidays: HolidayCalendar,
  rules: RuleSet = CARD_2016,
): Outcome {
  const errors = checkInput(input, today, rules);
  if (errors.length > 0) return { ok: false, errors };
  // R-DATE-4: a printed C in a common year shows the convention; otherwise Feb 28 (Decisions),
  // unless only Mar 1 makes the card face possible.
  const printed = printedConvention(input);
  let used: RuleSet = printed ? { ...rules, feb29: printed } : rules;
  let settled = situate(input, today, used);
  const marchFirst: RuleSet = { ...rules, feb29: "mar1" };
  const open = !printed && !!input.birthDate && isLeapDay(input.birthDate);
  if (!settled.ok && open) {
    const recounted = situate(input, today, marchFirst);
    if (recounted.ok) [settled, used] = [recounted, marchFirst];
  }
  if (!settled.ok) return settled;
  const situation = settled.situation;
  const recount =
    open && used.feb29 === "feb28"
      ? () => {
          const other = situate(input, today, marchFirst);
          return other.ok ? other.situation : null;
        }
      : null;
  const extra = [feb29Caveat(situation, input, today, used, recount), cardExpiredCaveat(situation, today)];
  const caveats: Caveat[] = [...situation.caveats, ...extra.filter((c): c is Caveat => c !== null)];
  return { ok: true, evaluation: withCounterDays(conclude({ ...situation, caveats }, today, used), holidays) };
}

/** Everything that follows from the settled dates on `today`. */
function conclude(situation: Situation, today: PlainDate, rules: RuleSet): WithoutCounterDays {
  const expiry = situation.certificate.expiresOn;
  const renewal = renewalOpensOn(expiry, rules);
  const grace = graceEndsOn(expiry, rules);
  // R-CARD-4 / R-INFER-6: no letter is sent for a period-of-stay expiry: no dates for one.
  const notice = situation.noticeLetterExpected ? noticeWindow(expiry, rules) : null;
  const stage = stageOn(expiry, today, rules);
  const card = situation.card;
  return {
    today: today.toString(),
    route: situation.route,
    stage,
    certificate: {
      expiresOn: expiry.toString(),
      renewalOpensOn: renewal.toString(),
      graceEndsOn: grace.toString(),
      noticeExpectedFrom: notice?.from.toString() ?? null,
      noticeExpectedTo: notice?.to.toString() ?? null,
      basis: situation.certificate.basis,
    },
    card: card && {
      expiresOn: card.expiresOn.toString(),
      renewalOpensOn: renewalOpensOn(card.expiresOn, rules).toString(),
      validityYears: card.validityYears,
      issuedOn: card.issuedOn?.toString() ?? null,
      printed: card.printed,
    },
    signatureCertificate: situation.signature && {
      expiresOn: situation.signature.expiresOn.toString(),
      bound: situation.signature.bound,
    },
    daysUntil: {
      renewalOpens: daysBetween(today, renewal),
      certificateExpires: daysBetween(today, expiry),
      graceEnds: daysBetween(today, grace),
      cardExpires: card ? daysBetween(today, card.expiresOn) : null,
    },
    reader: READER_SCREEN[stage],
    capabilities: capabilitiesOn(situation, stage, today),
    nextSteps: nextSteps(situation, stage, today),
    timeline: timeline(situation, rules),
    caveats: situation.caveats,
    ruleSet: rules.id,
    rules: [...new Set([...situation.rules, "R-RENEW-1", "R-INS-1", "R-INS-2"])].sort(),
  };
}
