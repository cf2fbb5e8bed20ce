/**
 * @module
 * The Worker: composes the routers and the cross-cutting middleware. It decides nothing itself.
 * The Worker runs first only for `/api/*` and `/healthz` (wrangler.toml); every other path is
 * a static asset of the site.
 *
 * Hint: `hono/tiny` (PatternRouter) instead of the default SmartRouter: a dozen routes do not
 * need the RegExp router, and the Worker bundle has a size budget (48 KiB gzip).
 */
import { Hono } from "hono/tiny";
import type { AppEnv } from "./env.ts";
import { langOf } from "./lang/context.ts";
import { cors } from "./middleware/cors/index.ts";
import { rateLimit } from "./middleware/rate-limit/index.ts";
import { securityHeaders } from "./middleware/security-headers/index.ts";
import { problemResponse } from "./problem/index.ts";
import { badge } from "./routes/badge.ts";
import { evaluateBatch } from "./routes/batch.ts";
import { calendar } from "./routes/calendar.ts";
import { evaluateOne } from "./routes/evaluate.ts";
import { healthz } from "./routes/healthz.ts";
import { openapi } from "./routes/openapi.ts";
import { stage } from "./routes/stage.ts";

const api = new Hono<AppEnv>()
  .route("/", stage)
  .route("/", evaluateOne)
  .route("/", evaluateBatch)
  .route("/", calendar)
  .route("/", badge)
  .route("/", openapi);

const app = new Hono<AppEnv>();
app.use("*", securityHeaders(), cors());
app.use("/api/*", rateLimit());
const routes = app.route("/", healthz).route("/api/v1", api);

app.notFound((c) => problemResponse("not-found", langOf(c), [{ field: "path", code: "unknown_path" }]));

// Privacy: nothing is logged, not even the error (it could quote input). No input reaches here
// (test/api/fuzz.test.ts); this is the last line against a bug, still in the contract's format.
app.onError((_error, c) => problemResponse("internal", langOf(c), [{ field: "request", code: "internal_error" }]));

/** The API's routes, for the typed client (worker/client.ts). */
export type AppType = typeof routes;

export default app;
