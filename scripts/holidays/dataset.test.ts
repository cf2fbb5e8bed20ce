// R-COUNTER-2: the shipped holiday table is exactly what the pinned dataset renders to.
import { readFileSync } from "node:fs";
import holidayJp from "@holiday-jp/holiday_jp";
import { describe, expect, it } from "vitest";
import { HOLIDAY_DATASET } from "#shared/holidays/dataset.ts";
import { FIRST_SHIPPED_YEAR, lawLine, renderDataset, yearLine } from "./render.ts";

describe("shared/holidays/dataset.ts (R-COUNTER-2)", () => {
  it("is what `npm run holidays` writes from the installed @holiday-jp/holiday_jp", () => {
    const committed = readFileSync(new URL("../../shared/holidays/dataset.ts", import.meta.url), "utf8");
    expect(committed).toStrictEqual(renderDataset(holidayJp.holidays, holidayJp.VERSION));
  });

  it("gives every year from the first cards to the dataset's last each holiday of the dataset", () => {
    const dates = Object.keys(holidayJp.holidays);
    const inYear = (year: number) => dates.filter((date) => date.startsWith(`${year}-`));
    expect(HOLIDAY_DATASET.firstYear).toBe(FIRST_SHIPPED_YEAR);
    expect(HOLIDAY_DATASET.lastYear).toBe(Math.max(...dates.map((date) => Number(date.slice(0, 4)))));
    for (let year = HOLIDAY_DATASET.firstYear; year <= HOLIDAY_DATASET.lastYear; year++) {
      // Shipped where it differs from the law, the law's own days otherwise.
      const shipped = HOLIDAY_DATASET.years[year] ?? lawLine(year);
      expect(shipped, `${year}`).toBe(yearLine(inYear(year)));
    }
  });

  it("ships only the years whose days differ from the law's", () => {
    // A made-up dataset to 2027: the law's days, and one holiday more in 2026.
    const dates = ["2026-06-10"];
    for (let year = FIRST_SHIPPED_YEAR; year <= 2027; year++)
      for (const mmdd of lawLine(year).split(" ")) dates.push(`${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`);
    const text = renderDataset(Object.fromEntries(dates.map((date) => [date, { date }])), "0.0.0");
    expect(text.match(/^ {4}\d{4}: .*$/gm)).toStrictEqual([
      `    2026: "${yearLine(dates.filter((d) => d.startsWith("2026-")))}",`,
    ]);
  });

  it("names the pinned version of the package", () => {
    const pinned = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).devDependencies[
      "@holiday-jp/holiday_jp"
    ];
    expect(HOLIDAY_DATASET.source).toStrictEqual(`@holiday-jp/holiday_jp ${pinned}`);
  });
});
