// Boundary tests for age.ts (R-AGE-1): the whole attain day (the day before the birthday) counts.
import { describe, expect, it } from "vitest";
import { ageAtLeast, ageOn, attainDay } from "./age.ts";
import { plainDate } from "./plain-date.ts";

const atLeast = (birth: string, n: number, date: string) => ageAtLeast(plainDate(birth), n, plainDate(date));

describe("R-AGE-1: the attain day", () => {
  it.each([
    ["2006-04-02", 18, "2024-04-01"], // rules.md example
    ["2004-02-29", 18, "2022-02-28"], // rules.md example (common year)
    ["2004-03-01", 18, "2022-02-28"], // rules.md example
    ["2004-02-29", 16, "2020-02-28"], // Feb 29 birth: Feb 28 even in a leap year
    ["2004-02-29", 20, "2024-02-28"],
    ["2004-03-01", 20, "2024-02-29"], // Mar 1 birth in a leap year: the day before is Feb 29
    ["2000-01-01", 18, "2017-12-31"], // across the year end
    ["2000-05-01", 18, "2018-04-30"], // across a 30-day month end
    ["2000-08-01", 20, "2020-07-31"], // across a 31-day month end
    ["2007-06-01", 15, "2022-05-31"],
  ] as const)("R-AGE-1: born %s reaches %i on %s", (birth, n, expected) => {
    expect(attainDay(plainDate(birth), n).toString()).toBe(expected);
  });

  it.each([
    ["2006-04-02", 18, "2024-03-31", false], // day before the attain day
    ["2006-04-02", 18, "2024-04-01", true], // attain day
    ["2006-04-02", 18, "2024-04-02", true], // birthday
    ["2004-02-29", 18, "2022-02-27", false],
    ["2004-02-29", 18, "2022-02-28", true],
    ["2004-02-29", 17, "2021-02-27", false], // not Feb 27 (the day before R-DATE-4's Feb 28)
    ["2004-02-29", 17, "2021-02-28", true],
    ["2004-02-29", 20, "2024-02-27", false],
    ["2004-02-29", 20, "2024-02-28", true], // leap year: still Feb 28
    ["2004-03-01", 20, "2024-02-28", false],
    ["2004-03-01", 20, "2024-02-29", true],
    ["2002-04-01", 20, "2022-03-30", false],
    ["2002-04-01", 20, "2022-03-31", true],
  ] as const)("R-AGE-1: born %s, at least %i on %s → %s", (birth, n, date, expected) => {
    expect(atLeast(birth, n, date)).toBe(expected);
  });
});

describe("R-AGE-1: completed age on a day", () => {
  it.each([
    ["1985-11-14", "2031-11-12", 45],
    ["1985-11-14", "2031-11-13", 46], // attain day
    ["1985-11-14", "2031-11-14", 46],
    ["1985-11-14", "2031-11-15", 46],
    ["2000-02-29", "2026-02-27", 25],
    ["2000-02-29", "2026-02-28", 26],
    ["2000-02-29", "2028-02-27", 27],
    ["2000-02-29", "2028-02-28", 28], // leap year: Feb 28 too
    ["2000-06-01", "2000-06-01", 0],
    ["2000-06-01", "2001-05-30", 0],
    ["2000-06-01", "2001-05-31", 1],
    ["1930-01-01", "2100-12-31", 171],
  ] as const)("R-AGE-1: born %s, age on %s is %i", (birth, date, expected) => {
    expect(ageOn(plainDate(birth), plainDate(date))).toBe(expected);
  });
});
