import { describe, expect, it } from "vitest";
import { compareIso, daysInMonth, isLeapYear, isRealDate, parseIso, requireIso, toIso, weekdayIndex } from "./calendar";

describe("isLeapYear", () => {
  it.each([
    [2024, true],
    [2025, false],
    [2000, true],
    [1900, false],
    [2100, false],
    [2400, true],
    [1896, true],
    [1873, false],
  ])("%i → %s", (year, leap) => {
    expect(isLeapYear(year)).toStrictEqual(leap);
  });
});

describe("daysInMonth", () => {
  it("gives every month of a common and a leap year", () => {
    const months = Array.from({ length: 12 }, (_, i) => i + 1);
    expect(months.map((m) => daysInMonth(2025, m))).toStrictEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(months.map((m) => daysInMonth(2024, m))).toStrictEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
  it("follows the century rule for February", () => {
    expect([1900, 2000, 2100].map((y) => daysInMonth(y, 2))).toStrictEqual([28, 29, 28]);
  });
});

describe("isRealDate", () => {
  it.each([
    [2024, 2, 29, true],
    [2025, 2, 29, false],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2025, 2, 30, false],
    [2026, 4, 31, false],
    [2026, 12, 31, true],
    [2026, 1, 32, false],
    [2026, 13, 1, false],
    [2026, 0, 1, false],
    [2026, 1, 0, false],
    [2026, -1, 1, false],
    [2026, 1.5, 1, false],
    [2026, 1, 1.5, false],
    [2026.5, 1, 1, false],
    [2026, Number.NaN, 1, false],
  ])("%d-%d-%d → %s", (y, m, d, real) => {
    expect(isRealDate(y, m, d)).toStrictEqual(real);
  });
});

describe("ISO strings", () => {
  it("formats with fixed width", () => {
    expect(toIso({ year: 2026, month: 3, day: 5 })).toStrictEqual("2026-03-05");
    expect(toIso({ year: 912, month: 12, day: 31 })).toStrictEqual("0912-12-31");
  });
  it("parses strict ISO only", () => {
    expect(parseIso("2026-03-05")).toStrictEqual({ year: 2026, month: 3, day: 5 });
    for (const bad of ["2026-3-5", "2026-02-30", "2026-13-01", "26-03-05", "2026/03/05", " 2026-03-05", ""]) {
      expect(parseIso(bad)).toStrictEqual(null);
    }
  });
  it("requireIso throws a RangeError on bad input", () => {
    expect(() => requireIso("2026-02-30")).toThrow(RangeError);
    expect(requireIso("2000-02-29")).toStrictEqual({ year: 2000, month: 2, day: 29 });
  });
  it("compares", () => {
    expect([
      compareIso("2026-01-01", "2026-01-02"),
      compareIso("2026-01-02", "2026-01-02"),
      compareIso("2027-01-01", "2026-12-31"),
    ]).toStrictEqual([-1, 0, 1]);
  });
});

describe("weekdayIndex (0 = Sunday)", () => {
  it.each([
    ["1970-01-01", 4],
    ["2000-01-01", 6],
    ["2000-02-29", 2],
    ["2000-03-01", 3],
    ["1900-03-01", 4],
    ["1989-01-07", 6],
    ["1989-01-08", 0],
    ["2019-05-01", 3],
    ["2026-11-14", 6],
    ["1873-01-01", 3],
    ["0000-01-01", 6],
    ["0000-03-01", 3],
  ])("%s → %i", (iso, wd) => {
    expect(weekdayIndex(iso)).toStrictEqual(wd);
  });
  it("throws a RangeError for a non-date", () => {
    expect(() => weekdayIndex("2026-02-29")).toThrow(RangeError);
  });
});
