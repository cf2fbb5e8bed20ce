// Test helper: evaluate from ISO strings, asserting success.

import { JAPAN_HOLIDAYS } from "../../holidays/index.ts";
import { type EvaluateInput, evaluate } from "../evaluate.ts";
import type { EvaluateDateField } from "../evaluate-input.ts";
import { plainDate } from "../plain-date.ts";
import type { Evaluation, FieldError } from "../result.ts";

export type IsoInput = { [K in EvaluateDateField]?: string };

const toInput = (iso: IsoInput): EvaluateInput =>
  Object.fromEntries(Object.entries(iso).map(([k, v]) => [k, plainDate(v as string)])) as EvaluateInput;

export function evaluateIso(input: IsoInput, today: string): Evaluation {
  const outcome = evaluate(toInput(input), plainDate(today), JAPAN_HOLIDAYS);
  if (!outcome.ok) throw new Error(`expected an evaluation, got ${JSON.stringify(outcome.errors)}`);
  return outcome.evaluation;
}

export function errorsIso(input: IsoInput, today: string): FieldError[] {
  const outcome = evaluate(toInput(input), plainDate(today), JAPAN_HOLIDAYS);
  if (outcome.ok) throw new Error(`expected errors, got stage ${outcome.evaluation.stage}`);
  return outcome.errors;
}

/**
 * The caveats about the input: all but the counter days' (R-COUNTER-1/2, counter-days.test.ts),
 * their alternatives without their last counter day (`graceLastCounterDay`, R-COUNTER-1: tested
 * in shared/messages/answer-box.test.ts), so the fixtures state the readings alone.
 */
export const inputCaveats = (e: Evaluation) =>
  e.caveats
    .filter((c) => !c.rule.startsWith("R-COUNTER-"))
    .map((c) => ({ ...c, alternatives: c.alternatives.map(({ graceLastCounterDay: _, ...a }) => a) }));
