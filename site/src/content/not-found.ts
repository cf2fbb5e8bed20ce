/**
 * @module
 * The 404 page. One page serves every language (wrangler `not_found_handling = "404-page"`), so
 * it speaks Japanese first, then English, then やさしい日本語.
 */
import type { PageKey, SiteLang } from "../i18n/site";
import { content as koNotFound } from "./translations/ko/not-found";
import { content as neNotFound } from "./translations/ne/not-found";
import { content as ptBRNotFound } from "./translations/pt-BR/not-found";
import { content as tlNotFound } from "./translations/tl/not-found";
import { content as viNotFound } from "./translations/vi/not-found";
import { content as zhHansNotFound } from "./translations/zh-Hans/not-found";

export interface NotFoundText {
  heading: string;
  text: string;
  linksLabel: string;
  links: { page: PageKey; label: string }[];
}

export const NOT_FOUND: Record<SiteLang, NotFoundText> = {
  ja: {
    heading: "ページが見つかりません",
    text: "アドレスが間違っているか、ページが移動しました。入力したアドレスを確かめるか、次のページから探してください。",
    linksLabel: "よく使われるページ",
    links: [
      { page: "home", label: "ホーム（30秒でわかる説明）" },
      { page: "check", label: "電子証明書の期限を調べる" },
      { page: "stages", label: "マイナ保険証の4つの段階" },
      { page: "renew", label: "更新のしかた" },
      { page: "faq", label: "よくある質問" },
    ],
  },
  en: {
    heading: "Page not found",
    text: "The address may be mistyped, or the page has moved. Check the address, or start from one of these pages.",
    linksLabel: "Pages people use most",
    links: [
      { page: "home", label: "Home (the message in 30 seconds)" },
      { page: "check", label: "Check your certificate's expiry" },
      { page: "stages", label: "The four stages" },
      { page: "renew", label: "How to renew" },
    ],
  },
  "ja-easy": {
    heading: "ページが ありません",
    text: "アドレスが {違|ちが}う かもしれません。",
    linksLabel: "やさしい {日本語|にほんご}の ページ",
    links: [
      { page: "home", label: "はじめの ページ" },
      { page: "check", label: "{期限|きげん}を {調|しら}べる" },
    ],
  },
  // The foreign residents' languages (issue 13): translations, the Japanese authoritative.
  "zh-Hans": zhHansNotFound,
  ko: koNotFound,
  vi: viNotFound,
  "pt-BR": ptBRNotFound,
  tl: tlNotFound,
  ne: neNotFound,
};
