/**
 * @module
 * Words used on every page (header, navigation, footer), per language. Inline markup as in
 * lib/inline.ts; やさしい日本語 carries ふりがな as `{漢字|かんじ}`.
 */

import type { Lang } from "#shared/lang/index.ts";
import type { PageKey, SiteLang } from "../i18n/site";
import { LANGUAGE_NAMES } from "./language-names";
import { content as koUi } from "./translations/ko/ui";
import { content as neUi } from "./translations/ne/ui";
import { content as ptBRUi } from "./translations/pt-BR/ui";
import { content as tlUi } from "./translations/tl/ui";
import { content as viUi } from "./translations/vi/ui";
import { content as zhHansUi } from "./translations/zh-Hans/ui";

export interface SiteUi {
  siteName: string;
  tagline: string;
  skipLink: string;
  navLabel: string;
  /** The menu button that holds the navigation on narrow screens. */
  menu: string;
  nav: { page: PageKey; label: string }[];
  /** The language menu's button and its list's name ("Language"); pages not in English add the English word. */
  languageLabel: string;
  /**
   * In the language menu, after this language's name, when the page the menu is on has no
   * version in this language and the link goes to this language's home page instead.
   */
  languageMenuHome: string;
  /** After a link (navigation, footer) to a page that has no version in this language. */
  untranslatedMark: string;
  /**
   * On a page that has no version in this language (FAQ, sources, …), for a reader who came
   * from this language's pages: one sentence, followed by the `homeLink`.
   */
  untranslatedNotice: string;
  /** A link to this language's home page (after `untranslatedNotice`). */
  homeLink: string;
  /** How each language names itself in the switch. */
  languageNames: Record<Lang, string>;
  footerLabel: string;
  footerLinks: { page: PageKey; label: string }[];
  footerNote: string;
  /** Under the header on every page: whose site this is not (the design borrows official looks). */
  unofficial: string;
  /** The feedback link's label; its target is FEEDBACK_URL (site-config.ts). */
  feedback: string;
  external: string;
}

const languageNames = LANGUAGE_NAMES;

export const UI: Record<SiteLang, SiteUi> = {
  ja: {
    siteName: "マイナ期限ナビ",
    tagline: "マイナ保険証の電子証明書の期限がわかる",
    skipLink: "本文へ移動",
    navLabel: "サイト内のページ",
    menu: "メニュー",
    nav: [
      { page: "check", label: "期限を調べる" },
      { page: "list", label: "まとめて調べる" },
      { page: "stages", label: "4つの段階" },
      { page: "renew", label: "更新のしかた" },
      { page: "certificates", label: "2つの証明書" },
      { page: "faq", label: "よくある質問" },
    ],
    languageLabel: "言語",
    languageMenuHome: "ホームへ（このページの日本語版はありません）",
    untranslatedMark: "（日本語版はありません）",
    untranslatedNotice: "このページには日本語版がありません。",
    homeLink: "日本語のホームへ",
    languageNames,
    footerLabel: "サイトについて",
    footerLinks: [
      { page: "foreignResidents", label: "在留期間がある方へ" },
      { page: "sources", label: "出典（公的な資料）" },
      { page: "privacy", label: "プライバシー" },
      { page: "accessibility", label: "アクセシビリティ" },
      { page: "embed", label: "あなたのサイトに表示する" },
    ],
    unofficial: "このサイトは非公式です。国（デジタル庁・厚生労働省）や市区町村のサービスではありません。",
    feedback: "ご意見・まちがいのお知らせ",
    footerNote:
      "マイナ期限ナビは、厚生労働省のリーフレット「マイナ保険証利用時には電子証明書の有効期限をご確認ください」をもとに、公的な資料を確かめて作った非公式の案内です。手続きは、お住まいの市区町村の窓口で確認してください。",
    external: "（外部サイト）",
  },
  en: {
    siteName: "マイナ期限ナビ",
    tagline: "When your My Number Card certificate expires, and what it means at the clinic",
    skipLink: "Skip to main content",
    navLabel: "Pages on this site",
    menu: "Menu",
    nav: [
      { page: "check", label: "Check your dates" },
      { page: "list", label: "Many people" },
      { page: "stages", label: "The four stages" },
      { page: "renew", label: "How to renew" },
      { page: "certificates", label: "The two certificates" },
      { page: "faq", label: "Questions" },
    ],
    languageLabel: "Language",
    languageMenuHome: "home page (this page is not in English)",
    untranslatedMark: " (not in English)",
    untranslatedNotice: "This page is not available in English.",
    homeLink: "English home page",
    languageNames,
    footerLabel: "About this site",
    footerLinks: [
      { page: "foreignResidents", label: "Residents with a period of stay" },
      { page: "sources", label: "Sources" },
      { page: "privacy", label: "Privacy" },
      { page: "accessibility", label: "Accessibility" },
      { page: "embed", label: "Show it on your site" },
    ],
    unofficial:
      "This is an unofficial site, not a service of the Digital Agency, the Ministry of Health or your municipality.",
    feedback: "Feedback or a mistake?",
    footerNote:
      "マイナ期限ナビ (Myna Expiry Navi) is an unofficial guide built on the Ministry of Health, Labour and Welfare leaflet about certificate expiry, checked against public sources. For procedures, ask your city, ward, town or village office.",
    external: " (other site)",
  },
  "ja-easy": {
    siteName: "マイナ期限ナビ",
    tagline: "マイナ{保険証|ほけんしょう}の「{電子証明書|でんししょうめいしょ}」の{期限|きげん}が わかる",
    skipLink: "{本文|ほんぶん}へ {移動|いどう}する",
    navLabel: "このサイトの ページ",
    menu: "メニュー",
    nav: [
      { page: "check", label: "{期限|きげん}を {調|しら}べる" },
      { page: "list", label: "まとめて {調|しら}べる" },
      { page: "stages", label: "4つの {段階|だんかい}" },
      { page: "renew", label: "{更新|こうしん}の しかた" },
    ],
    languageLabel: "ことば",
    languageMenuHome: "はじめの ページへ（この ページは、やさしい {日本語|にほんご}では ありません）",
    untranslatedMark: "（やさしい {日本語|にほんご}では ありません）",
    untranslatedNotice: "この ページは、やさしい {日本語|にほんご}では ありません。",
    homeLink: "やさしい {日本語|にほんご}の はじめの ページへ",
    languageNames,
    footerLabel: "このサイトについて",
    footerLinks: [
      { page: "foreignResidents", label: "{在留|ざいりゅう}{期間|きかん}が ある {人|ひと}へ" },
      { page: "sources", label: "{出典|しゅってん}" },
      { page: "privacy", label: "プライバシー" },
      { page: "accessibility", label: "アクセシビリティ" },
    ],
    unofficial: "この サイトは、{国|くに}や {市役所|しやくしょ}の サイトでは ありません。",
    feedback: "{意見|いけん}を {送|おく}る",
    footerNote:
      "このサイトは {国|くに}の サイトでは ありません。{手続|てつづ}きは、あなたが {住|す}んでいる {市役所|しやくしょ}・{区役所|くやくしょ}・{町村役場|ちょうそんやくば}で {聞|き}いて ください。",
    external: "（{外|そと}の サイト）",
  },
  // The foreign residents' languages (issue 13): translations, the Japanese authoritative.
  "zh-Hans": zhHansUi,
  ko: koUi,
  vi: viUi,
  "pt-BR": ptBRUi,
  tl: tlUi,
  ne: neUi,
};
