/**
 * @module
 * 한국어 dates, as CLDR writes them: "2026년 11월 14일", with the weekday "2026년 11월 14일
 * 토요일"; the short form "2026. 11. 14." is the Korean standard numeric date (year first, as in
 * Japan, so it cannot be misread); the era in Hangul as Korean writes Japanese era names
 * ("레이와 8년").
 */
import type { EraName } from "../eras";
import { type DateForms, dateParts, eraYear, withEraInBrackets } from "./forms";

const WEEKDAYS = ["일요일", "월요일", "화요일", "수요일", "목요일", "금요일", "토요일"];
const ERAS: Record<EraName, string> = {
  明治: "메이지",
  大正: "다이쇼",
  昭和: "쇼와",
  平成: "헤이세이",
  令和: "레이와",
};

const day = (iso: string) => {
  const p = dateParts(iso);
  return `${p.year}년 ${p.month}월 ${p.day}일`;
};
const era = (iso: string) => {
  const e = eraYear(iso);
  return e ? `${ERAS[e.name]} ${e.year}년` : "";
};
const dayWithWeekday = (iso: string) => `${day(iso)} ${WEEKDAYS[dateParts(iso).weekday]}`;

export const ko: DateForms = {
  day,
  month: (iso) => {
    const p = dateParts(iso);
    return `${p.year}년 ${p.month}월`;
  },
  dayWithWeekday,
  short: (iso) => {
    const p = dateParts(iso);
    return `${p.year}. ${p.month}. ${p.day}.`;
  },
  era,
  dayWithEra: (iso) => withEraInBrackets(day(iso), era(iso), "(", ")"),
  letter: dayWithWeekday,
};
