/**
 * @module
 * Tiếng Việt dates: "14 tháng 11 năm 2026", with the weekday "Thứ Bảy, 14 tháng 11 năm 2026".
 * CLDR writes "14 tháng 11, 2026"; we write "năm" before the year, as Vietnamese documents and
 * CLDR's own month form ("tháng 11 năm 2026") do, so a year never reads as another number in a
 * list. Day before month, always: never a numeric date, which beside Japanese year-first dates
 * could be read either way. The short form is CLDR's ("14 thg 11, 2026"); the era in rōmaji.
 */
import { type DateForms, dateParts, romajiEra, withEraInBrackets } from "./forms";

const WEEKDAYS = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

const day = (iso: string) => {
  const p = dateParts(iso);
  return `${p.day} tháng ${p.month} năm ${p.year}`;
};
const dayWithWeekday = (iso: string) => `${WEEKDAYS[dateParts(iso).weekday]}, ${day(iso)}`;

export const vi: DateForms = {
  day,
  month: (iso) => {
    const p = dateParts(iso);
    return `tháng ${p.month} năm ${p.year}`;
  },
  dayWithWeekday,
  short: (iso) => {
    const p = dateParts(iso);
    return `${p.day} thg ${p.month}, ${p.year}`;
  },
  era: romajiEra,
  dayWithEra: (iso) => withEraInBrackets(day(iso), romajiEra(iso)),
  letter: dayWithWeekday,
};
