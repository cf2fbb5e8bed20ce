/**
 * @module
 * `GET /api/v1/badge.svg?certificateExpiry=DATE[&today=DATE][&lang=any of the nine]`: the stage as an
 * image, for pages that forbid scripts (contract.md). Bad input is problem+json, like every
 * client error under /api.
 */
import { Hono } from "hono/tiny";
import { htmlLang } from "#shared/lang/index.ts";
import { parseStageQuery } from "#shared/schema/index.ts";
import { loadBadge } from "../badge-module.ts";
import type { AppEnv } from "../env.ts";
import { answer, todayOnce } from "../evaluation/answer.ts";
import { textsOf } from "../lang-texts.ts";
import { allow } from "../middleware/allow/index.ts";
import { cache } from "../middleware/cache/index.ts";
import { query } from "../middleware/query/index.ts";
import { problemJson } from "../problem/index.ts";
import type { StageQuery } from "./stage.ts";

export const badge = new Hono<AppEnv>()
  .get("/badge.svg", query<StageQuery>(), cache(), async (c) => {
    const result = await answer(parseStageQuery(c.get("query")), c.get("lang"), todayOnce());
    if (!result.ok) return problemJson(c, "invalid-input", result.lang, result.errors);
    const { badgeSvg } = await loadBadge(); // worker/badge-module.ts
    // loaded by answer(), which words the answer in this language
    return c.body(badgeSvg(result.presented, result.lang, textsOf(result.lang).api.badgeLabel), 200, {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Language": htmlLang(result.lang),
    });
  })
  .all("/badge.svg", allow("GET"));
