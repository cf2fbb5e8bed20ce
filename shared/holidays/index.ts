export type { HolidayCalendar, HolidayCertainty } from "./calendar.ts";
export { ANNOUNCED_THROUGH, holidayCalendar, JAPAN_HOLIDAYS } from "./calendar.ts";
export type { HolidayKind, LawHoliday } from "./law.ts";
export { holidaysByLaw } from "./law.ts";
