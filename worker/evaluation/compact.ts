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

/**
 * Every field but `timeline`, in the evaluation's own order, so the JSON is the evaluation's
 * without it (compact.test.ts). Written out rather than `{ timeline, ...rest }`: a rest copy
 * cost 3–4 % of a compact batch's CPU (2026-12-02, `npm run bench:isolate`). `Required` makes
 * the type check fail when the evaluation gains a field, optional or not, until it is added here.
 */
export function compact(e: Evaluation): CompactEvaluation {
  const fields: Required<Omit<CompactEvaluation, "inputNotes">> = {
    today: e.today,
    route: e.route,
    stage: e.stage,
    certificate: e.certificate,
    card: e.card,
    signatureCertificate: e.signatureCertificate,
    daysUntil: e.daysUntil,
    reader: e.reader,
    capabilities: e.capabilities,
    nextSteps: e.nextSteps,
    caveats: e.caveats,
    ruleSet: e.ruleSet,
    rules: e.rules,
  };
  // R-PARSE-3: present only when the parser noted something (worker/evaluation/answer.ts).
  return e.inputNotes === undefined ? fields : { ...fields, inputNotes: e.inputNotes };
}
