/**
 * @module
 * The list's dates through `POST /api/v1/evaluate/batch` in its compact mode (`"texts": false`,
 * contract.md): dates only, never a label; results come back in the order of the items, so the
 * index is the only link between a row and its answer.
 */
import type { Evaluation } from "#shared/rules/result.ts";
import type { BatchItem } from "./row";

/** What the compact mode returns for an item: the evaluation without texts and timeline. */
export type CompactEvaluation = Omit<Evaluation, "timeline">;

export type ItemAnswer = { ok: true; evaluation: CompactEvaluation } | { ok: false; message: string };

/** Items per request: well inside the API's limit for compact batches (5,000, 1 MiB). */
const CHUNK = 1_000;

interface ProblemBody {
  title?: string;
  detail?: string;
  errors?: { message?: string }[];
}

const problemMessage = (problem: ProblemBody): string =>
  problem.errors
    ?.map((e) => e.message)
    .filter(Boolean)
    .join(" ") ||
  problem.detail ||
  problem.title ||
  "";

export class BatchError extends Error {
  constructor(readonly kind: "network" | "server") {
    super(kind);
  }
}

/**
 * Evaluates every item, a chunk per request, in order. `today` (ISO) goes into each item when
 * the person chose the day; `lang` makes the API word the messages of bad items.
 */
export async function evaluateItems(items: readonly BatchItem[], lang: string, today?: string): Promise<ItemAnswer[]> {
  const answers: ItemAnswer[] = [];
  for (let start = 0; start < items.length; start += CHUNK) {
    const chunk = items.slice(start, start + CHUNK).map((item) => (today ? { ...item, today } : { ...item }));
    let response: Response;
    try {
      response = await fetch("/api/v1/evaluate/batch", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json, application/problem+json" },
        body: JSON.stringify({ texts: false, lang, items: chunk }),
      });
    } catch {
      throw new BatchError("network");
    }
    if (!response.ok) throw new BatchError("server");
    const { results } = (await response.json()) as {
      results: (CompactEvaluation | { index: number; error: ProblemBody })[];
    };
    for (const result of results) {
      answers.push(
        "error" in result ? { ok: false, message: problemMessage(result.error) } : { ok: true, evaluation: result },
      );
    }
  }
  return answers;
}
