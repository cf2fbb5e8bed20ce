/**
 * @module
 * The month counts the result sentences state, from their one home (the rule set, R-NEXT-1):
 * the renewal window (R-RENEW-1) and the grace after the month of expiry (R-INS-1). They are the
 * current generation's (CARD_2016): a second rule set's sentences will take its own.
 */
import { CARD_2016 } from "../rules/rule-set.ts";

export const MONTHS = {
  window: CARD_2016.renewalWindowMonths,
  grace: CARD_2016.graceMonthsAfterExpiryMonth,
} as const;
