/**
 * @module
 * The site's pages and which languages have them. The languages are the project's own
 * (shared/lang: codes, tags and where each language's pages live): Japanese at `/`, English
 * under `/en/`, やさしい日本語 (plain Japanese with ふりがな) under `/easy/`, and the foreign
 * residents' languages (issue 13) under their own paths, each for the pages residents need most
 * (contract.md keeps `/`, `/en/`, `/check/`, `/en/check/`).
 *
 * Hint: a language is live in the API as soon as it has a row in shared/lang; its site pages
 * appear when `SITE_PAGES` lists them, and every page's content Record (`LangWithPage<P>`) then
 * asks for that language's texts as a type error.
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

/** The pages of the foreign residents' languages (issue 13): what a resident needs to act. */
const RESIDENT_PAGES = ["home", "check", "stages", "renew", "foreignResidents"] as const;

/**
 * Which pages each language has. Japanese and English have them all; the others have the pages
 * a resident needs to act (the longer prose pages stay ja/en/やさしい日本語, issue 13, and say so
 * in the reader's language: lang-seo's "available in" note). A language with no pages yet is `[]`.
 */
export const SITE_PAGES = {
  ja: PAGES,
  en: PAGES,
  "ja-easy": ["home", "check", "stages", "renew", "list", "foreignResidents"],
  "zh-Hans": RESIDENT_PAGES,
  ko: RESIDENT_PAGES,
  vi: RESIDENT_PAGES,
  "pt-BR": RESIDENT_PAGES,
  tl: RESIDENT_PAGES,
  ne: RESIDENT_PAGES,
} as const satisfies Record<Lang, readonly PageKey[]>;

/** The languages that have page `P` (a content Record is keyed by this, so none is missing). */
export type LangWithPage<P extends PageKey> = {
  [L in Lang]: P extends (typeof SITE_PAGES)[L][number] ? L : never;
}[Lang];

/** The languages of the site: those with a home page (menus, hreflang, the 404 page, the sitemap). */
export type SiteLang = LangWithPage<"home">;

export const hasPage = (lang: Lang, page: PageKey): boolean => (SITE_PAGES[lang] as readonly PageKey[]).includes(page);

/** The languages that have `page`, in the order of LANGS (ja first: every page exists in Japanese). */
export const languagesOf = <P extends PageKey>(page: P): [LangWithPage<P>, ...LangWithPage<P>[]] =>
  LANGS.filter((lang) => hasPage(lang, page)) as [LangWithPage<P>, ...LangWithPage<P>[]];

export const SITE_LANGS = languagesOf("home");

/** True for a language with site pages. */
export const isSiteLang = (lang: Lang): lang is SiteLang => hasPage(lang, "home");

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

/**
 * The address of a page in a language; for a page that language does not have, the page in the
 * nearest language that has it (shared/lang fallbacks: やさしい日本語 → Japanese, the foreign
 * residents' languages → English), labelled as such by the page that links to it.
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

/** The path segment of a language's pages (`en`, `easy`, `zh-hans`) for `[lang]` routes; ja has none (it is `/`). */
export const langSegment = (lang: Lang): string => sitePath(lang).slice(1, -1);

/**
 * `getStaticPaths` of a `[lang]` route: one page for each language other than Japanese (whose
 * page is the route without a prefix) that has `page`.
 */
export const langRoutes = <P extends PageKey>(page: P) =>
  languagesOf(page)
    .filter((lang) => lang !== "ja")
    .map((lang) => ({ params: { lang: langSegment(lang) }, props: { lang } }));
