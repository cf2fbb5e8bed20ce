/**
 * @module
 * `POST /api/v1/evaluate`: the full question (contract.md), as a JSON body.
 */
import { Hono } from "hono/tiny";
import type * as v from "valibot";
import { htmlLang } from "#shared/lang/index.ts";
import type { EvaluateBodySchema } from "#shared/schema/index.ts";
import type { AppEnv } from "../env.ts";
import { answer, parseRequestBody, todayOnce } from "../evaluation/answer.ts";
import { allow } from "../middleware/allow/index.ts";
import { jsonBody } from "../middleware/json-body/index.ts";
import { problemJson } from "../problem/index.ts";

export type EvaluateBody = v.InferInput<typeof EvaluateBodySchema>;

/** Hint: `no-store`, because a body may hold a birth date and answers to POST are personal. */
const NO_STORE = { "Cache-Control": "no-store" } as const;

export const evaluateOne = new Hono<AppEnv>()
  .post("/evaluate", jsonBody<EvaluateBody>(), async (c) => {
    // The same order as each batch item's: the common shape, the control characters, the rest.
    const parsed = parseRequestBody(c.get("body") as Record<string, unknown>);
    if (Array.isArray(parsed)) return problemJson(c, "invalid-input", c.get("lang"), parsed);
    const result = await answer(parsed, c.get("lang"), todayOnce());
    if (!result.ok) return problemJson(c, "invalid-input", result.lang, result.errors);
    return c.json(result.presented, 200, { ...NO_STORE, "Content-Language": htmlLang(result.lang) });
  })
  .all("/evaluate", allow("POST"));
