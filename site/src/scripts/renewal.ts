/**
 * @module
 * The renewal question (R-INFER-3, contract.md `data-question="renewed"`): when the card's dates
 * cannot tell whether the holder renewed the first certificate, the API's `renewalUnknown`
 * caveat carries the question and, for each answer, the `certificateExpiry` that settles it.
 * はい/いいえ ask again with that expiry; わからない (or no answer yet) asks both readings, to
 * show them side by side, the riskier (not renewed) first. Pure apart from `ask`, so the island
 * (fetch) and the Worker's no-JavaScript answer (in-process) settle it the same way.
 */
import type { PresentedEvaluation, RenewalQuestion } from "#shared/rules/result.ts";

export const RENEWED_ANSWERS = ["yes", "no", "unknown"] as const;
export type RenewedAnswer = (typeof RENEWED_ANSWERS)[number];

export const isRenewedAnswer = (value: unknown): value is RenewedAnswer =>
  (RENEWED_ANSWERS as readonly unknown[]).includes(value);

export interface RenewalView {
  question: RenewalQuestion;
  answer: RenewedAnswer | null;
  /** Both readings, when the answer is わからない or not given yet: the riskier first. */
  readings: { ifNo: PresentedEvaluation; ifYes: PresentedEvaluation } | null;
}

export function renewalQuestion(result: PresentedEvaluation): RenewalQuestion | null {
  return result.caveats.find((caveat) => caveat.code === "renewalUnknown")?.question ?? null;
}

/** How to ask the API again: the same body plus a `certificateExpiry`; null when it fails. */
export type Ask = (body: Record<string, string>) => Promise<PresentedEvaluation | null>;

/**
 * The answer to show: `first` itself when there is no question; else the settled reading for
 * はい/いいえ, or `first` with both readings for わからない and for no answer yet.
 */
export async function settleRenewal(
  first: PresentedEvaluation,
  body: Record<string, string>,
  answer: RenewedAnswer | null,
  ask: Ask,
): Promise<{ result: PresentedEvaluation; renewal: RenewalView | null }> {
  const question = renewalQuestion(first);
  if (!question) return { result: first, renewal: null };
  if (answer === "yes" || answer === "no") {
    const settled = await ask({
      ...body,
      certificateExpiry: (answer === "yes" ? question.ifYes : question.ifNo).certificateExpiry,
    });
    if (settled) return { result: settled, renewal: { question, answer, readings: null } };
  }
  const [ifNo, ifYes] = await Promise.all([
    ask({ ...body, certificateExpiry: question.ifNo.certificateExpiry }),
    ask({ ...body, certificateExpiry: question.ifYes.certificateExpiry }),
  ]);
  return {
    result: first,
    renewal: {
      question,
      answer: answer === "unknown" ? "unknown" : null,
      readings: ifNo && ifYes ? { ifNo, ifYes } : null,
    },
  };
}
