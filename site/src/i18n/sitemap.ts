/**
 * @module
 * The sitemap's languages (@astrojs/sitemap `i18n`), from the language table: a page's URL
 * starts with its language's site path (`/en/`, `/easy/`, …; Japanese, the default, at `/`), and
 * each language's `hreflang` is what the sitemap's alternates say. A language added to the table
 * appears here without an edit.
 */
import { DEFAULT_LANG, hreflang, LANGS, sitePath } from "#shared/lang/index.ts";

/** The first path segment of a language's pages (`en`, `easy`); the default language's is its code. */
const segment = (lang: (typeof LANGS)[number]): string => sitePath(lang).replaceAll("/", "") || lang;

export function sitemapI18n(): { defaultLocale: string; locales: Record<string, string> } {
  return {
    defaultLocale: segment(DEFAULT_LANG),
    locales: Object.fromEntries(LANGS.map((lang) => [segment(lang), hreflang(lang)])),
  };
}
