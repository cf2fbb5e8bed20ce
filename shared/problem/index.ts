/**
 * @module
 * The API's errors as data: every problem kind with its HTTP status, every error code a field
 * error can carry, and the one shape of an RFC 9457 problem document. The Worker builds them,
 * shared/messages words them (in every language), the OpenAPI document lists them, and the site
 * and the widget read them, all from here.
 */

/** Problem kinds and their status (contract.md "Errors"); the last part of a problem's `type`. */
export const PROBLEM_STATUS = {
  "invalid-input": 400,
  "malformed-body": 400,
  "unsupported-media-type": 415,
  "content-too-large": 413,
  "uri-too-long": 414,
  "not-found": 404,
  "method-not-allowed": 405,
  "rate-limited": 429,
  internal: 500,
} as const;

export type ProblemKind = keyof typeof PROBLEM_STATUS;

/**
 * Hint: a `tag:` URI (RFC 4151) names the problem type without promising a page at that
 * address; RFC 9457 §3.1.1 allows non-resolvable type URIs.
 */
export const PROBLEM_TYPE_PREFIX = "tag:myna-expiry,2026:problem:";

/**
 * Codes of errors in what was asked (R-INPUT-1): a date that cannot be read (R-PARSE-*), a field
 * of the wrong shape (shared/schema), a combination the rules refuse (shared/rules).
 */
export const INPUT_ERROR_CODES = [
  "empty",
  "required",
  "invalid_date",
  "not_a_real_date",
  "past_era_end",
  "before_era_start",
  "before_gregorian",
  "weekday_mismatch",
  "year_mismatch",
  "not_a_string",
  "too_long",
  "unknown_field",
  "unsupported_lang",
  "not_an_object",
  "invalid_value",
  "birth_date_in_future",
  "card_issued_before_first_cards",
  "card_issued_before_birth",
  "card_issued_in_future",
  "application_after_card_issue",
  "certificate_issued_before_card",
  "certificate_issued_before_birth",
  "certificate_issued_after_card_expiry",
  "certificate_issued_in_future",
  "certificate_issued_after_expiry",
  "card_expiry_not_after_birth",
  "card_expiry_not_after_issue",
  "certificate_expiry_not_after_birth",
  "certificate_outlives_card",
  "stay_ends_before_card_issue",
  "stay_ends_before_card_expiry",
  "impossible_card_age",
  "card_expiry_mismatch",
] as const;
export type InputErrorCode = (typeof INPUT_ERROR_CODES)[number];

/** Not enough input for any route (contract.md); its sentence depends on the missing field. */
export const MISSING_INPUT = "missing_input";

/** Codes the Worker raises itself, before the rules: transport, size, JSON and query syntax. */
export const REQUEST_ERROR_CODES = [
  "malformed_json",
  "body_unreadable",
  "empty_body",
  "invalid_encoding",
  "too_deep",
  "body_too_large",
  "unsupported_media_type",
  "unsupported_content_encoding",
  "repeated_parameter",
  "control_character",
  "query_too_long",
  "too_many_items",
  "too_many_items_with_texts",
  "too_many_langs_with_texts",
  "texts_not_boolean",
  "field_belongs_in_item",
  "items_required",
  "item_not_an_object",
  "unknown_path",
  "method_not_allowed",
  "malformed_request",
  "rate_limited",
  "internal_error",
] as const;
export type RequestErrorCode = (typeof REQUEST_ERROR_CODES)[number];

/** Every code an `errors[].code` can hold. */
export const ERROR_CODES = [...INPUT_ERROR_CODES, MISSING_INPUT, ...REQUEST_ERROR_CODES] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const isRequestErrorCode = (code: string): code is RequestErrorCode =>
  (REQUEST_ERROR_CODES as readonly string[]).includes(code);

/** One field error as the API sends it: the field, a stable code, a sentence in the request's
 *  language, and the values that sentence names when it names any. */
export interface ProblemError {
  field: string;
  code: ErrorCode;
  message: string;
  /** e.g. `{ age: "44", earliestIssue: "2014-06-01" }`: dates ISO, numbers in digits. */
  params?: Record<string, string>;
}

/** An RFC 9457 problem document (`application/problem+json`). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors: ProblemError[];
}
