/**
 * @module
 * The engine: (input, today) → evaluation. Pure: no clock, no I/O; bad input is returned as
 * errors, never thrown (R-INPUT-1). `today` is Tokyo's date, passed in (R-DATE-1).
 */
import { type PlainDate, daysBetween } from "./plain-date.ts";
import { CARD_2016, type RuleSet } from "./rule-set.ts";
import type { Caveat, Outcome } from "./result.ts";
import type { Situation } from "./situation.ts";
import type { EvaluateInput } from "./evaluate-input.ts";
import { checkInput } from "./input-checks.ts";
import { fromCertificateExpiry } from "./from-certificate-expiry.ts";
import { fromCardFace } from "./from-card-face.ts";
import { fromCardIssue } from "./from-card-issue.ts";
import { withGivenCertificateExpiry } from "./given-certificate.ts";
import { dateCaveats } from "./date-caveats.ts";
import { READER_SCREEN, stageOn } from "./stage.ts";
import { capabilitiesOn } from "./capabilities.ts";
import { nextSteps } from "./next-steps.ts";
import { timeline } from "./timeline.ts";
import { graceEndsOn, noticeWindow, renewalOpensOn } from "./windows.ts";
import { type WithoutCounterDays, withCounterDays } from "./counter-days.ts";
import type { HolidayCalendar } from "../holidays/calendar.ts";

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
    if (!outcome.possible) {
      return { ok: false, errors: [{ field: "cardExpiry", code: "impossible_card_age", params: { age: String(outcome.age) } }] };
    }
    return { ok: true, situation: outcome.situation };
  }
  if (certificateExpiry) return { ok: true, situation: fromCertificateExpiry(certificateExpiry) };
  const field = birthDate ? "cardExpiry" : cardExpiry || cardIssuedOn ? "birthDate" : "certificateExpiry";
  return { ok: false, errors: [{ field, code: "missing_input" }] };
}

/**
 * `holidays` is Japan's holiday calendar (R-COUNTER-2; shared/holidays `JAPAN_HOLIDAYS` as
 * shipped), given like `today` so the engine stays pure and tests can make one up.
 */
export function evaluate(input: EvaluateInput, today: PlainDate, holidays: HolidayCalendar, rules: RuleSet = CARD_2016): Outcome {
  const errors = checkInput(input, today, rules);
  if (errors.length > 0) return { ok: false, errors };
  const settled = settle(input, today, rules);
  if (!settled.ok) return settled;
  let situation = settled.situation;
  if (input.certificateExpiry && situation.route !== "certificateExpiry") {
    situation = withGivenCertificateExpiry(situation, input.certificateExpiry);
  }
  const caveats: Caveat[] = [...situation.caveats, ...dateCaveats(situation, input, today, rules)];
  return { ok: true, evaluation: withCounterDays(conclude({ ...situation, caveats }, today, rules), holidays) };
}

/** Everything that follows from the settled dates on `today`. */
function conclude(situation: Situation, today: PlainDate, rules: RuleSet): WithoutCounterDays {
  const expiry = situation.certificate.expiresOn;
  const renewal = renewalOpensOn(expiry, rules);
  const grace = graceEndsOn(expiry, rules);
  const notice = noticeWindow(expiry, rules);
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
      noticeExpectedFrom: notice.from.toString(),
      noticeExpectedTo: notice.to.toString(),
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
