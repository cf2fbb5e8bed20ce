export { ANNOUNCED_THROUGH, JAPAN_HOLIDAYS, holidayCalendar } from "./calendar.ts";
export type { HolidayCalendar, HolidayCertainty } from "./calendar.ts";
export { holidaysByLaw } from "./law.ts";
export type { HolidayKind, LawHoliday } from "./law.ts";
