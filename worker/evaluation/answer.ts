/**
 * @module
 * The one path from validated input to a presented answer, shared by every endpoint:
 * schema result → rules (`evaluate`) → texts (`present`). The Worker decides no date: `today`
 * is the request's own or today in Tokyo (R-DATE-1), from shared/rules.
 */

import { JAPAN_HOLIDAYS } from "#shared/holidays/index.ts";
import type { Lang } from "#shared/lang/index.ts";
import { present } from "#shared/messages/index.ts";
import { evaluate } from "#shared/rules/evaluate.ts";
import type { PlainDate } from "#shared/rules/plain-date.ts";
import type { Evaluation, FieldError, PresentedEvaluation } from "#shared/rules/result.ts";
import { todayInTokyo } from "#shared/rules/today.ts";
import type { ParsedRequest } from "#shared/schema/index.ts";

export type Failed = { ok: false; lang: Lang; errors: FieldError[] };
export type Answer = { ok: true; lang: Lang; presented: PresentedEvaluation } | Failed;
export type Evaluated = { ok: true; lang: Lang; evaluation: Evaluation } | Failed;

/**
 * Evaluates a parsed request, without texts. `lang` is the request's language when the input
 * names none (errors are worded in it); `defaultToday` is computed lazily so that a batch asks
 * the clock once.
 */
export function evaluated(parsed: ParsedRequest, lang: Lang, defaultToday: () => PlainDate): Evaluated {
  if (!parsed.ok) return { ok: false, lang: parsed.lang ?? lang, errors: parsed.errors };
  const answerLang = parsed.lang ?? lang;
  const outcome = evaluate(parsed.input, parsed.today ?? defaultToday(), JAPAN_HOLIDAYS);
  if (!outcome.ok) return { ok: false, lang: answerLang, errors: outcome.errors };
  // R-PARSE-3: what the parser noted about a typed date travels with the answer.
  const evaluation = parsed.notes ? { ...outcome.evaluation, inputNotes: parsed.notes } : outcome.evaluation;
  return { ok: true, lang: answerLang, evaluation };
}

/** Evaluates a parsed request and adds the sentences in its language. */
export function answer(parsed: ParsedRequest, lang: Lang, defaultToday: () => PlainDate): Answer {
  const result = evaluated(parsed, lang, defaultToday);
  return result.ok ? { ok: true, lang: result.lang, presented: present(result.evaluation, result.lang) } : result;
}

/** Today in Tokyo, once per call site (R-DATE-1). */
export function todayOnce(): () => PlainDate {
  let today: PlainDate | undefined;
  return () => (today ??= todayInTokyo(Date.now()));
}
