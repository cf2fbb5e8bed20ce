/**
 * @module
 * Caveats that hang on dates rather than on a route: Feb 29 births (R-DATE-4) and a card that
 * has itself expired (R-INFER-5, R-INS-6).
 */

import { alternative } from "./alternatives.ts";
import { type Feb29Convention, isLeapDay } from "./birthdays.ts";
import type { EvaluateInput } from "./evaluate-input.ts";
import { isAfter, type PlainDate } from "./plain-date.ts";
import type { Caveat } from "./result.ts";
import type { RuleSet } from "./rule-set.ts";
import type { Situation } from "./situation.ts";

/**
 * R-DATE-4: the convention a printed card expiry shows. A C on Feb 28 or Mar 1 of a common year
 * was counted with that convention; a C on Feb 29 (leap year) or on another day shows none.
 */
export function printedConvention(input: EvaluateInput): Feb29Convention | null {
  const { birthDate: birth, cardExpiry: c } = input;
  if (!birth || !c || !isLeapDay(birth) || c.inLeapYear) return null;
  if (c.month === 2 && c.day === 28) return "feb28";
  if (c.month === 3 && c.day === 1) return "mar1";
  return null;
}

/**
 * R-DATE-4: every result for a Feb 29 birth whose dates were computed from the birthday carries
 * `feb29`, naming the convention used. Its alternative is a recount under the other convention
 * (the whole route again with Mar 1 birthdays, R-DATE-3 and all), not the final date moved by a
 * day: a card issued on Feb 28 of a common year comes a year earlier under Mar 1. No alternative
 * when the printed C settles the convention, when the recount is impossible, or when it gives
 * the same dates.
 */
export function feb29Caveat(
  situation: Situation,
  input: EvaluateInput,
  today: PlainDate,
  rules: RuleSet,
  recount: (() => Situation | null) | null,
): Caveat | null {
  if (!input.birthDate || !isLeapDay(input.birthDate) || situation.route === "certificateExpiry") return null;
  const computedCertificate = situation.certificate.basis !== "given";
  const computedCard = situation.card !== null && !situation.card.printed;
  if (!computedCertificate && !computedCard) return null; // nothing was counted from the birthday
  const caveat: Caveat = { code: "feb29", rule: "R-DATE-4", alternatives: [], convention: rules.feb29 };
  const other = recount?.();
  if (!other) return caveat;
  const certificate =
    computedCertificate && !other.certificate.expiresOn.equals(situation.certificate.expiresOn)
      ? other.certificate.expiresOn
      : undefined;
  const card =
    computedCard && other.card && !other.card.expiresOn.equals(situation.card!.expiresOn)
      ? other.card.expiresOn
      : undefined;
  if (certificate || card) caveat.alternatives.push(alternative("march1", { certificate, card }, today, rules));
  return caveat;
}

/** R-INFER-5: every expired card says so; a route that could tell the not-renewed reading apart
 *  has already added the caveat with it (renewal-unknown.ts). */
export function cardExpiredCaveat(situation: Situation, today: PlainDate): Caveat | null {
  const alreadySaid = situation.caveats.some((c) => c.code === "cardExpired");
  if (!situation.card || !isAfter(today, situation.card.expiresOn) || alreadySaid) return null;
  return { code: "cardExpired", rule: "R-INFER-5", alternatives: [] };
}
