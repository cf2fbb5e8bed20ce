/**
 * @module
 * The dates that follow from an expiry: renewal window, notice letter, insurance grace.
 */
import type { PlainDate } from "./plain-date.ts";
import type { RuleSet } from "./rule-set.ts";

/**
 * R-RENEW-1 / R-CARD-6: renewal opens on (expiry − 3 months) + 1 day. Temporal clamps
 * "− 3 months" to the end of a shorter month (2027-05-31 → 2027-02-28), as the rule says.
 * @example renewalOpensOn(2025-06-15) → 2025-03-16 (Tsurugashima's worked example)
 */
export const renewalOpensOn = (expiry: PlainDate, rules: RuleSet): PlainDate =>
  expiry.addMonths(-rules.renewalWindowMonths).addDays(1);

/**
 * R-INS-1: the last day of the third month after the month containing the expiry.
 * @example graceEndsOn(2026-11-14) → 2027-02-28
 */
export const graceEndsOn = (expiry: PlainDate, rules: RuleSet): PlainDate =>
  expiry.endOfMonthAfter(rules.graceMonthsAfterExpiryMonth);

/** R-RENEW-3: the notice letter arrives roughly 2 to 3 months before expiry. */
export function noticeWindow(expiry: PlainDate, rules: RuleSet): { from: PlainDate; to: PlainDate } {
  const [fromMonths, toMonths] = rules.noticeMonthsBefore;
  return { from: expiry.addMonths(-fromMonths), to: expiry.addMonths(-toMonths) };
}
