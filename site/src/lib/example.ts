/**
 * @module
 * The example the stages page draws, computed at build time by the rules engine itself
 * (R-RENEW-1, R-INS-1), so the page can never disagree with the API. Runs in Node only (it uses
 * Temporal through shared/rules); the browser receives the dates as data attributes.
 */
import { plainDate } from "#shared/rules/plain-date.ts";
import { CARD_2016 } from "#shared/rules/rule-set.ts";
import { graceEndsOn, renewalOpensOn } from "#shared/rules/windows.ts";
import type { Stage } from "#shared/rules/result.ts";

/** rules.md W3: certificate expiry 2026-11-14 → grace ends 2027-02-28. */
export const EXAMPLE_EXPIRY = "2026-11-14";

export interface StageSpan {
  stage: Stage;
  from: string | null;
  to: string | null;
}

export function exampleStages(expiry: string = EXAMPLE_EXPIRY): StageSpan[] {
  const expiresOn = plainDate(expiry);
  const opens = renewalOpensOn(expiresOn, CARD_2016); // R-RENEW-1
  const graceEnd = graceEndsOn(expiresOn, CARD_2016); // R-INS-1
  return [
    { stage: "valid", from: null, to: opens.subtract({ days: 1 }).toString() },
    { stage: "renewal", from: opens.toString(), to: expiresOn.toString() }, // R-DATE-2: inclusive
    { stage: "grace", from: expiresOn.add({ days: 1 }).toString(), to: graceEnd.toString() },
    { stage: "lapsed", from: graceEnd.add({ days: 1 }).toString(), to: null },
  ];
}
