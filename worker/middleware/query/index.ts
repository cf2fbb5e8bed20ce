/**
 * @module
 * Reads the query string into one value per name. A repeated name is an error (which value
 * would count?), as are control characters and an overlong query.
 */
import type { MiddlewareHandler } from "hono";
import { resolveLang } from "#shared/lang/index.ts";
import { MAX_QUERY_CHARS } from "#shared/limits/index.ts";
import type { FieldError } from "#shared/rules/result.ts";
import type { AppEnv } from "../../env.ts";
import { controlCharacterErrors } from "../../input/control-characters.ts";
import { loadTexts } from "../../lang-texts.ts";
import { problemResponse } from "../../problem/index.ts";

/**
 * Sets `c.var.query` and `c.var.lang` (query `lang`, else `Accept-Language`), or answers 400
 * (414 for an overlong query) naming each offending field.
 *
 * The type parameter only informs the typed client (`hono/client`) of the accepted fields.
 *
 * @example new Hono<AppEnv>().get("/stage", query<{ certificateExpiry: string }>(), handler)
 */
export function query<Fields extends Record<string, string | undefined>>(): MiddlewareHandler<
  AppEnv,
  string,
  { in: { query: Fields }; out: { query: Fields } }
> {
  return async function query(c, next) {
    const url = c.req.url;
    const start = url.indexOf("?");
    const search = start === -1 ? "" : url.slice(start + 1);
    const params = new URLSearchParams(search);
    const values: Record<string, string> = Object.create(null);
    const repeated = new Set<string>();
    for (const [name, value] of params) {
      if (name in values) repeated.add(name);
      else values[name] = value;
    }
    const lang = resolveLang(values.lang, c.req.header("Accept-Language"));
    await loadTexts(lang); // before anything is worded in it (worker/lang-texts.ts)
    if (search.length > MAX_QUERY_CHARS)
      return problemResponse("uri-too-long", lang, [{ field: "query", code: "query_too_long" }]);
    const errors: FieldError[] = [...repeated].map((field) => ({ field, code: "repeated_parameter" }));
    errors.push(...controlCharacterErrors(values));
    if (errors.length > 0) return problemResponse("invalid-input", lang, errors);
    c.set("query", values);
    c.set("lang", lang);
    await next();
  };
}
