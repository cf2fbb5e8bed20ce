/**
 * @module
 * What a shared link shows (OpenGraph, Twitter cards): the locale a card names and the share
 * image of each language. Both come from the language table, so a new language has them
 * without an edit here; `npm run og` (scripts/og-images.mjs) draws the image from the
 * language's own site texts.
 */
import { htmlLang, type Lang } from "#shared/lang/index.ts";

/** The share image's size (OpenGraph's recommended 1.91:1 card). */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** Where a language's share image is, under site/public: /og/ja.png, /og/ja-easy.png, /og/zh-Hans.png. */
export const shareImagePath = (lang: Lang): string => `/og/${lang}.png`;

/**
 * The country a card's locale names for a language without a region subtag: OpenGraph writes
 * locales as language_TERRITORY. Keyed by the primary language subtag, so a tag with a region
 * (pt-BR) needs nothing here, and an unknown language is written without a territory.
 */
const TERRITORY: Readonly<Record<string, string>> = {
  ja: "JP",
  en: "US",
  zh: "CN",
  ko: "KR",
  vi: "VN",
  tl: "PH",
  fil: "PH",
  ne: "NP",
};

/** `og:locale` of a language: ja → ja_JP, pt-BR → pt_BR, zh-Hans → zh_CN (やさしい日本語 is ja_JP). */
export function ogLocale(lang: Lang): string {
  const [language = "", ...rest] = htmlLang(lang).split("-");
  const region = rest.find((subtag) => /^[A-Za-z]{2}$/.test(subtag))?.toUpperCase() ?? TERRITORY[language];
  return region ? `${language}_${region}` : language;
}
