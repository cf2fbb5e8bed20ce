/**
 * @module
 * The stage on a day, and what the clinic's reader shows then (R-INS-2, R-INS-7).
 */
import { isAfter, isBefore, type PlainDate } from "./plain-date.ts";
import type { ReaderScreen, Stage } from "./result.ts";
import type { RuleSet } from "./rule-set.ts";
import { graceEndsOn, renewalOpensOn } from "./windows.ts";

/**
 * R-INS-2: valid before the renewal window, renewal through the expiry day (inclusive, R-DATE-2),
 * grace through the grace end, lapsed after. R-INS-6: a card expiry is already folded into the
 * certificate expiry (R-CARD-5), so only the certificate matters here.
 */
export function stageOn(certificateExpiresOn: PlainDate, today: PlainDate, rules: RuleSet): Stage {
  return stageAmong(
    today,
    renewalOpensOn(certificateExpiresOn, rules),
    certificateExpiresOn,
    graceEndsOn(certificateExpiresOn, rules),
  );
}

/** `stageOn` from the three dates, for a caller that has them already (evaluate.ts). */
export function stageAmong(
  today: PlainDate,
  renewalOpens: PlainDate,
  expiresOn: PlainDate,
  graceEnds: PlainDate,
): Stage {
  if (isBefore(today, renewalOpens)) return "valid";
  if (!isAfter(today, expiresOn)) return "renewal";
  if (!isAfter(today, graceEnds)) return "grace";
  return "lapsed";
}

/** R-INS-2 / R-INS-7: the reader's alert starts with the renewal window (undocumented; Decisions). */
export const READER_SCREEN = {
  valid: "normal",
  renewal: "renewalAlert",
  grace: "qualificationOnly",
  lapsed: "lapsed",
} as const satisfies Record<Stage, ReaderScreen>;
