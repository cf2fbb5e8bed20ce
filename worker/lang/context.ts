/**
 * @module
 * The language of a request as far as it is known: set by the query or body reader once it
 * has seen `lang`; before that (404, 405, 429) taken from the raw query and `Accept-Language`.
 */
import type { Context } from "hono";
import { type Lang, resolveLang } from "#shared/lang/index.ts";
import type { AppEnv } from "../env.ts";
import { loadTexts } from "../lang-texts.ts";

export function langOf(c: Context<AppEnv>): Lang {
  const known = c.get("lang");
  if (known) return known;
  const search = c.req.url.indexOf("?");
  const explicit = search === -1 ? null : new URLSearchParams(c.req.url.slice(search + 1)).get("lang");
  return resolveLang(explicit, c.req.header("Accept-Language"));
}

/**
 * `langOf(c)`, its texts loaded (worker/lang-texts.ts): for what answers before the query or body
 * reader has run (404, 405, 429). Loaded there and not for every request, so that a request
 * loads only the languages it is answered in: a batch whose body names its `lang` does not also
 * load the one of its `?lang=` or `Accept-Language` (the batch's bound counts the languages it
 * loads, shared/limits).
 */
export async function loadedLangOf(c: Context<AppEnv>): Promise<Lang> {
  const lang = langOf(c);
  await loadTexts(lang);
  return lang;
}
