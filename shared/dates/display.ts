/**
 * @module
 * How a calendar date reads, in every language and on every surface: the API's sentences
 * (shared/messages), the site's pages and drawings, and the widget. ISO `YYYY-MM-DD` in,
 * text out; integer arithmetic only, no `Date` (R-DATE-1: a calendar date has no time zone to
 * shift it), so it ships to browsers. Each language's forms, and why they look as they do, are
 * in `forms/<code>.ts`; this module maps every language to them, so a new language without
 * date forms is a type error here.
 *
 * @throws RangeError (all functions) for a string that is not an ISO date.
 */
import type { Lang } from "../lang/index.ts";
import { en } from "./forms/en";
import type { DateForms } from "./forms/forms";
import { ja, jaEasy } from "./forms/ja";
import { ko } from "./forms/ko";
import { ne } from "./forms/ne";
import { ptBR } from "./forms/pt-BR";
import { tl } from "./forms/tl";
import { vi } from "./forms/vi";
import { zhHans } from "./forms/zh-Hans";

export type { DateForms } from "./forms/forms";

/** Every language's date forms. */
export const DATE_FORMS: Record<Lang, DateForms> = {
  ja,
  en,
  "ja-easy": jaEasy,
  "zh-Hans": zhHans,
  ko,
  vi,
  "pt-BR": ptBR,
  tl,
  ne,
};

/** The date alone: "2026年11月14日" / "14 November 2026". */
export const formatDay = (iso: string, lang: Lang): string => DATE_FORMS[lang].day(iso);

/** The month alone, for headings such as "this month's visits": "2026年11月" / "November 2026". */
export const formatMonth = (iso: string, lang: Lang): string => DATE_FORMS[lang].month(iso);

/** With the weekday: "2026年11月14日（土）" / "Saturday 14 November 2026" / やさしい日本語 "2026年11月14日（土曜日）". */
export const formatDayWithWeekday = (iso: string, lang: Lang): string => DATE_FORMS[lang].dayWithWeekday(iso);

/** Short, for tight spaces (the timeline drawing): "2026年8月15日" / "15 Aug 2026". */
export const formatShort = (iso: string, lang: Lang): string => DATE_FORMS[lang].short(iso);

/** 和暦 for the same day: "令和8年11月14日" / "Reiwa 8". Empty for a date before 1873 (no 和暦, R-PARSE-3). */
export const formatEra = (iso: string, lang: Lang): string => DATE_FORMS[lang].era(iso);

/**
 * The date with its era year on one line (R-PARSE-4): "2026年11月14日（令和8年）" /
 * "14 November 2026 (Reiwa 8)"; without the era before 1873.
 */
export const formatDayWithEra = (iso: string, lang: Lang): string => DATE_FORMS[lang].dayWithEra(iso);

/**
 * A date in a sentence a resident acts on, as municipal letters write it:
 * "令和8年（2026年）12月2日（水）" (やさしい日本語 "（水曜日）"), "Wednesday 2 December 2026";
 * before 1873 (no 和暦, R-PARSE-3) the date with its weekday.
 */
export const formatLetter = (iso: string, lang: Lang): string => DATE_FORMS[lang].letter(iso);

/** The weekday's name alone: "土曜日" / "Saturday" (review7 #2). */
export const formatWeekdayOf = (iso: string, lang: Lang): string => DATE_FORMS[lang].weekday(iso);

/** A weekday's name by its index, 0 = Sunday: "月曜日" / "Monday" (a typed weekday that is not the
 *  date's). 2027-01-10 … 2027-01-16 run from Sunday to Saturday, so the names stay in the forms. */
export const formatWeekday = (index: number, lang: Lang): string => formatWeekdayOf(`2027-01-${10 + index}`, lang);
