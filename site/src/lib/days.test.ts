import { describe, expect, it } from "vitest";
import { dayNumber, isoFromDayNumber } from "./days";

describe("dayNumber", () => {
  it("counts from 1970-01-01", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("2000-03-01") - dayNumber("2000-02-28")).toBe(2);
    expect(dayNumber("2027-03-01") - dayNumber("2027-02-28")).toBe(1);
  });
  it("round-trips over four centuries", () => {
    for (let n = dayNumber("1873-01-01"); n < dayNumber("2273-01-01"); n += 37) {
      expect(dayNumber(isoFromDayNumber(n))).toBe(n);
    }
    expect(isoFromDayNumber(dayNumber("2024-02-29"))).toBe("2024-02-29");
  });
});
