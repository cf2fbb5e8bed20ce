// Boundary tests for birthdays.ts (R-DATE-3, R-DATE-4, R-INFER-4). Expected dates are worked out
// by hand from rules.md, never by calling the code under test.
import { describe, expect, it } from "vitest";
import { birthdayIn, isBirthday, isLeapDay, nthBirthdayAfter } from "./birthdays.ts";
import { plainDate } from "./plain-date.ts";

const nth = (birth: string, date: string, n: number) =>
  nthBirthdayAfter(plainDate(birth), plainDate(date), n).toString();

describe("R-DATE-3: birthdays strictly after the issue date", () => {
  it.each([
    // born, issued, n, expected
    ["1990-04-10", "2020-04-09", 1, "2020-04-10"], // day before: the birthday counts
    ["1990-04-10", "2020-04-10", 1, "2021-04-10"], // day of: not counted
    ["1990-04-10", "2020-04-11", 1, "2021-04-10"], // day after
    ["1990-04-10", "2020-04-09", 5, "2024-04-10"],
    ["1990-04-10", "2020-04-10", 5, "2025-04-10"],
    ["1990-04-10", "2020-04-11", 5, "2025-04-10"],
    ["1990-04-10", "2020-04-09", 10, "2029-04-10"],
    ["1990-04-10", "2020-04-10", 10, "2030-04-10"],
    ["1990-04-10", "2020-04-11", 10, "2030-04-10"],
    ["1990-04-10", "2020-04-10", 6, "2026-04-10"],
  ] as const)("R-DATE-3: born %s, after %s, birthday #%i → %s", (birth, date, n, expected) => {
    expect(nth(birth, date, n)).toBe(expected);
  });

  it.each([
    ["1985-12-31", "2020-12-30", 1, "2020-12-31"],
    ["1985-12-31", "2020-12-31", 1, "2021-12-31"],
    ["1985-12-31", "2021-01-01", 1, "2021-12-31"],
    ["1985-01-01", "2020-12-31", 1, "2021-01-01"],
    ["1985-01-01", "2021-01-01", 1, "2022-01-01"],
    ["1985-01-01", "2020-12-31", 10, "2030-01-01"],
    ["1985-05-31", "2020-05-30", 5, "2024-05-31"],
    ["1985-05-31", "2020-05-31", 5, "2025-05-31"],
  ] as const)("R-DATE-3 at year and month ends: born %s, after %s, #%i → %s", (birth, date, n, expected) => {
    expect(nth(birth, date, n)).toBe(expected);
  });
});

describe("R-DATE-4: a Feb 29 birthday is Feb 28 in a common year", () => {
  it.each([
    [2021, "2021-02-28"],
    [2023, "2023-02-28"],
    [2024, "2024-02-29"],
    [2100, "2100-02-28"], // divisible by 100, not by 400: common
    [2000, "2000-02-29"], // divisible by 400: leap
  ])("R-DATE-4: born 2000-02-29, birthday in %i → %s", (year, expected) => {
    expect(birthdayIn(plainDate("2000-02-29"), year).toString()).toBe(expected);
  });

  it("R-DATE-4: births on Feb 28 and Mar 1 are not moved", () => {
    expect(birthdayIn(plainDate("2000-02-28"), 2024).toString()).toBe("2024-02-28");
    expect(birthdayIn(plainDate("2000-03-01"), 2023).toString()).toBe("2023-03-01");
    expect(birthdayIn(plainDate("2001-12-31"), 2030).toString()).toBe("2030-12-31");
  });

  it.each([
    ["2021-02-27", 1, "2021-02-28"], // day before the common-year birthday
    ["2021-02-28", 1, "2022-02-28"], // on the common-year birthday: not counted
    ["2021-03-01", 1, "2022-02-28"],
    ["2024-02-28", 1, "2024-02-29"], // leap year: the birthday is the 29th
    ["2024-02-29", 1, "2025-02-28"],
    ["2023-03-01", 1, "2024-02-29"],
    ["2020-05-01", 5, "2025-02-28"], // 2021, 2022, 2023, 2024-02-29, 2025
    ["2020-02-28", 5, "2024-02-29"], // 2020-02-29 is the first
    ["2020-02-28", 10, "2029-02-28"],
    ["2020-02-29", 10, "2030-02-28"],
  ] as const)("R-DATE-3 + R-DATE-4: born 2000-02-29, after %s, #%i → %s", (date, n, expected) => {
    expect(nth("2000-02-29", date, n)).toBe(expected);
  });
});

describe("R-INFER-4: is the printed date a birthday?", () => {
  it.each([
    ["1990-04-10", "2031-04-09", false],
    ["1990-04-10", "2031-04-10", true],
    ["1990-04-10", "2031-04-11", false],
    ["1990-04-10", "2031-10-04", false], // day and month swapped
    ["2000-02-29", "2031-02-27", false],
    ["2000-02-29", "2031-02-28", true], // common year: Feb 28 …
    ["2000-02-29", "2031-03-01", true], // … or Mar 1 (offices differ)
    ["2000-02-29", "2031-03-02", false],
    ["2000-02-29", "2032-02-28", false], // leap year: only Feb 29
    ["2000-02-29", "2032-02-29", true],
    ["2000-02-29", "2032-03-01", false],
    ["2000-02-28", "2031-03-01", false], // only Feb 29 births get the choice
    ["2000-03-01", "2031-02-28", false],
    ["2000-02-28", "2032-02-29", false],
  ] as const)("R-INFER-4: born %s, card %s → %s", (birth, date, expected) => {
    expect(isBirthday(plainDate(birth), plainDate(date))).toBe(expected);
  });

  it("R-DATE-4: only Feb 29 is the leap day", () => {
    expect([
      isLeapDay(plainDate("2004-02-29")),
      isLeapDay(plainDate("2004-02-28")),
      isLeapDay(plainDate("2004-03-01")),
    ]).toStrictEqual([true, false, false]);
  });
});
