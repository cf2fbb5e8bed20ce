/**
 * @module
 * Request → engine input: the shape check (valibot, fields.ts), then each typed date through the
 * shared parser (R-PARSE-*). Every problem becomes a FieldError naming the field; nothing throws
 * and no raw input is copied into an error (only a suggested date we computed ourselves).
 */
import * as v from "valibot";
import { type ParseErrorCode, parseTypedDate } from "../dates/index.ts";
import { isLang, type Lang } from "../lang/index.ts";
import type { InputErrorCode } from "../problem/index.ts";
import type { EvaluateInput } from "../rules/evaluate-input.ts";
import { type PlainDate, plainDate } from "../rules/plain-date.ts";
import type { FieldError, InputNote } from "../rules/result.ts";
import { CalendarQuerySchema, DATE_FIELDS, EvaluateBodySchema, StageQuerySchema } from "./fields.ts";

export type ParsedRequest =
  | { ok: true; input: EvaluateInput; today?: PlainDate; lang?: Lang; notes?: InputNote[] }
  | { ok: false; errors: FieldError[]; lang?: Lang };

/** valibot issue type → our error code (the messages module words each code). */
const SHAPE_CODES: Partial<Record<string, InputErrorCode>> = {
  strict_object: "unknown_field",
  string: "not_a_string",
  max_length: "too_long",
  picklist: "unsupported_lang",
};

/** parseTypedDate's codes, under the names the API documents. */
const DATE_CODES = { unrecognised: "invalid_date" } as const satisfies Partial<Record<ParseErrorCode, InputErrorCode>>;

function shapeErrors(issues: v.BaseIssue<unknown>[], container: string): FieldError[] {
  return issues.map((issue) => {
    const key = issue.path?.[0]?.key;
    // A missing key means the body itself is not an object.
    if (key === undefined) return { field: container, code: "not_an_object" };
    // valibot reports a missing required key as a strict_object issue that expected the key.
    if (issue.type === "strict_object" && issue.expected !== "never") return { field: String(key), code: "required" };
    return { field: String(key), code: SHAPE_CODES[issue.type] ?? "invalid_value" };
  });
}

function parseDates(fields: Record<string, unknown>, lang: Lang | undefined): ParsedRequest {
  const errors: FieldError[] = [];
  const dates: Partial<Record<(typeof DATE_FIELDS)[number], PlainDate>> = {};
  const notes: InputNote[] = [];
  for (const field of DATE_FIELDS) {
    const text = fields[field];
    if (typeof text !== "string") continue;
    const parsed = parseTypedDate(text);
    if (parsed.ok) {
      dates[field] = plainDate(parsed.iso);
      // R-PARSE-3: accepted past its era's end; the answer says which era the date falls in.
      if (parsed.note) notes.push({ field, code: parsed.note.code, date: parsed.note.iso, wareki: parsed.note.wareki });
    } else {
      const params = parsed.suggestion && {
        suggestion: parsed.suggestion.iso,
        suggestionWareki: parsed.suggestion.wareki,
      };
      errors.push({
        field,
        code: parsed.code === "unrecognised" ? DATE_CODES.unrecognised : parsed.code,
        ...(params && { params }),
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors, lang };
  const { today, ...input } = dates;
  return notes.length > 0 ? { ok: true, input, today, lang, notes } : { ok: true, input, today, lang };
}

function parseWith(schema: v.GenericSchema, value: unknown, container: string): ParsedRequest {
  const lang = langOf(value);
  if (Array.isArray(value)) return { ok: false, errors: [{ field: container, code: "not_an_object" }], lang };
  const result = v.safeParse(schema, value, { abortEarly: false });
  if (!result.success) return { ok: false, errors: shapeErrors(result.issues, container), lang };
  return parseDates(result.output as Record<string, unknown>, lang);
}

/** The `lang` of a request, when it is one we support, so even errors speak it. */
function langOf(value: unknown): Lang | undefined {
  const lang = (value as { lang?: unknown } | null)?.lang;
  return isLang(lang) ? lang : undefined;
}

export const parseEvaluateBody = (body: unknown): ParsedRequest => parseWith(EvaluateBodySchema, body, "body");
export const parseStageQuery = (query: Record<string, string>): ParsedRequest =>
  parseWith(StageQuerySchema, query, "query");
export const parseCalendarQuery = (query: Record<string, string>): ParsedRequest =>
  parseWith(CalendarQuerySchema, query, "query");
