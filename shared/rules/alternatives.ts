/**
 * @module
 * Another reading of the input, with the stage it would give on `today` (for caveats).
 */
import type { PlainDate } from "./plain-date.ts";
import type { Alternative } from "./result.ts";
import type { RuleSet } from "./rule-set.ts";
import { stageOn } from "./stage.ts";
import { graceEndsOn } from "./windows.ts";

export function alternative(
  assumption: string,
  dates: { certificate?: PlainDate; card?: PlainDate },
  today: PlainDate,
  rules: RuleSet,
): Alternative {
  const out: Alternative = { assumption };
  if (dates.certificate) {
    out.certificateExpiresOn = dates.certificate.toString();
    out.graceEndsOn = graceEndsOn(dates.certificate, rules).toString();
    out.stage = stageOn(dates.certificate, today, rules);
  }
  if (dates.card) out.cardExpiresOn = dates.card.toString();
  return out;
}
