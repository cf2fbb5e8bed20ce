/**
 * @module
 * Tiếng Việt dates: "14 tháng 11 năm 2026", with the weekday "Thứ Bảy, 14 tháng 11 năm 2026".
 * CLDR writes "14 tháng 11, 2026"; we write "năm" before the year, as Vietnamese documents and
 * CLDR's own month form ("tháng 11 năm 2026") do, so a year never reads as another number in a
 * list. Day before month, always: never a numeric date, which beside Japanese year-first dates
 * could be read either way. The short form is CLDR's ("14 thg 11, 2026"); the era in rōmaji.
 */
import { type DatePatterns, dateForms } from "./forms";

export const VI_DATES: DatePatterns = {
  day: "{d} tháng {m} năm {y}",
  dayWithWeekday: "{EEEE}, {date}",
  month: "tháng {m} năm {y}",
  short: "{d} thg {m}, {y}",
  weekdays: ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"],
};

export const vi = dateForms(VI_DATES);
