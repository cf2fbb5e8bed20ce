/**
 * @module
 * Another reading of the input, with the stage it would give on `today` (for caveats).
 */
import type { PlainDate } from "./plain-date.ts";
import type { Alternative } from "./result.ts";
import type { RuleSet } from "./rule-set.ts";
import { stageAmong } from "./stage.ts";
import { graceEndsOn, renewalOpensOn } from "./windows.ts";

export function alternative(
  assumption: string,
  dates: { certificate?: PlainDate; card?: PlainDate },
  today: PlainDate,
  rules: RuleSet,
): Alternative {
  const expiry = dates.certificate;
  let out: Alternative = { assumption };
  if (expiry) {
    // The grace end once, for the answer and the stage (stageOn would count it again).
    const grace = graceEndsOn(expiry, rules);
    out = {
      assumption,
      certificateExpiresOn: expiry.toString(),
      graceEndsOn: grace.toString(),
      stage: stageAmong(today, renewalOpensOn(expiry, rules), expiry, grace),
    };
  }
  if (dates.card) out.cardExpiresOn = dates.card.toString();
  return out;
}
