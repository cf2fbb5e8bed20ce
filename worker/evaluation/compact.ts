/**
 * @module
 * The compact answer of a batch sent with `"texts": false` (contract.md; issue 12, bulk callers):
 * the evaluation without a sentence. Dates, stage, reader, capabilities, next-step codes,
 * caveats and rule IDs stay.
 *
 * Hint: `timeline` is left out as well. Each of its dates is already in `certificate` and `card`
 * (graceStarts and lapses are the days after `certificate.expiresOn` and `certificate.graceEndsOn`, R-INS-2, R-INS-4),
 * and it was a third of what remained: without it a 1,000-item answer is under a quarter of
 * the full one (`npm run bench:isolate`). The engine does not compute it for these answers at
 * all (`evaluate(…, { timeline: false })`, answer.ts `evaluatedWithoutTimeline`): the same
 * evaluation, key for key, without the milestones it would have built and dropped, and with
 * no copy to take it out (compact.test.ts compares the JSON byte for byte).
 */
import type { EvaluationWithoutTimeline } from "#shared/rules/evaluate.ts";

export type CompactEvaluation = EvaluationWithoutTimeline;
