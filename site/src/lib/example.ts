/**
 * @module
 * The example the stages page draws, computed at build time by the rules themselves
 * (R-RENEW-1, R-INS-1 in shared/rules/windows.ts; the spans from shared/rules/stage-spans.ts),
 * so the page can never disagree with the API. The browser receives the spans as data
 * attributes and looks days up in them with the same module.
 */

import { JAPAN_HOLIDAYS } from "#shared/holidays/index.ts";
import { lastCounterDayOnOrBefore } from "#shared/rules/counter-days.ts";
import { plainDate } from "#shared/rules/plain-date.ts";
import { CARD_2016 } from "#shared/rules/rule-set.ts";
import { type StageSpan, stageSpans } from "#shared/rules/stage-spans.ts";
import { graceEndsOn, renewalOpensOn } from "#shared/rules/windows.ts";

/** rules.md W3: certificate expiry 2026-11-14 → grace ends 2027-02-28. */
export const EXAMPLE_EXPIRY = "2026-11-14";

export function exampleStages(expiry: string = EXAMPLE_EXPIRY): StageSpan[] {
  const expiresOn = plainDate(expiry);
  return stageSpans({
    expiresOn: expiry,
    renewalOpensOn: renewalOpensOn(expiresOn, CARD_2016).toString(),
    graceEndsOn: graceEndsOn(expiresOn, CARD_2016).toString(),
  });
}

/** rules.md K1: the example expiry is a Saturday, so the counter is last open the day before (R-COUNTER-1). */
export function exampleLastCounterDay(expiry: string = EXAMPLE_EXPIRY): string {
  return lastCounterDayOnOrBefore(plainDate(expiry), JAPAN_HOLIDAYS).day.toString();
}
