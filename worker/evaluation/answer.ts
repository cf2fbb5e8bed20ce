/**
 * @module
 * The one path from validated input to a presented answer, shared by every endpoint:
 * schema result → rules (`evaluate`) → texts (`present`). The Worker decides no date: `today`
 * is the request's own or today in Tokyo (R-DATE-1), from shared/rules.
 */

import { JAPAN_HOLIDAYS } from "#shared/holidays/index.ts";
import type { Lang } from "#shared/lang/index.ts";
import { presentWith } from "#shared/messages/present-with.ts";
import { type EvaluationWithoutTimeline, evaluate } from "#shared/rules/evaluate.ts";
import type { PlainDate } from "#shared/rules/plain-date.ts";
import type { Evaluation, FieldError, PresentedEvaluation } from "#shared/rules/result.ts";
import { CARD_2016 } from "#shared/rules/rule-set.ts";
import { todayInTokyo } from "#shared/rules/today.ts";
import { type ParsedRequest, parseEvaluateBodyFast, parseEvaluateBodyFull } from "#shared/schema/index.ts";
import { controlCharacterErrors } from "../input/control-characters.ts";
import { loadTexts } from "../lang-texts.ts";

export type Failed = { ok: false; lang: Lang; errors: FieldError[] };
export type Answer = { ok: true; lang: Lang; presented: PresentedEvaluation } | Failed;
export type Evaluated<E = Evaluation> = { ok: true; lang: Lang; evaluation: E } | Failed;

/**
 * A body of `POST /evaluate` or an item of a batch → the parsed request, or the
 * `control_character` errors when a field holds one (worker/input/control-characters.ts). The
 * common shape first (parseEvaluateBodyFast: plain ISO dates and a known lang cannot hold a
 * control character), then the check, then the full path; the same answer as checking first.
 */
export function parseRequestBody(body: Record<string, unknown>): ParsedRequest | FieldError[] {
  const fast = parseEvaluateBodyFast(body);
  if (fast !== undefined) return fast;
  const control = controlCharacterErrors(body);
  return control.length > 0 ? control : parseEvaluateBodyFull(body);
}

/**
 * Evaluates a parsed request, without texts. `lang` is the request's language when the input
 * names none (errors are worded in it); `defaultToday` is computed lazily so that a batch asks
 * the clock once.
 */
export function evaluated(parsed: ParsedRequest, lang: Lang, defaultToday: () => PlainDate): Evaluated {
  if (!parsed.ok) return { ok: false, lang: parsed.lang ?? lang, errors: parsed.errors };
  return withNotes(parsed, lang, evaluate(parsed.input, parsed.today ?? defaultToday(), JAPAN_HOLIDAYS));
}

/** `evaluated` without the timeline, which the compact answer leaves out (compact.ts). */
export function evaluatedWithoutTimeline(
  parsed: ParsedRequest,
  lang: Lang,
  defaultToday: () => PlainDate,
): Evaluated<EvaluationWithoutTimeline> {
  if (!parsed.ok) return { ok: false, lang: parsed.lang ?? lang, errors: parsed.errors };
  const today = parsed.today ?? defaultToday();
  return withNotes(parsed, lang, evaluate(parsed.input, today, JAPAN_HOLIDAYS, CARD_2016, { timeline: false }));
}

function withNotes<E extends EvaluationWithoutTimeline>(
  parsed: Extract<ParsedRequest, { ok: true }>,
  lang: Lang,
  outcome: { ok: true; evaluation: E } | { ok: false; errors: FieldError[] },
): Evaluated<E> {
  const answerLang = parsed.lang ?? lang;
  if (!outcome.ok) return { ok: false, lang: answerLang, errors: outcome.errors };
  // R-PARSE-3: what the parser noted about a typed date travels with the answer (last, as the
  // spread of the evaluation put it); the evaluation is the engine's new object, ours to add to.
  const evaluation = outcome.evaluation;
  if (parsed.notes) evaluation.inputNotes = parsed.notes;
  return { ok: true, lang: answerLang, evaluation };
}

/**
 * Evaluates a parsed request and adds the sentences in its language, whose texts it loads first
 * (worker/lang-texts.ts), also when the answer is an error the caller will word in it.
 */
export async function answer(parsed: ParsedRequest, lang: Lang, defaultToday: () => PlainDate): Promise<Answer> {
  const result = evaluated(parsed, lang, defaultToday);
  const texts = await loadTexts(result.lang);
  return result.ok
    ? { ok: true, lang: result.lang, presented: presentWith(texts, result.evaluation, result.lang) }
    : result;
}

/** Today in Tokyo, once per call site (R-DATE-1). */
export function todayOnce(): () => PlainDate {
  let today: PlainDate | undefined;
  return () => (today ??= todayInTokyo(Date.now()));
}
