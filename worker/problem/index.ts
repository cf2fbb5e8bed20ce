/**
 * @module
 * RFC 9457 problem details: every client error under `/api` is one of these, as
 * `application/problem+json`, in the request's language (contract.md "Errors").
 */
import type { Context } from "hono";
import { htmlLang, nearestLang, type Lang } from "#shared/lang/index.ts";
import type { FieldError } from "#shared/rules/result.ts";
import { errorMessage } from "#shared/messages/index.ts";
import { PROBLEM_KINDS, WORKER_ERROR_TEXTS, isWorkerErrorCode, type ProblemKind } from "./texts.ts";

export type { ProblemKind } from "./texts.ts";

export interface ProblemError {
  field: string;
  code: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors: ProblemError[];
}

/**
 * Hint: a `tag:` URI (RFC 4151) names the problem type without promising a page at that
 * address; RFC 9457 §3.1.1 allows non-resolvable type URIs.
 */
const TYPE_PREFIX = "tag:myna-expiry,2026:problem:";

/** Field names we repeat back: the contract's names (and `items`, `body`…), nothing else. */
const SAFE_FIELD = /^[A-Za-z][A-Za-z0-9-]{0,39}$/;

/**
 * The field name as we may repeat it. A name the client invented (an unknown key, a repeated
 * query parameter) is input; it is shown only when it looks like a plain identifier, so an
 * error never carries markup or a date back.
 */
export const safeField = (field: string): string => (SAFE_FIELD.test(field) ? field : "(unnamed)");

/** Worker texts exist in ja and en; やさしい日本語 falls back to ja for these few sentences. */
const textLang = (lang: Lang) => nearestLang(lang, ["ja", "en"]);

/** One sentence a person can act on for a field error, in `lang`. */
export function fieldErrorMessage(error: FieldError, lang: Lang): string {
  return isWorkerErrorCode(error.code) ? WORKER_ERROR_TEXTS[error.code][textLang(lang)] : errorMessage(error, lang);
}

/** The problem document for `kind`, its errors rendered in `lang`. */
export function problemBody(kind: ProblemKind, lang: Lang, errors: readonly FieldError[]): Problem {
  const { status, title, detail } = PROBLEM_KINDS[kind];
  const l = textLang(lang);
  return {
    type: TYPE_PREFIX + kind,
    title: title[l],
    status,
    detail: detail[l],
    errors: errors.map((error) => ({ field: safeField(error.field), code: error.code, message: fieldErrorMessage(error, lang) })),
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
  return c.json(problemBody(kind, lang, errors), PROBLEM_KINDS[kind].status as (typeof PROBLEM_KINDS)[K]["status"], problemHeaders(lang));
}

/**
 * The problem as a Response: never cached (it may concern one client's input), and with the
 * extra headers a status needs (`Allow` for 405, `Retry-After` for 429).
 *
 * @example problemResponse("invalid-input", "en", [{ field: "birthDate", code: "invalid_date" }])
 */
export function problemResponse(kind: ProblemKind, lang: Lang, errors: readonly FieldError[], headers?: Record<string, string>): Response {
  const body = problemBody(kind, lang, errors);
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { ...problemHeaders(lang), ...headers },
  });
}
