/**
 * @module
 * `GET /api/v1/openapi.json`: the OpenAPI 3.1 document, generated at build time from the
 * shared valibot schemas (`npm run openapi` → worker/openapi/openapi.json), so the Worker
 * carries the JSON and not the generator.
 */
import { Hono } from "hono/tiny";
import type { AppEnv } from "../env.ts";
import { allow } from "../middleware/allow/index.ts";
import { cache } from "../middleware/cache/index.ts";
import document from "../openapi/openapi.json";

/** Hint: computed once per isolate; the document only changes with a deploy. */
let serialised: string | undefined;

export const openapi = new Hono<AppEnv>()
  .get("/openapi.json", cache({ maxAge: () => 3_600, vary: "Accept-Encoding" }), (c) => {
    serialised ??= JSON.stringify(document);
    return c.body(serialised, 200, { "Content-Type": "application/json; charset=utf-8" });
  })
  .all("/openapi.json", allow("GET"));
