/**
 * @module
 * The languages we speak, in one table: the codes `lang` accepts, their BCP 47 tags, which
 * `Accept-Language` ranges choose them, where their site pages live, and which language stands in
 * when a surface has no text in them. The Worker, the schemas, the messages, the site and the
 * scripts all take languages from here.
 *
 * Hint: to add a language, add one row to `LANG_TABLE`; the type checker then lists every
 * catalog that still lacks its texts.
 */

interface LangSpec {
  /** BCP 47 tag for `lang=""` attributes and `Content-Language`. */
  readonly tag: string;
  /** `hreflang` of its pages: a private-use subtag where the language has no registered tag. */
  readonly hreflang: string;
  /**
   * `Accept-Language` ranges (lower case) that choose it, matched on whole subtags: `ja` matches
   * `ja` and `ja-JP`. Empty: reachable through an explicit `lang` only.
   */
  readonly accept: readonly string[];
  /**
   * Ranges inside `accept` that must NOT choose it (a more specific tag wins over the general
   * one): `zh-TW` is Chinese, but not the Simplified Chinese we write.
   */
  readonly except?: readonly string[];
  /**
   * The language whose page stands in where a surface has none in this one (site pages that
   * exist in fewer languages); null: none (the default applies). Never used for texts: every
   * catalog exists in every language (shared/messages).
   */
  readonly fallback: string | null;
  /** Where its site pages live. */
  readonly sitePath: string;
}

const LANG_TABLE = {
  ja: { tag: "ja", hreflang: "ja", accept: ["ja"], fallback: null, sitePath: "/" },
  en: { tag: "en", hreflang: "en", accept: ["en"], fallback: null, sitePath: "/en/" },
  /**
   * やさしい日本語 (plain Japanese): not a registered tag, so browsers never send it; it is
   * reached through `lang=ja-easy` (an addition to contract.md's `ja|en`) and the site's /easy/.
   */
  "ja-easy": { tag: "ja", hreflang: "ja-x-easy", accept: [], fallback: "ja", sitePath: "/easy/" },
} as const satisfies Record<string, LangSpec>;

/** A language of texts and error messages. */
export type Lang = keyof typeof LANG_TABLE;

/** Every language, in the order of the table (also the order of the OpenAPI enum). */
export const LANGS = Object.keys(LANG_TABLE) as [Lang, ...Lang[]];

/** contract.md: "in the request's `lang` (Japanese by default)". */
export const DEFAULT_LANG = "ja" satisfies Lang;

/** True for the codes `lang` accepts (the table's keys: `ja`, `en`, `ja-easy`, …). */
export const isLang = (value: unknown): value is Lang => typeof value === "string" && Object.hasOwn(LANG_TABLE, value);

/** The BCP 47 tag of `lang`: the value of `lang=""` and `Content-Language` (`ja-easy` → `ja`). */
export const htmlLang = (lang: Lang): string => LANG_TABLE[lang].tag;

/** The `hreflang` of `lang`'s pages (`ja-easy` → `ja-x-easy`). */
export const hreflang = (lang: Lang): string => LANG_TABLE[lang].hreflang;

/** Where `lang`'s site pages live: `/`, `/en/`, `/easy/`. */
export const sitePath = (lang: Lang): string => LANG_TABLE[lang].sitePath;

/**
 * The nearest of the languages a surface speaks: `lang` itself, else its fallback (and that
 * one's), else the default, else the first offered. A surface with texts in ja and en only
 * shows やさしい日本語 readers the ja text.
 *
 * @example nearestLang("ja-easy", ["ja", "en"]) // "ja"
 */
export function nearestLang<const L extends Lang>(lang: Lang, offered: readonly [L, ...L[]]): L {
  const speaks = (candidate: Lang): candidate is L => (offered as readonly Lang[]).includes(candidate);
  for (let candidate: string | null = lang; candidate !== null; candidate = LANG_TABLE[candidate as Lang].fallback) {
    if (speaks(candidate as Lang)) return candidate as L;
  }
  return speaks(DEFAULT_LANG) ? DEFAULT_LANG : offered[0];
}

/** True when `range` (lower case) covers `tag` (lower case) on whole subtags: `zh` covers `zh-cn`. */
const covers = (range: string, tag: string) => tag === range || tag.startsWith(`${range}-`);

/** The language a language tag (`en-GB`, `ja`) chooses, by the table's `accept` ranges; null if none. */
export function langOfTag(tag: string): Lang | null {
  const lower = tag.trim().toLowerCase();
  for (const lang of LANGS) {
    const spec: LangSpec = LANG_TABLE[lang];
    if (spec.except?.some((range) => covers(range, lower))) continue;
    if (spec.accept.some((range) => covers(range, lower))) return lang;
  }
  return null;
}

/**
 * The best of our languages for an `Accept-Language` header (RFC 9110 §12.5.4), or the default.
 * The first range with the highest weight wins; ranges we do not speak, and `q=0`, are skipped.
 *
 * @example acceptedLang("en-US,en;q=0.9,ja;q=0.8") // "en"
 */
export function acceptedLang(header: string | undefined | null): Lang {
  if (!header) return DEFAULT_LANG;
  let best: Lang = DEFAULT_LANG;
  let bestQ = 0;
  // A header is short in practice; cap the work anyway.
  for (const range of header.slice(0, 512).split(",")) {
    const [tag = "", ...params] = range.split(";");
    const lang = langOfTag(tag);
    if (!lang) continue;
    const qParam = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (Number.isFinite(q) && q > bestQ) {
      best = lang;
      bestQ = q;
    }
  }
  return best;
}

/** `explicit` when it is one of our codes, else the `Accept-Language` choice. */
export const resolveLang = (explicit: unknown, acceptLanguage: string | undefined | null): Lang =>
  isLang(explicit) ? explicit : acceptedLang(acceptLanguage);
