/**
 * @module
 * `GET /api/v1/stage?certificateExpiry=DATE[&today=DATE][&lang=ja|en]`: the simple, cacheable
 * question (contract.md). Answers the presented evaluation, like `POST /evaluate`.
 */
import { Hono } from "hono/tiny";
import type * as v from "valibot";
import { htmlLang } from "#shared/lang/index.ts";
import { parseStageQuery, type StageQuerySchema } from "#shared/schema/index.ts";
import type { AppEnv } from "../env.ts";
import { answer, todayOnce } from "../evaluation/answer.ts";
import { allow } from "../middleware/allow/index.ts";
import { cache } from "../middleware/cache/index.ts";
import { query } from "../middleware/query/index.ts";
import { problemJson } from "../problem/index.ts";

export type StageQuery = v.InferInput<typeof StageQuerySchema>;

export const stage = new Hono<AppEnv>()
  .get("/stage", query<StageQuery>(), cache(), async (c) => {
    const result = await answer(parseStageQuery(c.get("query")), c.get("lang"), todayOnce());
    if (!result.ok) return problemJson(c, "invalid-input", result.lang, result.errors);
    return c.json(result.presented, 200, { "Content-Language": htmlLang(result.lang) });
  })
  .all("/stage", allow("GET"));
