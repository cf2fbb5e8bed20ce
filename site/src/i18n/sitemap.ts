/**
 * @module
 * The sitemap's languages (@astrojs/sitemap `i18n`): the site's languages (SITE_LANGS): a page's URL
 * starts with its language's site path (`/en/`, `/easy/`, …; Japanese, the default, at `/`), and
 * each language's `hreflang` is what the sitemap's alternates say. A language added to the table
 * appears here without an edit.
 */
import { DEFAULT_LANG, hreflang, type Lang, sitePath } from "#shared/lang/index.ts";
import { SITE_LANGS } from "./site";

/** The first path segment of a language's pages (`en`, `easy`); the default language's is its code. */
const segment = (lang: Lang): string => sitePath(lang).replaceAll("/", "") || lang;

export function sitemapI18n(): { defaultLocale: string; locales: Record<string, string> } {
  return {
    defaultLocale: segment(DEFAULT_LANG),
    locales: Object.fromEntries(SITE_LANGS.map((lang) => [segment(lang), hreflang(lang)])),
  };
}
