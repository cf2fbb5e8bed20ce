/**
 * @module
 * Request → engine input: the shape check (valibot, fields.ts), then each typed date through the
 * shared parser (R-PARSE-*). Every problem becomes a FieldError naming the field; nothing throws
 * and no raw input is copied into an error (only a suggested date we computed ourselves).
 */
import * as v from "valibot";
import {
  GREGORIAN_START,
  hasCardFaceWords,
  isRealDate,
  MAX_YEAR,
  type Mismatch,
  type ParseErrorCode,
  parseTypedDate,
} from "../dates/index.ts";
import { isLang, type Lang } from "../lang/index.ts";
import type { InputErrorCode } from "../problem/index.ts";
import type { EvaluateInput } from "../rules/evaluate-input.ts";
import { DASH, digits, PlainDate, plainDate } from "../rules/plain-date.ts";
import type { FieldError, InputNote } from "../rules/result.ts";
import { CalendarQuerySchema, DATE_FIELDS, type DateField, EvaluateBodySchema, StageQuerySchema } from "./fields.ts";

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

/** Review7 #2: a bracket that disagrees with its date, for the sentence that names both
 *  (shared/messages/errors-with.ts words `date`, `weekday` and `dateWithEra` in the language). */
const mismatchParams = (m: Mismatch): Record<string, string> =>
  "weekday" in m ? { date: m.iso, weekday: String(m.weekday) } : { dateWithEra: m.iso, year: m.year };

function parseDates(fields: Record<string, unknown>, lang: Lang | undefined): ParsedRequest {
  const errors: FieldError[] = [];
  const dates: Partial<Record<(typeof DATE_FIELDS)[number], PlainDate>> = {};
  const notes: InputNote[] = [];
  let asPrinted = false;
  for (const field of DATE_FIELDS) {
    const text = fields[field];
    if (typeof text !== "string") continue;
    const parsed = parseTypedDate(text);
    if (parsed.ok) {
      dates[field] = plainDate(parsed.iso);
      // R-DATE-6 (review7 #15): the card face's words in the certificate's field.
      if (field === "certificateExpiry" && hasCardFaceWords(text)) asPrinted = true;
      // R-PARSE-3: accepted past its era's end; the answer says which era the date falls in.
      if (parsed.note) notes.push({ field, code: parsed.note.code, date: parsed.note.iso, wareki: parsed.note.wareki });
    } else {
      const params = parsed.suggestion
        ? { suggestion: parsed.suggestion.iso, suggestionWareki: parsed.suggestion.wareki }
        : parsed.mismatch && mismatchParams(parsed.mismatch);
      errors.push({
        field,
        code: parsed.code === "unrecognised" ? DATE_CODES.unrecognised : parsed.code,
        ...(params && { params }),
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors, lang };
  const { today, ...dateInput } = dates;
  const input: EvaluateInput = asPrinted ? { ...dateInput, certificateExpiryAsPrinted: true } : dateInput;
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

/** The keys of EvaluateBodySchema (fields.ts). */
const BODY_KEYS: ReadonlySet<string> = new Set([...DATE_FIELDS, "lang"]);

/**
 * `parseEvaluateBody` for the shape programs send by the thousand in a batch: a plain object
 * whose keys are all known, every date a plain ASCII `YYYY-MM-DD` that parseTypedDate accepts
 * (R-PARSE-1; no note is possible for it) and `lang`, if any, a supported one. It gives exactly
 * what the full path gives (parse-fast.test.ts compares both on generated bodies), without
 * valibot's datasets and without reading each date twice, and `undefined` for anything else:
 * an unknown key, an object not made by JSON.parse or `{}`, a value of another type, another
 * date form, a date the parser refuses. Such a body, errors included, is the full path's: the fast path never words an error.
 */
export function parseEvaluateBodyFast(body: unknown): ParsedRequest | undefined {
  if (body === null || typeof body !== "object" || Object.getPrototypeOf(body) !== Object.prototype) return undefined;
  const fields = body as Record<string, unknown>;
  for (const key in fields) if (!BODY_KEYS.has(key)) return undefined;
  // Each known key read by name, one site each (DATE_FIELDS' order): a loop over the names
  // reads and writes by computed key, which V8 cannot specialise for a batch's one shape of
  // item, about a sixth of the engine's time in workerd (docs/benchmarks.md). Read as valibot
  // does (fields.ts: strictObject): a key that is there (`in`) with `undefined` is no date.
  const certificateExpiry = dateField(fields, fields.certificateExpiry, "certificateExpiry");
  const birthDate = dateField(fields, fields.birthDate, "birthDate");
  const cardExpiry = dateField(fields, fields.cardExpiry, "cardExpiry");
  const cardIssuedOn = dateField(fields, fields.cardIssuedOn, "cardIssuedOn");
  const applicationReceivedOn = dateField(fields, fields.applicationReceivedOn, "applicationReceivedOn");
  const certificateIssuedOn = dateField(fields, fields.certificateIssuedOn, "certificateIssuedOn");
  const periodOfStayEndsOn = dateField(fields, fields.periodOfStayEndsOn, "periodOfStayEndsOn");
  const today = dateField(fields, fields.today, "today");
  if (
    certificateExpiry === undefined ||
    birthDate === undefined ||
    cardExpiry === undefined ||
    cardIssuedOn === undefined ||
    applicationReceivedOn === undefined ||
    certificateIssuedOn === undefined ||
    periodOfStayEndsOn === undefined ||
    today === undefined
  )
    return undefined;
  const input: EvaluateInput = {};
  if (certificateExpiry) input.certificateExpiry = certificateExpiry;
  if (birthDate) input.birthDate = birthDate;
  if (cardExpiry) input.cardExpiry = cardExpiry;
  if (cardIssuedOn) input.cardIssuedOn = cardIssuedOn;
  if (applicationReceivedOn) input.applicationReceivedOn = applicationReceivedOn;
  if (certificateIssuedOn) input.certificateIssuedOn = certificateIssuedOn;
  if (periodOfStayEndsOn) input.periodOfStayEndsOn = periodOfStayEndsOn;
  let lang: Lang | undefined;
  if ("lang" in fields) {
    if (!isLang(fields.lang)) return undefined;
    lang = fields.lang;
  }
  return { ok: true, input, today: today ?? undefined, lang };
}

/** A date field's value: `null` when the key is not there, `undefined` when it is there but not
 *  a date of the common shape (left to the full path), else the date. */
function dateField(fields: Record<string, unknown>, value: unknown, key: DateField): PlainDate | null | undefined {
  if (value === undefined) return key in fields ? undefined : null;
  return isoDate(value);
}

/** The date of a plain ASCII `YYYY-MM-DD` that parseTypedDate accepts, else `undefined`. */
function isoDate(text: unknown): PlainDate | undefined {
  if (typeof text !== "string" || text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH)
    return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  // parseTypedDate's checks of this form (R-PARSE-3): a real day, not before 1873-01-01 (ISO
  // dates compare as text), in a year up to MAX_YEAR.
  if ((year | month | day) < 0 || year > MAX_YEAR || !isRealDate(year, month, day) || text < GREGORIAN_START)
    return undefined;
  return new PlainDate(year, month, day);
}

/** The full path: valibot's shape check (fields.ts), then each typed date (R-PARSE-1..3). */
export const parseEvaluateBodyFull = (body: unknown): ParsedRequest => parseWith(EvaluateBodySchema, body, "body");

/** A request body (or a batch item) → the engine's input, or the errors naming each field. */
export const parseEvaluateBody = (body: unknown): ParsedRequest =>
  parseEvaluateBodyFast(body) ?? parseEvaluateBodyFull(body);
export const parseStageQuery = (query: Record<string, string>): ParsedRequest =>
  parseWith(StageQuerySchema, query, "query");
export const parseCalendarQuery = (query: Record<string, string>): ParsedRequest =>
  parseWith(CalendarQuerySchema, query, "query");
