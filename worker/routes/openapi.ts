/**
 * @module
 * `GET /api/v1/openapi.json`: the OpenAPI 3.1 document, generated at build time from the
 * shared valibot schemas (`npm run openapi` → site/public/api/v1/openapi.json, which the site's
 * build copies into the static assets). The Worker serves that file through the ASSETS binding,
 * so its bundle carries neither the generator nor the 37 KB of JSON (6 KiB gzip of the budget).
 *
 * The answer is the API's, not the asset layer's: the file's bytes as they are, with this
 * route's `Content-Type`, `Cache-Control` (an hour), `ETag` and `Vary` (the cache middleware),
 * and the API's security headers and CORS (worker/index.ts). Nothing of the asset's own headers
 * (its ETag, `_headers` rules) is passed on. `/api/*` runs the Worker first (wrangler.toml), so
 * the file is never served around this route.
 */
import { Hono } from "hono/tiny";
import type { AppEnv } from "../env.ts";
import { loadedLangOf } from "../lang/context.ts";
import { allow } from "../middleware/allow/index.ts";
import { cache } from "../middleware/cache/index.ts";
import { problemResponse } from "../problem/index.ts";

/** Where the generator writes the document inside the static assets (scripts/openapi/generate.mjs). */
export const OPENAPI_ASSET_PATH = "/api/v1/openapi.json";

export const openapi = new Hono<AppEnv>()
  // Hint: the cache middleware keeps the answer (37 KB, under its 64 KiB limit) in the isolate,
  // so the asset is read once per isolate and day, not on every request.
  .get("/openapi.json", cache({ maxAge: () => 3_600, vary: "Accept-Encoding" }), async (c) => {
    const file = await c.env.ASSETS?.fetch(new Request(new URL(OPENAPI_ASSET_PATH, c.req.url), { method: "GET" }));
    if (!file?.ok) {
      // No built site (site/dist) or a build without the document: the server is incomplete,
      // not the client wrong.
      await file?.body?.cancel();
      return problemResponse("internal", await loadedLangOf(c), [{ field: "request", code: "internal_error" }]);
    }
    return c.body(await file.arrayBuffer(), 200, { "Content-Type": "application/json; charset=utf-8" });
  })
  .all("/openapi.json", allow("GET"));
