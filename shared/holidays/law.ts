/**
 * @module
 * National holidays by law (R-COUNTER-2): 国民の祝日に関する法律 as amended, with the one-off
 * laws of 1989, 1990, 1993, 2019, 2020 and 2021. This is the rule the engine falls back on for
 * years the shipped dataset does not cover, and the check of that dataset (law.test.ts compares
 * them for every year they share). Accurate for 1980–2099, the range of the equinox formula.
 */
import { epochDay, fromEpochDay } from "../rules/plain-date.ts";
import { autumnalEquinoxDay, vernalEquinoxDay } from "./equinox.ts";

/** Why a day is a holiday; the counter rule only needs "closed", tests need the kind. */
export type HolidayKind =
  | "fixed" // a date in the law (元日, 建国記念の日, …)
  | "happyMonday" // the n-th Monday of a month (ハッピーマンデー, from 2000/2003)
  | "equinox" // 春分の日, 秋分の日
  | "oneOff" // a day named by a special law (2019's 即位の日, the moved Olympic holidays, …)
  | "substitute" // 振替休日
  | "citizens"; // 国民の休日: a day between two holidays

export interface LawHoliday {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  name: string;
  kind: HolidayKind;
}

/** The holidays the law names for `year` (祝日 and the special laws' days), before 振替/国民の休日. */
function namedHolidays(year: number): LawHoliday[] {
  const days: LawHoliday[] = [];
  const iso = (month: number, day: number) => fromEpochDay(epochDay(year, month, day)).toString();
  const add = (month: number, day: number, name: string, kind: HolidayKind = "fixed") =>
    days.push({ date: iso(month, day), name, kind });
  /** Day of month of the n-th Monday (weekday 1; 1970-01-01 was a Thursday). */
  const nthMonday = (month: number, n: number) => {
    const firstWeekday = (epochDay(year, month, 1) + 4) % 7;
    return 1 + ((8 - firstWeekday) % 7) + 7 * (n - 1);
  };
  const monday = (month: number, n: number, name: string) => add(month, nthMonday(month, n), name, "happyMonday");

  add(1, 1, "元日");
  if (year < 2000) add(1, 15, "成人の日");
  else monday(1, 2, "成人の日");
  add(2, 11, "建国記念の日");
  if (year >= 2020) add(2, 23, "天皇誕生日"); // 2019: no 天皇誕生日 at all (12/23 ended with 2018)
  add(3, vernalEquinoxDay(year), "春分の日", "equinox");
  add(4, 29, year < 1989 ? "天皇誕生日" : year < 2007 ? "みどりの日" : "昭和の日");
  add(5, 3, "憲法記念日");
  if (year >= 2007) add(5, 4, "みどりの日"); // before 2007, 5/4 was a 国民の休日 (below)
  add(5, 5, "こどもの日");
  // 海の日: 7/20 from 1996, third Monday from 2003; 2020 and 2021 moved for the Olympics.
  if (year === 2020) add(7, 23, "海の日", "oneOff");
  else if (year === 2021) add(7, 22, "海の日", "oneOff");
  else if (year >= 2003) monday(7, 3, "海の日");
  else if (year >= 1996) add(7, 20, "海の日");
  // 山の日 from 2016; 2020 and 2021 moved for the Olympics.
  if (year === 2020) add(8, 10, "山の日", "oneOff");
  else if (year === 2021) add(8, 8, "山の日", "oneOff");
  else if (year >= 2016) add(8, 11, "山の日");
  if (year < 2003) add(9, 15, "敬老の日");
  else monday(9, 3, "敬老の日");
  add(9, autumnalEquinoxDay(year), "秋分の日", "equinox");
  // 体育の日 10/10, second Monday from 2000; スポーツの日 from 2020, moved in 2020 and 2021.
  if (year === 2020) add(7, 24, "スポーツの日", "oneOff");
  else if (year === 2021) add(7, 23, "スポーツの日", "oneOff");
  else if (year >= 2020) monday(10, 2, "スポーツの日");
  else if (year >= 2000) monday(10, 2, "体育の日");
  else add(10, 10, "体育の日");
  add(11, 3, "文化の日");
  add(11, 23, "勤労感謝の日");
  if (year >= 1989 && year <= 2018) add(12, 23, "天皇誕生日");
  for (const [month, day, name] of ONE_OFF_DAYS[year] ?? []) add(month, day, name, "oneOff");
  return days;
}

/** Days named by special laws (each a 休日 for that year only). */
const ONE_OFF_DAYS: Record<number, [number, number, string][]> = {
  1989: [[2, 24, "昭和天皇の大喪の礼"]],
  1990: [[11, 12, "即位礼正殿の儀"]],
  1993: [[6, 9, "皇太子徳仁親王の結婚の儀"]],
  // 2019: 即位の日 and 即位礼正殿の儀 count as 国民の祝日, so 4/30 and 5/2 became 国民の休日.
  2019: [
    [5, 1, "即位の日"],
    [10, 22, "即位礼正殿の儀"],
  ],
};

/** 振替休日 since 1973-04-12: a holiday on a Sunday moves to the next day that is no holiday. */
const SUBSTITUTES_FROM = epochDay(1973, 4, 12);
/** 国民の休日 since 1985-12-27; until 2006 not on a Sunday or a 振替休日. */
const CITIZENS_FROM = epochDay(1985, 12, 27);
const LAW_OF_2007 = epochDay(2007, 1, 1);

const SUNDAY = 0;
const weekday = (day: number) => (((day + 4) % 7) + 7) % 7;

/** Every holiday of `year` under the law (R-COUNTER-2), in date order. */
export function holidaysByLaw(year: number): LawHoliday[] {
  const named = namedHolidays(year);
  const namedDays = new Set(named.map((h) => epochOf(h.date)));
  const extra: LawHoliday[] = [];
  const substituteDays = new Set<number>();
  for (const holiday of named) {
    const day = epochOf(holiday.date);
    if (weekday(day) !== SUNDAY || day < SUBSTITUTES_FROM) continue;
    let next = day + 1;
    while (namedDays.has(next)) next++;
    substituteDays.add(next);
    extra.push({ date: fromEpochDay(next).toString(), name: `${holiday.name} 振替休日`, kind: "substitute" });
  }
  for (const holiday of named) {
    const between = epochOf(holiday.date) + 1;
    if (between < CITIZENS_FROM || namedDays.has(between) || !namedDays.has(between + 1)) continue;
    if (between < LAW_OF_2007 && (weekday(between) === SUNDAY || substituteDays.has(between))) continue;
    if (substituteDays.has(between)) continue; // already a holiday; listed once
    extra.push({ date: fromEpochDay(between).toString(), name: "国民の休日", kind: "citizens" });
  }
  return [...named, ...extra].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function epochOf(iso: string): number {
  return epochDay(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}
