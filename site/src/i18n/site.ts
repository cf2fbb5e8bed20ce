/**
 * @module
 * The site's page addresses. The languages are the project's own (shared/lang: codes, tags and
 * where each language's pages live): Japanese at `/`, English under `/en/`, and やさしい日本語
 * (plain Japanese with ふりがな) under `/easy/` for the pages residents need most (EASY_PAGES)
 * (contract.md keeps `/`, `/en/`, `/check/`, `/en/check/`).
 */
import { LANGS, type Lang, nearestLang, sitePath } from "#shared/lang/index.ts";

export const PAGES = [
  "home",
  "check",
  "stages",
  "renew",
  "certificates",
  "faq",
  "sources",
  "privacy",
  "accessibility",
  "embed",
  "list",
  "foreignResidents",
] as const;
export type PageKey = (typeof PAGES)[number];

/** Pages that have a やさしい日本語 version. */
export const EASY_PAGES: readonly PageKey[] = ["home", "check", "stages", "renew", "list", "foreignResidents"];

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
  foreignResidents: "foreign-residents/",
};

export const hasPage = (lang: Lang, page: PageKey): boolean => lang !== "ja-easy" || EASY_PAGES.includes(page);

/** The languages `page` exists in, in the table's order (Japanese, the default, has every page). */
export const languagesOf = (page: PageKey): [Lang, ...Lang[]] =>
  LANGS.filter((lang) => hasPage(lang, page)) as [Lang, ...Lang[]];

/**
 * The address of a page in a language; for a page without a version in it, the version in the
 * nearest language that has one (the language table's fallback, else Japanese).
 */
export const pathFor = (lang: Lang, page: PageKey): string =>
  sitePath(nearestLang(lang, languagesOf(page))) + SLUG[page];

/** The id of the line that tells `lang`'s readers a page is not in their language (UntranslatedNotices). */
export const untranslatedId = (lang: Lang): string => `not-in-${lang}`;

/**
 * A link from `lang`'s pages to `page`: where the page is not in `lang`, the link also names
 * the line (shown by CSS `:target`, no script) that says so in `lang`.
 */
export const hrefFor = (lang: Lang, page: PageKey): string =>
  hasPage(lang, page) ? pathFor(lang, page) : `${pathFor(lang, page)}#${untranslatedId(lang)}`;
