/**
 * @module
 * The widget's own words in 中文（简体）, a translation of TEXTS.ja (the Japanese is
 * authoritative). The Japanese name of the service stays as it is: it is what the link leads to.
 */
import type { WidgetTexts } from "../texts.ts";

export const texts: WidgetTexts = {
  caption: "个人编号卡健康保险证（マイナ保険証）的电子证明书",
  label: "电子证明书的有效期限",
  hint: "日本年号（和暦）或公历都可以输入。例如：令和8年3月15日、2026-03-15",
  submit: "查询",
  loading: "正在确认…",
  expiresOn: "有效期限",
  until: "～",
  graceEndsOn: "可以使用个人编号卡健康保险证的最后一天",
  asOf: (date) => `截至${date}`,
  details: "详情请看マイナ期限ナビ",
  checkOnSite: "在マイナ期限ナビ上查询",
  newTab: "（在新标签页中打开）",
  unreachable: "无法连接マイナ期限ナビ。请稍后再试，或者在网站上查询。",
  unavailable: "现在无法给出答案。请稍后再试，或者在网站上查询。",
  errorPrefix: "错误：",
};
