/**
 * @module
 * What a known path answers to a method it does not serve: OPTIONS gets the CORS preflight
 * (204), anything else 405 with `Allow` (RFC 9110 §15.5.6), as problem+json.
 */
import type { Handler } from "hono";
import type { AppEnv } from "../../env.ts";
import { loadedLangOf } from "../../lang/context.ts";
import { problemResponse } from "../../problem/index.ts";
import { preflightHeaders } from "../cors/index.ts";

/**
 * The catch-all handler for a path, registered after its real handlers with `.all(path, …)`.
 * HEAD is implied by GET (Hono answers HEAD from the GET route) and OPTIONS is always allowed.
 *
 * @example new Hono().get("/stage", handler).all("/stage", allow("GET"))
 */
export function allow(...methods: ("GET" | "POST")[]): Handler<AppEnv> {
  const list = [...methods, ...(methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"];
  const allowHeader = list.join(", ");
  const preflight = { Allow: allowHeader, ...preflightHeaders(list) };
  return async function allowOnly(c) {
    if (c.req.method === "OPTIONS") return new Response(null, { status: 204, headers: preflight });
    const lang = await loadedLangOf(c);
    return problemResponse("method-not-allowed", lang, [{ field: "method", code: "method_not_allowed" }], {
      Allow: allowHeader,
    });
  };
}
