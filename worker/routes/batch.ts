/**
 * @module
 * `POST /api/v1/evaluate/batch`: `{ items: [...] }` → `{ results: [...] }`, one result per item
 * in the same order; an item that fails yields `{ index, error }` in its place (contract.md).
 */
import { Hono } from "hono/tiny";
import { isLang, type Lang } from "#shared/lang/index.ts";
import {
  MAX_BATCH_BODY_BYTES,
  MAX_BATCH_ITEMS,
  MAX_BATCH_ITEMS_WITH_TEXTS,
  MAX_BATCH_LANGS_WITH_TEXTS,
} from "#shared/limits/index.ts";
import { presentWith } from "#shared/messages/present-with.ts";
import type { Problem } from "#shared/problem/index.ts";
import type { FieldError, PresentedEvaluation } from "#shared/rules/result.ts";
import { DATE_FIELDS } from "#shared/schema/index.ts";
import type { AppEnv } from "../env.ts";
import { evaluated, evaluatedWithoutTimeline, parseRequestBody, todayOnce } from "../evaluation/answer.ts";
import type { CompactEvaluation } from "../evaluation/compact.ts";
import { loadTexts, textsOf } from "../lang-texts.ts";
import { allow } from "../middleware/allow/index.ts";
import { compress } from "../middleware/compress/index.ts";
import { jsonBody } from "../middleware/json-body/index.ts";
import { problemBody, problemJson } from "../problem/index.ts";
import type { EvaluateBody } from "./evaluate.ts";

export interface BatchBody {
  items: EvaluateBody[];
  /** Language of every item that names none (else `Accept-Language`, else ja). */
  lang?: Lang;
  /** `false`: answer without sentences (contract.md), for bulk callers; up to MAX_BATCH_ITEMS (shared/limits). */
  texts?: boolean;
}

export type BatchItemError = { index: number; error: Problem };
export type BatchResult = PresentedEvaluation | CompactEvaluation | BatchItemError;

const BATCH_FIELDS = new Set(["items", "lang", "texts"]);
const ITEM_FIELDS: ReadonlySet<string> = new Set(DATE_FIELDS);

/** Errors in the envelope; an empty list when `items` can be evaluated one by one. */
function envelopeErrors(body: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  // A date of the question at the top (most often `today`) belongs in each item: said so, not
  // just "not accepted" (the session 6 review: the one mistake a bulk caller is likely to make).
  for (const field in body)
    if (!BATCH_FIELDS.has(field))
      errors.push({ field, code: ITEM_FIELDS.has(field) ? "field_belongs_in_item" : "unknown_field" });
  if (body.lang !== undefined && !isLang(body.lang)) errors.push({ field: "lang", code: "unsupported_lang" });
  if (body.texts !== undefined && typeof body.texts !== "boolean")
    errors.push({ field: "texts", code: "texts_not_boolean" });
  if (!Array.isArray(body.items)) errors.push({ field: "items", code: "items_required" });
  return errors;
}

function evaluateItem(
  item: unknown,
  index: number,
  lang: Lang,
  texts: boolean,
  today: ReturnType<typeof todayOnce>,
): BatchResult {
  if (item === null || typeof item !== "object" || Array.isArray(item)) {
    return { index, error: problemBody("invalid-input", lang, [{ field: "item", code: "item_not_an_object" }]) };
  }
  const record = item as Record<string, unknown>;
  const parsed = parseRequestBody(record);
  if (Array.isArray(parsed))
    return { index, error: problemBody("invalid-input", isLang(record.lang) ? record.lang : lang, parsed) };
  if (!texts) {
    // The compact answer is evaluated without the timeline it leaves out (compact.ts).
    const result = evaluatedWithoutTimeline(parsed, lang, today);
    return result.ok ? result.evaluation : { index, error: problemBody("invalid-input", result.lang, result.errors) };
  }
  const result = evaluated(parsed, lang, today);
  if (!result.ok) return { index, error: problemBody("invalid-input", result.lang, result.errors) };
  return presentWith(textsOf(result.lang), result.evaluation, result.lang);
}

/**
 * The languages the batch is answered in: each item's own, and the batch's (`lang`, else
 * `?lang=`, else `Accept-Language`, else ja) only for an item worded in it: one that names no
 * language, names one we do not speak (that is its error) or is not an object. So a batch whose
 * every item names its language is not charged for a default nobody reads (the session 6 review:
 * two named languages were refused as three).
 */
function answerLangs(batchLang: Lang, items: unknown[]): Set<Lang> {
  const langs = new Set<Lang>();
  for (const item of items) {
    const itemLang = (item as { lang?: unknown } | null)?.lang;
    langs.add(isLang(itemLang) ? itemLang : batchLang);
  }
  return langs;
}

export const evaluateBatch = new Hono<AppEnv>()
  .post(
    "/evaluate/batch",
    compress(),
    jsonBody<BatchBody>({ maxBytes: MAX_BATCH_BODY_BYTES, loadLang: false }),
    async (c) => {
      const body = c.get("body") as Record<string, unknown>;
      const lang = c.get("lang");
      /** A problem with the whole batch, in the batch's language (loaded first: jsonBody did not). */
      const refuse = async (kind: "invalid-input" | "content-too-large", errors: FieldError[]) => {
        await loadTexts(lang);
        return problemJson(c, kind, lang, errors);
      };
      const errors = envelopeErrors(body);
      if (errors.length > 0) return refuse("invalid-input", errors);
      const items = body.items as unknown[];
      if (items.length > MAX_BATCH_ITEMS)
        return refuse("content-too-large", [{ field: "items", code: "too_many_items" }]);
      const texts = body.texts !== false;
      // The sentences are most of the cost (CPU and bytes): with them a batch is bounded lower,
      // so that no accepted request needs more than 50 ms of CPU (issue 12; bench:isolate).
      if (texts && items.length > MAX_BATCH_ITEMS_WITH_TEXTS)
        return refuse("content-too-large", [{ field: "items", code: "too_many_items_with_texts" }]);
      const langs = answerLangs(lang, items);
      // Each language costs its module and its sentences' first run in a new isolate, so with
      // texts the count is bounded too (shared/limits), from the request alone: not from what
      // this isolate happens to have loaded.
      if (texts && langs.size > MAX_BATCH_LANGS_WITH_TEXTS)
        return refuse("content-too-large", [{ field: "items", code: "too_many_langs_with_texts" }]);
      // Loaded before any item is worded: each answer and each item's error is in its item's language.
      await Promise.all([...langs].map(loadTexts));
      const today = todayOnce();
      const results = items.map((item, index) => evaluateItem(item, index, lang, texts, today));
      return c.json({ results }, 200, { "Cache-Control": "no-store" });
    },
  )
  .all("/evaluate/batch", allow("POST"));
