import { describe, expect, it } from "vitest";
import { formatDay, formatDayWithWeekday, formatEra, formatLetter, formatShort } from "./format";

describe("date display", () => {
  it("Japanese with weekday and 和暦 (R-PARSE-4)", () => {
    expect(formatDayWithWeekday("2026-11-14", "ja")).toBe("2026年11月14日（土）");
    expect(formatEra("2026-11-14", "ja")).toBe("令和8年11月14日");
    expect(formatEra("2019-05-01", "ja")).toBe("令和元年5月1日");
  });
  it("やさしい日本語 spells the weekday out and never uses slashes", () => {
    expect(formatDayWithWeekday("2025-03-20", "easy")).toBe("2025年3月20日（木曜日）");
  });
  it("English", () => {
    expect(formatDay("2025-03-20", "en")).toBe("20 March 2025");
    expect(formatDayWithWeekday("2025-03-20", "en")).toBe("Thursday 20 March 2025");
    expect(formatEra("1985-11-14", "en")).toBe("Shōwa 60");
    expect(formatEra("2019-05-01", "en")).toBe("Reiwa 1");
    expect(formatShort("2027-02-28", "en")).toBe("28 Feb 2027");
  });
  it("has no 和暦 for dates before 1873", () => {
    expect(formatEra("1872-12-31", "ja")).toBe("");
  });
  it("dates residents act on, as municipal letters write them", () => {
    expect(formatLetter("2026-12-02", "ja")).toBe("令和8年（2026年）12月2日（水）");
    expect(formatLetter("2026-12-02", "easy")).toBe("令和8年（2026年）12月2日（水曜日）");
    expect(formatLetter("2026-12-02", "en")).toBe("Wednesday 2 December 2026");
    expect(formatLetter("1872-12-31", "ja")).toBe("1872年12月31日（火）");
  });
});
