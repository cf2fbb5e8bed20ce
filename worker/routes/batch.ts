/**
 * @module
 * `POST /api/v1/evaluate/batch`: `{ items: [...] }` → `{ results: [...] }`, one result per item
 * in the same order; an item that fails yields `{ index, error }` in its place (contract.md).
 */
import { Hono } from "hono/tiny";
import type { AppEnv } from "../env.ts";
import type { FieldError, Lang, PresentedEvaluation } from "#shared/rules/result.ts";
import { parseEvaluateBody } from "#shared/schema/index.ts";
import { answer, todayOnce } from "../evaluation/answer.ts";
import { controlCharacterErrors } from "../input/control-characters.ts";
import { isLang } from "../lang/index.ts";
import { allow } from "../middleware/allow/index.ts";
import { jsonBody } from "../middleware/json-body/index.ts";
import { type Problem, problemBody, problemJson } from "../problem/index.ts";
import { MAX_BATCH_BODY_BYTES, MAX_BATCH_ITEMS } from "../problem/texts.ts";
import type { EvaluateBody } from "./evaluate.ts";

export interface BatchBody {
  items: EvaluateBody[];
  /** Language of every item that names none (else `Accept-Language`, else ja). */
  lang?: Lang;
}

export type BatchItemError = { index: number; error: Problem };
export type BatchResult = PresentedEvaluation | BatchItemError;

const BATCH_FIELDS = new Set(["items", "lang"]);

/** Errors in the envelope; an empty list when `items` can be evaluated one by one. */
function envelopeErrors(body: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  for (const field in body) if (!BATCH_FIELDS.has(field)) errors.push({ field, code: "unknown_field" });
  if (body.lang !== undefined && !isLang(body.lang)) errors.push({ field: "lang", code: "unsupported_lang" });
  if (!Array.isArray(body.items)) errors.push({ field: "items", code: "items_required" });
  return errors;
}

function evaluateItem(item: unknown, index: number, lang: Lang, today: ReturnType<typeof todayOnce>): BatchResult {
  if (item === null || typeof item !== "object" || Array.isArray(item)) {
    return { index, error: problemBody("invalid-input", lang, [{ field: "item", code: "item_not_an_object" }]) };
  }
  const record = item as Record<string, unknown>;
  const itemLang = isLang(record.lang) ? record.lang : lang;
  const control = controlCharacterErrors(record);
  if (control.length > 0) return { index, error: problemBody("invalid-input", itemLang, control) };
  const result = answer(parseEvaluateBody(record), lang, today);
  return result.ok ? result.presented : { index, error: problemBody("invalid-input", result.lang, result.errors) };
}

export const evaluateBatch = new Hono<AppEnv>()
  .post("/evaluate/batch", jsonBody<BatchBody>({ maxBytes: MAX_BATCH_BODY_BYTES }), (c) => {
    const body = c.get("body") as Record<string, unknown>;
    const lang = c.get("lang");
    const errors = envelopeErrors(body);
    if (errors.length > 0) return problemJson(c, "invalid-input", lang, errors);
    const items = body.items as unknown[];
    if (items.length > MAX_BATCH_ITEMS) return problemJson(c, "content-too-large", lang, [{ field: "items", code: "too_many_items" }]);
    const today = todayOnce();
    const results = items.map((item, index) => evaluateItem(item, index, lang, today));
    return c.json({ results }, 200, { "Cache-Control": "no-store" });
  })
  .all("/evaluate/batch", allow("POST"));
