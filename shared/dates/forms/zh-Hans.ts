/**
 * @module
 * 简体中文 dates, as CLDR writes them: "2026年11月14日", with the weekday "2026年11月14日星期六"
 * (星期六, not the shorter 周六, which is informal). The era is written as Japanese writes it,
 * "令和8年" and "令和元年": the kanji are the same in Chinese, and 元年 is what the person meets
 * on Japanese forms (CLDR's zh writes 令和1年; we follow the Japanese original, R-PARSE-1).
 */
import { GREGORIAN_START } from "../eras";
import { formatWarekiYear } from "../format-japanese-date";
import { type DatePatterns, dateForms } from "./forms";

export const ZH_HANS_DATES: DatePatterns = {
  day: "{y}年{m}月{d}日",
  dayWithWeekday: "{date}{EEEE}",
  month: "{y}年{m}月",
  weekdays: ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"],
  era: (iso) => (iso < GREGORIAN_START ? "" : formatWarekiYear(iso)),
  brackets: ["（", "）"],
};

export const zhHans = dateForms(ZH_HANS_DATES);
