/**
 * @module
 * Words on every page in 中文（简体）, a translation of UI.ja (the Japanese is authoritative). The
 * footer note says so with the catalog's translationNote (one home for that sentence), which
 * points to the feedback link.
 */
import { glossary } from "#shared/messages/glossary/zh-Hans.ts";
import { feedbackLabel, translationNote } from "#shared/messages/zh-Hans.ts";
import { LANGUAGE_NAMES } from "../../language-names";
import type { SiteUi } from "../../ui";

const g = glossary.withJa;

export const content: SiteUi = {
  siteName: "マイナ期限ナビ",
  tagline: `了解${g("mynaInsuranceCard")}的电子证明书期限`,
  skipLink: "跳到正文",
  navLabel: "本网站的页面",
  menu: "菜单",
  nav: [
    { page: "check", label: "查询期限" },
    { page: "stages", label: "4个阶段" },
    { page: "renew", label: "更新的方法" },
    { page: "foreignResidents", label: "给有在留期间的人" },
  ],
  languageLabel: "语言",
  languageMenuHome: "首页（本页没有中文版）",
  untranslatedMark: "（没有中文版）",
  untranslatedNotice: "本页没有中文版。",
  homeLink: "前往中文首页",
  languageNames: LANGUAGE_NAMES,
  footerLabel: "关于本网站",
  footerLinks: [
    { page: "foreignResidents", label: "给有在留期间的人" },
    { page: "sources", label: "资料来源（公开资料）" },
    { page: "privacy", label: "隐私" },
    { page: "accessibility", label: "无障碍" },
    { page: "embed", label: "在您的网站上显示" },
  ],
  unofficial: "本网站是非官方网站，不是国家（数字厅、厚生劳动省）或市区町村提供的服务。",
  feedback: feedbackLabel,
  footerNote: `マイナ期限ナビ是根据厚生劳动省的宣传单「マイナ保険証利用時には電子証明書の有効期限をご確認ください」（使用个人编号卡健康保险证时，请确认电子证明书的有效期限），并核对公开资料制作的非官方指南。手续请向您居住地的${g("municipalOffice")}确认。${translationNote}`,
  external: "（外部网站）",
};
