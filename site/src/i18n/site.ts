/**
 * @module
 * The site's languages and page addresses. Japanese lives at `/`, English under `/en/`, and
 * やさしい日本語 (plain Japanese with ふりがな) under `/easy/` for the three pages residents need
 * most (contract.md keeps `/`, `/en/`, `/check/`, `/en/check/`).
 */
import { htmlLang, type Lang } from "#shared/lang/index.ts";

export const SITE_LANGS = ["ja", "en", "easy"] as const;
export type SiteLang = (typeof SITE_LANGS)[number];

export const PAGES = ["home", "check", "stages", "renew", "certificates", "faq", "sources", "privacy", "accessibility", "embed", "list"] as const;
export type PageKey = (typeof PAGES)[number];

/** Pages that have a やさしい日本語 version. */
export const EASY_PAGES: readonly PageKey[] = ["home", "check", "stages", "list"];

const PREFIX: Record<SiteLang, string> = { ja: "/", en: "/en/", easy: "/easy/" };
const SLUG: Record<PageKey, string> = {
  home: "",
  check: "check/",
  stages: "stages/",
  renew: "renew/",
  certificates: "certificates/",
  faq: "faq/",
  sources: "sources/",
  privacy: "privacy/",
  accessibility: "accessibility/",
  embed: "embed-docs/",
  list: "list/",
};

export const hasPage = (lang: SiteLang, page: PageKey): boolean => lang !== "easy" || EASY_PAGES.includes(page);

/** The address of a page in a language; for a page without a やさしい日本語 version, the Japanese one. */
export const pathFor = (lang: SiteLang, page: PageKey): string =>
  PREFIX[hasPage(lang, page) ? lang : "ja"] + SLUG[page];

/** The `lang` the API expects for texts (shared/lang). */
export const API_LANG = { ja: "ja", en: "en", easy: "ja-easy" } as const satisfies Record<SiteLang, Lang>;

/** `lang` attribute of the page (shared/lang: やさしい日本語 is `ja`). */
export const HTML_LANG = { ja: htmlLang(API_LANG.ja), en: htmlLang(API_LANG.en), easy: htmlLang(API_LANG.easy) } satisfies Record<SiteLang, string>;
