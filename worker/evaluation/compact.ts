/**
 * @module
 * The compact answer of a batch sent with `"texts": false` (contract.md; issue 12, bulk callers):
 * the evaluation without a sentence. Dates, stage, reader, capabilities, next-step codes,
 * caveats and rule IDs stay.
 *
 * Hint: `timeline` is left out as well. Each of its dates is already in `certificate` and `card`
 * (graceStarts and lapses are the days after `certificate.expiresOn` and `certificate.graceEndsOn`, R-INS-2, R-INS-4),
 * and it was a third of what remained: without it a 1,000-item answer is under a quarter of
 * the full one (`npm run bench:isolate`).
 */
import type { Evaluation } from "#shared/rules/result.ts";

export type CompactEvaluation = Omit<Evaluation, "timeline">;

export function compact({ timeline: _derivable, ...evaluation }: Evaluation): CompactEvaluation {
  return evaluation;
}
