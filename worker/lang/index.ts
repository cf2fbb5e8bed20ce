/**
 * @module
 * Which language a response speaks: an explicit `lang` (query or body) wins, then
 * `Accept-Language`, then Japanese (contract.md: "in the request's `lang` (Japanese by default)").
 */
import { LANGS, type Lang } from "#shared/rules/result.ts";

const DEFAULT_LANG: Lang = "ja";

/** True for the codes `lang` accepts (`ja`, `en`, `ja-easy`). */
export const isLang = (value: unknown): value is Lang => typeof value === "string" && (LANGS as readonly string[]).includes(value);

/**
 * The best of our languages for an `Accept-Language` header (RFC 9110 §12.5.4), or `ja`.
 *
 * Hint: only the primary subtag matters (`en-GB` → `en`); `ja-easy` is not a registered tag, so
 * browsers never send it and it is reachable through `lang=ja-easy` only.
 *
 * @example acceptedLang("en-US,en;q=0.9,ja;q=0.8") // "en"
 */
export function acceptedLang(header: string | undefined | null): Lang {
  if (!header) return DEFAULT_LANG;
  let best: Lang = DEFAULT_LANG;
  let bestQ = 0;
  // A header is short in practice; cap the work anyway.
  for (const range of header.slice(0, 512).split(",")) {
    const [tag = "", ...params] = range.trim().toLowerCase().split(";");
    const primary = tag.split("-")[0];
    const lang = primary === "ja" ? "ja" : primary === "en" ? "en" : null;
    if (!lang) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (Number.isFinite(q) && q > bestQ) {
      best = lang;
      bestQ = q;
    }
  }
  return best;
}

/** `explicit` when it is a language code, else the `Accept-Language` choice. */
export const resolveLang = (explicit: unknown, acceptLanguage: string | undefined | null): Lang =>
  isLang(explicit) ? explicit : acceptedLang(acceptLanguage);
