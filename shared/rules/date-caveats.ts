/**
 * @module
 * Caveats that hang on dates rather than on a route: Feb 29 births (R-DATE-4) and a card that
 * has itself expired (R-INS-6, R-CERT-4).
 */
import { PlainDate, isAfter } from "./plain-date.ts";
import type { RuleSet } from "./rule-set.ts";
import type { Caveat } from "./result.ts";
import type { Situation } from "./situation.ts";
import type { EvaluateInput } from "./evaluate-input.ts";
import { isLeapDay } from "./birthdays.ts";
import { alternative } from "./alternatives.ts";

/** Feb 28 of a common year, read as Mar 1 instead (the other convention some offices use). */
function marchFirstReading(date: PlainDate): PlainDate | undefined {
  return date.month === 2 && date.day === 28 && !date.inLeapYear ? new PlainDate(date.year, 3, 1) : undefined;
}

export function dateCaveats(situation: Situation, input: EvaluateInput, today: PlainDate, rules: RuleSet): Caveat[] {
  const caveats: Caveat[] = [];
  if (input.birthDate && isLeapDay(input.birthDate)) {
    const certificate = situation.certificate.basis === "given" ? undefined : marchFirstReading(situation.certificate.expiresOn);
    const card = situation.card && !situation.card.printed ? marchFirstReading(situation.card.expiresOn) : undefined;
    const alternatives = certificate || card ? [alternative("march1", { certificate, card }, today, rules)] : [];
    caveats.push({ code: "feb29", rule: "R-DATE-4", alternatives });
  }
  // R-INFER-5: every expired card says so; a route that could tell the not-renewed reading apart
  // has already added the caveat with it (renewal-unknown.ts).
  const alreadySaid = situation.caveats.some((c) => c.code === "cardExpired");
  if (situation.card && isAfter(today, situation.card.expiresOn) && !alreadySaid) {
    caveats.push({ code: "cardExpired", rule: "R-INFER-5", alternatives: [] });
  }
  return caveats;
}
