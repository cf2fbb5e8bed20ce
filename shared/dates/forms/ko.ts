/**
 * @module
 * 한국어 dates, as CLDR writes them: "2026년 11월 14일", with the weekday "2026년 11월 14일
 * 토요일"; the short form "2026. 11. 14." is the Korean standard numeric date (year first, as in
 * Japan, so it cannot be misread); the era in Hangul as Korean writes Japanese era names
 * ("레이와 8년").
 */
import type { EraName } from "../eras";
import { type DatePatterns, dateForms } from "./forms";

const ERAS: Record<EraName, string> = {
  明治: "메이지",
  大正: "다이쇼",
  昭和: "쇼와",
  平成: "헤이세이",
  令和: "레이와",
};

export const KO_DATES: DatePatterns = {
  day: "{y}년 {m}월 {d}일",
  dayWithWeekday: "{date} {EEEE}",
  month: "{y}년 {m}월",
  short: "{y}. {m}. {d}.",
  weekdays: ["일요일", "월요일", "화요일", "수요일", "목요일", "금요일", "토요일"],
  eraNames: ERAS,
  eraYearSuffix: "년",
  brackets: ["(", ")"],
};

export const ko = dateForms(KO_DATES);
