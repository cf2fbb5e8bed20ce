// R-COUNTER-2: the law as code, checked against the maintained dataset and the one-off years.
import holidayJp from "@holiday-jp/holiday_jp";
import { describe, expect, it } from "vitest";
import { autumnalEquinoxDay, FORMULA_YEARS, vernalEquinoxDay } from "./equinox.ts";
import { holidaysByLaw } from "./law.ts";

const datasetYear = (year: number) =>
  Object.keys(holidayJp.holidays)
    .filter((d) => d.startsWith(`${year}-`))
    .sort();
const lawYear = (year: number) => holidaysByLaw(year).map((h) => h.date);
const datasetYears = Object.keys(holidayJp.holidays).map((d) => Number(d.slice(0, 4)));
const [firstDatasetYear, lastDatasetYear] = [Math.min(...datasetYears), Math.max(...datasetYears)];
const kindOf = (date: string) => holidaysByLaw(Number(date.slice(0, 4))).find((h) => h.date === date)?.kind;

describe("the law and @holiday-jp/holiday_jp agree (R-COUNTER-2)", () => {
  const shared: number[] = [];
  for (let y = Math.max(firstDatasetYear, FORMULA_YEARS.first); y <= Math.min(lastDatasetYear, FORMULA_YEARS.last); y++)
    shared.push(y);

  it("covers 1980 to 2050 at least (every year both claim)", () => {
    expect(shared[0]).toBe(1980);
    expect(shared.at(-1)).toBeGreaterThanOrEqual(2050);
  });

  it.each(shared)("%i: the same days", (year) => {
    expect(lawYear(year)).toStrictEqual(datasetYear(year));
  });

  // The dataset starts in 1970; the equinox approximation of the rule book starts in 1980.
  // Before it the rule uses 1980's month-days (3/20, 9/23), so only equinox days differ; the
  // dataset has the observed dates. Listed here, each with the law's substitute when it has one.
  it("differs before 1980 only on equinox days, outside the formula's range", () => {
    const differences: string[] = [];
    for (let year = firstDatasetYear; year < FORMULA_YEARS.first; year++) {
      const law = new Set(lawYear(year));
      const dataset = new Set(datasetYear(year));
      for (const d of law) if (!dataset.has(d)) differences.push(`law ${d}`);
      for (const d of dataset)
        if (!law.has(d))
          differences.push(`dataset ${d} ${holidayJp.holidays[d as keyof typeof holidayJp.holidays].name}`);
    }
    expect(differences).toStrictEqual([
      "law 1970-03-20",
      "dataset 1970-03-21 春分の日",
      "law 1971-03-20",
      "law 1971-09-23",
      "dataset 1971-03-21 春分の日",
      "dataset 1971-09-24 秋分の日",
      "law 1973-03-20",
      "dataset 1973-03-21 春分の日",
      "law 1974-03-20",
      "dataset 1974-03-21 春分の日",
      "law 1975-03-20",
      "law 1975-09-23",
      "dataset 1975-03-21 春分の日",
      "dataset 1975-09-24 秋分の日",
      "law 1977-03-20", // a Sunday by the rule: its 振替休日 3/21 is the dataset's 春分の日
      "law 1978-03-20",
      "dataset 1978-03-21 春分の日",
      "law 1979-03-20",
      "law 1979-09-23",
      "dataset 1979-03-21 春分の日",
    ]);
  });
});

describe("the one-off years, by the law and in the dataset (R-COUNTER-2)", () => {
  it.each([
    // 2019: no 天皇誕生日; 即位の日 5/1 makes 4/30 and 5/2 国民の休日: ten days off; 即位礼正殿の儀 10/22.
    [
      2019,
      [
        "01-01",
        "01-14",
        "02-11",
        "03-21",
        "04-29",
        "04-30",
        "05-01",
        "05-02",
        "05-03",
        "05-04",
        "05-05",
        "05-06",
        "07-15",
        "08-11",
        "08-12",
        "09-16",
        "09-23",
        "10-14",
        "10-22",
        "11-03",
        "11-04",
        "11-23",
      ],
    ],
    // 2020: 天皇誕生日 2/23 (a Sunday → 2/24); Olympics: 海の日 7/23, スポーツの日 7/24, 山の日 8/10.
    [
      2020,
      [
        "01-01",
        "01-13",
        "02-11",
        "02-23",
        "02-24",
        "03-20",
        "04-29",
        "05-03",
        "05-04",
        "05-05",
        "05-06",
        "07-23",
        "07-24",
        "08-10",
        "09-21",
        "09-22",
        "11-03",
        "11-23",
      ],
    ],
    // 2021: 海の日 7/22, スポーツの日 7/23, 山の日 8/8 (a Sunday → 8/9); no holiday in October.
    [
      2021,
      [
        "01-01",
        "01-11",
        "02-11",
        "02-23",
        "03-20",
        "04-29",
        "05-03",
        "05-04",
        "05-05",
        "07-22",
        "07-23",
        "08-08",
        "08-09",
        "09-20",
        "09-23",
        "11-03",
        "11-23",
      ],
    ],
  ] as const)("%i", (year, days) => {
    const expected = days.map((d) => `${year}-${d}`);
    expect(lawYear(year)).toStrictEqual(expected);
    expect(datasetYear(year)).toStrictEqual(expected);
  });

  it("天皇誕生日 is 12/23 until 2018 and 2/23 from 2020 (none in 2019)", () => {
    const birthday = (year: number) =>
      holidaysByLaw(year)
        .filter((h) => h.name === "天皇誕生日")
        .map((h) => h.date);
    expect([birthday(2018), birthday(2019), birthday(2020)]).toStrictEqual([["2018-12-23"], [], ["2020-02-23"]]);
  });

  it("山の日 begins in 2016", () => {
    const mountain = (year: number) =>
      holidaysByLaw(year)
        .filter((h) => h.name.startsWith("山の日"))
        .map((h) => h.date);
    expect([mountain(2015), mountain(2016)]).toStrictEqual([[], ["2016-08-11"]]);
  });
});

describe("every kind of holiday (R-COUNTER-2)", () => {
  it.each([
    ["2026-01-01", "fixed"], // 元日
    ["2026-01-12", "happyMonday"], // 成人の日, second Monday
    ["2026-03-20", "equinox"], // 春分の日
    ["2026-09-23", "equinox"], // 秋分の日
    ["2019-05-01", "oneOff"], // 即位の日
    ["2020-07-24", "oneOff"], // K6: スポーツの日 moved for the Olympics
    ["2026-05-06", "substitute"], // K3: 5/3 is a Sunday; 5/4 and 5/5 are holidays, so 5/6
    ["2021-08-09", "substitute"], // 山の日 8/8 on a Sunday
    ["2019-04-30", "citizens"], // K4: between 昭和の日 and 即位の日
    ["2026-09-22", "citizens"], // K5: between 敬老の日 9/21 and 秋分の日 9/23
  ] as const)("%s is a %s holiday, by the law and in the dataset", (date, kind) => {
    expect(kindOf(date)).toBe(kind);
    expect(date in holidayJp.holidays).toBe(true);
  });

  it.each(["2026-05-07", "2026-09-24", "2019-05-07", "2020-10-12", "2021-10-11"])("%s is no holiday", (date) => {
    expect(kindOf(date)).toBeUndefined();
    expect(date in holidayJp.holidays).toBe(false);
  });

  it("before 2007 a Sunday between two holidays stayed a Sunday (国民の休日 excluded it)", () => {
    // 2003-05-04 was a Sunday; 5/3 and 5/5 were holidays; the next day, 5/5, was no Sunday.
    expect(kindOf("2003-05-04")).toBeUndefined();
    expect("2003-05-04" in holidayJp.holidays).toBe(false);
  });
});

describe("the equinox approximation (R-COUNTER-2)", () => {
  it.each([
    [1980, 20, 23],
    [2000, 20, 23],
    [2012, 20, 22],
    [2026, 20, 23],
    [2027, 21, 23],
    [2099, 20, 23],
  ])("%i: 3/%i and 9/%i", (year, vernal, autumnal) => {
    expect([vernalEquinoxDay(year), autumnalEquinoxDay(year)]).toStrictEqual([vernal, autumnal]);
  });

  it("uses 2099's dates after 2099 and 1980's before 1980 (outside the formula)", () => {
    expect([vernalEquinoxDay(2100), autumnalEquinoxDay(2100)]).toStrictEqual([
      vernalEquinoxDay(2099),
      autumnalEquinoxDay(2099),
    ]);
    expect([vernalEquinoxDay(1979), autumnalEquinoxDay(1979)]).toStrictEqual([
      vernalEquinoxDay(1980),
      autumnalEquinoxDay(1980),
    ]);
  });

  it("gives a holiday list for 2099 and 2100 by the same law", () => {
    expect(lawYear(2099)).toContain("2099-03-20");
    expect(lawYear(2100)).toContain("2100-03-20");
    expect(lawYear(2100)).toContain("2100-09-23");
    expect(lawYear(2100).length).toBeGreaterThanOrEqual(16);
  });
});
