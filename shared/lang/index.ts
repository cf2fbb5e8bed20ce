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
  /**
   * Written in Han characters with full-width punctuation and no spaces between words (ja,
   * やさしい日本語, zh-Hans): brackets are 「（）」, a label ends in 「：」, and the Japanese terms
   * inside a text cannot be told apart from it by their characters (punctuation, hanText).
   */
  readonly han?: true;
}

const LANG_TABLE = {
  ja: { tag: "ja", hreflang: "ja", accept: ["ja"], fallback: null, sitePath: "/", han: true },
  en: { tag: "en", hreflang: "en", accept: ["en"], fallback: null, sitePath: "/en/" },
  /**
   * やさしい日本語 (plain Japanese): not a registered tag, so browsers never send it; it is
   * reached through `lang=ja-easy` (an addition to contract.md's `ja|en`) and the site's /easy/.
   */
  "ja-easy": { tag: "ja", hreflang: "ja-x-easy", accept: [], fallback: "ja", sitePath: "/easy/", han: true },
  /*
   * The foreign residents' languages (issue 13). Their pages that do not exist in them (the
   * longer prose pages) fall back to English, not Japanese: a person who chose Vietnamese over
   * Japanese reads English more often than dense Japanese, and the page says it is not in their
   * language. Texts never fall back: every catalog exists in every language.
   */
  /**
   * 简体中文. `zh` and the Simplified regions (zh-CN, zh-SG, zh-Hans-*) choose it; zh-TW, zh-HK,
   * zh-MO and zh-Hant do not: Traditional Chinese is a different written standard, and turning
   * one into the other is not a translation the authoritative Japanese text stands behind. A
   * browser in Taiwan usually sends `zh-TW,zh;q=0.9`: the generic `zh` then still chooses
   * Simplified Chinese over Japanese, because the reader listed it.
   */
  "zh-Hans": {
    tag: "zh-Hans",
    hreflang: "zh-Hans",
    accept: ["zh"],
    except: ["zh-hant", "zh-tw", "zh-hk", "zh-mo"],
    fallback: "en",
    sitePath: "/zh-hans/",
    han: true,
  },
  ko: { tag: "ko", hreflang: "ko", accept: ["ko"], fallback: "en", sitePath: "/ko/" },
  vi: { tag: "vi", hreflang: "vi", accept: ["vi"], fallback: "en", sitePath: "/vi/" },
  /**
   * Brazilian Portuguese, for every `pt`: most Portuguese speakers in Japan are Brazilian, and a
   * reader from Portugal (pt-PT) reads Brazilian Portuguese without difficulty, far better than
   * Japanese. The page says what it is (`lang="pt-BR"`); its hreflang is the language alone
   * (`pt`), because it is our page for every Portuguese reader.
   */
  "pt-BR": { tag: "pt-BR", hreflang: "pt", accept: ["pt"], fallback: "en", sitePath: "/pt-br/" },
  /**
   * Filipino. The API code is `tl` (contract.md), but the text is Filipino, the national
   * standard: `lang="fil"` (BCP 47's tag for Filipino, CLDR's locale, the one speech engines
   * have voices for, fil-PH). Browsers send `fil` (Chrome, Android) or the older `tl`; both
   * choose it. hreflang is `tl`, the ISO 639-1 code search engines document.
   */
  tl: { tag: "fil", hreflang: "tl", accept: ["fil", "tl"], fallback: "en", sitePath: "/tl/" },
  ne: { tag: "ne", hreflang: "ne", accept: ["ne"], fallback: "en", sitePath: "/ne/" },
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

/** The punctuation that joins a label to its text, a sentence to the next or puts a note in brackets, in `lang`'s script. */
export interface Punctuation {
  /** After a label: "：" or ": ". */
  colon: string;
  /** Around a note after a word: "（" "）" or " (" ")". */
  open: string;
  close: string;
  /** Between words: "" in Han script, " " elsewhere. */
  space: string;
  /** After a sentence that another follows: "。" or ". ". */
  stop: string;
}
const HAN_PUNCTUATION: Punctuation = { colon: "：", open: "（", close: "）", space: "", stop: "。" };
const SPACED_PUNCTUATION: Punctuation = { colon: ": ", open: " (", close: ")", space: " ", stop: ". " };

/** Full-width punctuation for ja, やさしい日本語 and zh-Hans; Latin punctuation and spaces for the others (Korean and Nepali too). */
export const punctuation = (lang: Lang): Punctuation =>
  (LANG_TABLE[lang] as LangSpec).han ? HAN_PUNCTUATION : SPACED_PUNCTUATION;

/**
 * True when `lang` is written in Han characters (ja, やさしい日本語, zh-Hans). In the other
 * languages a run of Japanese inside the text is Japanese, and is marked `lang="ja"` (WCAG 3.1.2,
 * site/src/lib/language-of-parts.ts); in Chinese it cannot be told apart by its characters.
 */
export const isHanScript = (lang: Lang): boolean => (LANG_TABLE[lang] as LangSpec).han === true;

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
