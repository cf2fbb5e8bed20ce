/**
 * @module
 * The Worker: composes the routers and the cross-cutting middleware. It decides nothing itself.
 * The Worker runs first only for `/api/*`, `/healthz` and the checker pages (wrangler.toml; a
 * POST there is the checker without JavaScript); every other path is a static asset of the
 * site, and reaches the Worker only when no file matches it (site 404).
 *
 * To add a route: a Hono router in worker/routes/ (one file), then `.route()` it below; under
 * `/api/v1` it gets the API's headers, CORS and rate limit from the middleware here.
 *
 * Hint: `hono/tiny` (PatternRouter) instead of the default SmartRouter: a dozen routes do not
 * need the RegExp router, and the Worker bundle has a size budget (48 KiB gzip).
 */
import { Hono } from "hono/tiny";
import type { AppEnv } from "./env.ts";
import { langOf, loadedLangOf } from "./lang/context.ts";
import { isLoaded } from "./lang-texts.ts";
import { cors } from "./middleware/cors/index.ts";
import { rateLimit } from "./middleware/rate-limit/index.ts";
import { securityHeaders } from "./middleware/security-headers/index.ts";
import { problemResponse } from "./problem/index.ts";
import { badge } from "./routes/badge.ts";
import { evaluateBatch } from "./routes/batch.ts";
import { calendar } from "./routes/calendar.ts";
import { checkPage } from "./routes/check-page.ts";
import { evaluateOne } from "./routes/evaluate.ts";
import { healthz } from "./routes/healthz.ts";
import { openapi } from "./routes/openapi.ts";
import { siteNotFound } from "./routes/site-not-found.ts";
import { stage } from "./routes/stage.ts";

const api = new Hono<AppEnv>()
  .route("/", stage)
  .route("/", evaluateOne)
  .route("/", evaluateBatch)
  .route("/", calendar)
  .route("/", badge)
  .route("/", openapi);

// Each answer loads the language it is worded in, when it is worded (worker/lang-texts.ts): the
// query and body readers the one they read, a 404, 405 or 429 the URL's `lang` or
// `Accept-Language`'s (loadedLangOf). Not every request's at its start: a batch whose body says
// its own `lang` would load one language more than it answers in.
const app = new Hono<AppEnv>();
// The API's headers: site pages get theirs from site/public/_headers through the assets layer.
app.use("/api/*", securityHeaders(), cors(), rateLimit());
app.use("/healthz", securityHeaders(), cors());
// The checker pages are pages: the assets layer's headers (their CSP), not the API's (routes/check-page.ts).
app.route("/", checkPage);
const routes = app.route("/", healthz).route("/api/v1", api);

app.notFound(async (c) =>
  c.req.path === "/api" || c.req.path.startsWith("/api/")
    ? problemResponse("not-found", await loadedLangOf(c), [{ field: "path", code: "unknown_path" }])
    : siteNotFound(c),
);

// Privacy: nothing is logged, not even the error (it could quote input). No input reaches here
// (test/api/fuzz.test.ts); this is the last line against a bug, still in the contract's format.
// In the request's language, loaded here if nothing had yet; in Japanese if loading it was what
// failed.
app.onError(async (_error, c) => {
  const lang = await loadedLangOf(c).catch(() => langOf(c));
  return problemResponse("internal", isLoaded(lang) ? lang : "ja", [{ field: "request", code: "internal_error" }]);
});

/** The API's routes, for the typed client (worker/client.ts). */
export type AppType = typeof routes;

export default app;
