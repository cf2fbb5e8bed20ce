// R-COUNTER-2: the shipped calendar answers from the dataset for its years, from the law after.
import holidayJp from "@holiday-jp/holiday_jp";
import { describe, expect, it } from "vitest";
import { plainDate } from "../rules/plain-date.ts";
import { ANNOUNCED_THROUGH, holidayCalendar, JAPAN_HOLIDAYS } from "./calendar.ts";
import { HOLIDAY_DATASET } from "./dataset.ts";
import { holidaysByLaw } from "./law.ts";

const everyDay = (year: number) => {
  const days: string[] = [];
  for (let d = plainDate(`${year}-01-01`); d.year === year; d = d.add({ days: 1 })) days.push(d.toString());
  return days;
};

describe("JAPAN_HOLIDAYS (R-COUNTER-2)", () => {
  // Every year shipped: the dataset's own days where they differ from the law, the law's elsewhere.
  const shipped = Array.from(
    { length: HOLIDAY_DATASET.lastYear - HOLIDAY_DATASET.firstYear + 1 },
    (_, i) => HOLIDAY_DATASET.firstYear + i,
  );
  it.each(shipped)("%i: exactly the dataset's holidays", (year) => {
    const holidays = everyDay(year).filter((d) => JAPAN_HOLIDAYS.isHoliday(plainDate(d)));
    expect(holidays).toStrictEqual(
      Object.keys(holidayJp.holidays)
        .filter((d) => d.startsWith(`${year}-`))
        .sort(),
    );
  });
  it.each([2015, HOLIDAY_DATASET.lastYear + 1, 2099, 2100])("%i (not shipped): exactly the law's holidays", (year) => {
    const holidays = everyDay(year).filter((d) => JAPAN_HOLIDAYS.isHoliday(plainDate(d)));
    expect(holidays).toStrictEqual(holidaysByLaw(year).map((h) => h.date));
  });
  it("says how sure it is: announced through ANNOUNCED_THROUGH, projected to 2099, outside the formula after", () => {
    const years = [1979, 1980, ANNOUNCED_THROUGH, ANNOUNCED_THROUGH + 1, 2099, 2100];
    expect(years.map((y) => JAPAN_HOLIDAYS.certainty(y))).toStrictEqual([
      "outsideFormula",
      "announced",
      "announced",
      "projected",
      "projected",
      "outsideFormula",
    ]);
  });
  it("takes a dataset's days over the law's (a made-up dataset for 2026 with one holiday)", () => {
    const calendar = holidayCalendar({ years: { 2026: "0610" } });
    expect([
      calendar.isHoliday(plainDate("2026-06-10")),
      calendar.isHoliday(plainDate("2026-01-01")),
      calendar.isHoliday(plainDate("2027-01-01")),
    ]).toStrictEqual([true, false, true]);
  });
});
