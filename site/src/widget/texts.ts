/**
 * @module
 * The widget's own words in Japanese and English, and the shape every language's words fill
 * (the other languages: texts/<code>.ts, loaded only where used, pack.ts). Everything about
 * the answer itself (the stage sentence, the days left, error messages) comes from the API in
 * the same language; the stage names come from their one home (shared/messages).
 */
import { DEFAULT_LANG, isLang, LANGS, type Lang, langOfTag, nearestLang } from "#shared/lang/index.ts";

/**
 * The languages the widget speaks: all of ours but やさしい日本語, whose readers get the
 * Japanese widget (shared/lang fallback), labelled `lang="ja"`.
 */
export type WidgetLang = Exclude<Lang, "ja-easy">;

/** The widget's languages in the order of LANGS (the embed docs' builder offers each). */
export const WIDGET_LANGS: readonly WidgetLang[] = LANGS.filter((lang): lang is WidgetLang => lang !== "ja-easy");

export interface WidgetTexts {
  /** What the widget is about, shown above the answer in the default variant. */
  caption: string;
  label: string;
  hint: string;
  submit: string;
  loading: string;
  expiresOn: string;
  /** Between the two dates of a range. */
  until: string;
  graceEndsOn: string;
  asOf: (date: string) => string;
  details: string;
  checkOnSite: string;
  newTab: string;
  unreachable: string;
  unavailable: string;
  /** Read before a field error by screen readers only. */
  errorPrefix: string;
}

/** The words bundled with the widget itself; the other languages' come with their pack (pack.ts). */
export const TEXTS: Record<"ja" | "en", WidgetTexts> = {
  ja: {
    caption: "マイナ保険証の電子証明書",
    label: "電子証明書の有効期限",
    hint: "和暦でも西暦でも入力できます。例：令和8年3月15日、2026-03-15",
    submit: "調べる",
    loading: "確認しています…",
    expiresOn: "有効期限",
    until: "〜",
    graceEndsOn: "マイナ保険証を使える最後の日",
    asOf: (date) => `${date}現在`,
    details: "詳しくはマイナ期限ナビで",
    checkOnSite: "マイナ期限ナビで調べる",
    newTab: "（新しいタブで開きます）",
    unreachable: "マイナ期限ナビにつながりませんでした。時間をおいてもう一度お試しいただくか、サイトで調べてください。",
    unavailable: "いまは答えを出せませんでした。時間をおいてもう一度お試しいただくか、サイトで調べてください。",
    errorPrefix: "エラー：",
  },
  en: {
    caption: "My Number Card certificate",
    label: "Certificate expiry date",
    hint: "Western or Japanese era dates both work, e.g. 2026-03-15 or 令和8年3月15日",
    submit: "Check",
    loading: "Checking…",
    expiresOn: "Expires on",
    until: " – ",
    graceEndsOn: "Last day it works as a health insurance card",
    asOf: (date) => `As of ${date}`,
    details: "Details on マイナ期限ナビ",
    checkOnSite: "Check on マイナ期限ナビ",
    newTab: " (opens in a new tab)",
    unreachable: "マイナ期限ナビ could not be reached. Try again later, or check on the site.",
    unavailable: "No answer is available right now. Try again later, or check on the site.",
    errorPrefix: "Error: ",
  },
};

/**
 * The `lang` attribute → the language the widget speaks: one of our codes as such (`pt-BR`,
 * `zh-Hans`, `tl`), else a language tag by the Accept-Language ranges (`en-GB`, `zh-CN`, `fil`,
 * `vi-VN`); やさしい日本語 → Japanese; Japanese by default.
 */
export function widgetLang(value: string | null): WidgetLang {
  const lang = isLang(value) ? value : (langOfTag(value ?? "") ?? DEFAULT_LANG);
  return lang === "ja-easy" ? nearestLang(lang, ["ja"]) : lang;
}
