// R-COUNTER-2: the shipped holiday table is exactly what the pinned dataset renders to.
import { readFileSync } from "node:fs";
import holidayJp from "@holiday-jp/holiday_jp";
import { describe, expect, it } from "vitest";
import { HOLIDAY_DATASET } from "#shared/holidays/dataset.ts";
import { FIRST_SHIPPED_YEAR, renderDataset } from "./render.ts";

describe("shared/holidays/dataset.ts (R-COUNTER-2)", () => {
  it("is what `npm run holidays` writes from the installed @holiday-jp/holiday_jp", () => {
    const committed = readFileSync(new URL("../../shared/holidays/dataset.ts", import.meta.url), "utf8");
    expect(committed).toStrictEqual(renderDataset(holidayJp.holidays, holidayJp.VERSION));
  });

  it("ships every year from the first cards to the dataset's last, and each holiday of them", () => {
    const shipped = HOLIDAY_DATASET.days.flatMap((line, i) =>
      line.split(" ").map((mmdd) => `${HOLIDAY_DATASET.firstYear + i}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`),
    );
    const expected = Object.keys(holidayJp.holidays).filter((date) => Number(date.slice(0, 4)) >= FIRST_SHIPPED_YEAR);
    expect(shipped).toStrictEqual(expected.sort());
    expect(HOLIDAY_DATASET.lastYear - HOLIDAY_DATASET.firstYear + 1).toStrictEqual(HOLIDAY_DATASET.days.length);
  });

  it("names the pinned version of the package", () => {
    const pinned = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).devDependencies[
      "@holiday-jp/holiday_jp"
    ];
    expect(HOLIDAY_DATASET.source).toStrictEqual(`@holiday-jp/holiday_jp ${pinned}`);
  });
});
