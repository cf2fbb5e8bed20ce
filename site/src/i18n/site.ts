/**
 * @module
 * The site's page addresses. The languages are the project's own (shared/lang: codes, tags and
 * where each language's pages live): Japanese at `/`, English under `/en/`, and やさしい日本語
 * (plain Japanese with ふりがな) under `/easy/` for the pages residents need most (EASY_PAGES)
 * (contract.md keeps `/`, `/en/`, `/check/`, `/en/check/`).
 */
import { type Lang, sitePath } from "#shared/lang/index.ts";

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

/** The address of a page in a language; for a page without a やさしい日本語 version, the Japanese one. */
export const pathFor = (lang: Lang, page: PageKey): string => sitePath(hasPage(lang, page) ? lang : "ja") + SLUG[page];
