/**
 * @module
 * `GET /healthz`: 200 once the Worker answers (contract.md "Running it"). Not rate limited.
 */
import { Hono } from "hono/tiny";
import type { AppEnv } from "../env.ts";
import { allow } from "../middleware/allow/index.ts";

export const healthz = new Hono<AppEnv>()
  .get("/healthz", (c) => c.json({ status: "ok" as const }, 200, { "Cache-Control": "no-store" }))
  .all("/healthz", allow("GET"));
