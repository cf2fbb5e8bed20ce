/**
 * @module
 * RFC 9457 problem details: every client error under `/api` is one of these, as
 * `application/problem+json`, in the request's language (contract.md "Errors"). The kinds,
 * codes and shape live in shared/problem; the sentences in shared/messages.
 */
import type { Context } from "hono";
import { htmlLang, type Lang } from "#shared/lang/index.ts";
import { errorMessageWith } from "#shared/messages/errors-with.ts";
import { PROBLEM_STATUS, PROBLEM_TYPE_PREFIX, type Problem, type ProblemKind } from "#shared/problem/index.ts";
import type { FieldError } from "#shared/rules/result.ts";
import { textsOf } from "../lang-texts.ts";

/** Field names we repeat back: the contract's names (and `items`, `body`…), nothing else. */
const SAFE_FIELD = /^[A-Za-z][A-Za-z0-9-]{0,39}$/;

/**
 * The field name as we may repeat it. A name the client invented (an unknown key, a repeated
 * query parameter) is input; it is shown only when it looks like a plain identifier, so an
 * error never carries markup or a date back.
 */
export const safeField = (field: string): string => (SAFE_FIELD.test(field) ? field : "(unnamed)");

/** The problem document for `kind`, its errors rendered in `lang` (whose texts are loaded: worker/lang-texts.ts). */
export function problemBody(kind: ProblemKind, lang: Lang, errors: readonly FieldError[]): Problem {
  const texts = textsOf(lang);
  const { title, detail } = texts.api.problem[kind];
  return {
    type: PROBLEM_TYPE_PREFIX + kind,
    title,
    status: PROBLEM_STATUS[kind],
    detail,
    errors: errors.map((error) => ({
      field: safeField(error.field),
      code: error.code,
      message: errorMessageWith(texts, error, lang),
      // The values the message names, unworded, for programs (R-INFER-1 `params: {age}`,
      // R-INPUT-1 `params: {earliest}`); only values the rules computed, as the message.
      ...(error.params !== undefined && Object.keys(error.params).length > 0 ? { params: { ...error.params } } : {}),
    })),
  };
}

/** Headers of every problem: its media type and language; never cached (it may concern one client's input). */
const problemHeaders = (lang: Lang) => ({
  "Content-Type": "application/problem+json; charset=utf-8",
  "Content-Language": htmlLang(lang),
  "Cache-Control": "no-store",
});

/**
 * The problem as a typed response of a route, so the typed client (worker/client.ts) sees the
 * error shape beside the success shape.
 */
export function problemJson<K extends ProblemKind>(c: Context, kind: K, lang: Lang, errors: readonly FieldError[]) {
  return c.json(
    problemBody(kind, lang, errors),
    PROBLEM_STATUS[kind] as (typeof PROBLEM_STATUS)[K],
    problemHeaders(lang),
  );
}

/**
 * The problem as a Response: never cached (it may concern one client's input), and with the
 * extra headers a status needs (`Allow` for 405, `Retry-After` for 429).
 *
 * @example problemResponse("invalid-input", "en", [{ field: "birthDate", code: "invalid_date" }])
 */
export function problemResponse(
  kind: ProblemKind,
  lang: Lang,
  errors: readonly FieldError[],
  headers?: Record<string, string>,
): Response {
  const body = problemBody(kind, lang, errors);
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { ...problemHeaders(lang), ...headers },
  });
}
