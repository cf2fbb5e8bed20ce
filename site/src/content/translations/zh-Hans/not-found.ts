/**
 * @module
 * The 404 page's words in 中文（简体）, a translation of NOT_FOUND.ja (the Japanese is authoritative).
 */
import type { NotFoundText } from "../../not-found";

export const content: NotFoundText = {
  heading: "找不到这个页面",
  text: "网址可能有误，或者页面已经移动。请确认您输入的网址，或者从下面的页面开始查找。",
  linksLabel: "常用的页面",
  links: [
    { page: "home", label: "首页（30秒了解要点）" },
    { page: "check", label: "查询电子证明书的期限" },
    { page: "stages", label: "个人编号卡健康保险证的4个阶段" },
    { page: "renew", label: "更新的方法" },
  ],
};
