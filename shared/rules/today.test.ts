// R-DATE-1: today in Tokyo, checked against temporal-polyfill's Asia/Tokyo time zone.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Temporal } from "./temporal.ts";
import { secondsUntilTokyoMidnight, todayInTokyo } from "./today.ts";

const tokyoDate = (ms: number) =>
  Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO("Asia/Tokyo").toPlainDate().toString();

describe("todayInTokyo", () => {
  it("turns over at 15:00 UTC, midnight in Tokyo", () => {
    expect(todayInTokyo(Date.UTC(2026, 10, 27, 14, 59, 59, 999)).toString()).toBe("2026-11-27");
    expect(todayInTokyo(Date.UTC(2026, 10, 27, 15, 0, 0, 0)).toString()).toBe("2026-11-28");
    expect(todayInTokyo(Date.UTC(2024, 1, 28, 15)).toString()).toBe("2024-02-29");
    expect(todayInTokyo(Date.UTC(2026, 11, 31, 15)).toString()).toBe("2027-01-01");
  });

  it("agrees with Temporal's Asia/Tokyo for any instant from 1952 to 2100", () => {
    const from = Date.UTC(1952, 0, 1);
    const to = Date.UTC(2100, 11, 31);
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (ms) => {
        expect(todayInTokyo(ms).toString()).toBe(tokyoDate(ms));
      }),
      { numRuns: 5_000 },
    );
  });

  it("agrees with Temporal on both sides of every Tokyo midnight of a year", () => {
    for (let day = 0; day < 366; day++) {
      const midnight = Date.UTC(2028, 0, 1, 15) + day * 86_400_000;
      for (const ms of [midnight - 1, midnight]) expect(todayInTokyo(ms).toString()).toBe(tokyoDate(ms));
    }
  });
});

describe("secondsUntilTokyoMidnight", () => {
  it.each([
    // 2026-01-10T15:00:00Z is midnight in Tokyo: a whole day to go.
    ["2026-01-10T15:00:00Z", 86_400],
    ["2026-01-10T14:59:59Z", 1],
    ["2026-01-10T00:00:00Z", 15 * 3_600],
    ["2026-01-10T23:30:00Z", 15 * 3_600 + 30 * 60],
    ["1969-12-31T23:00:00Z", 16 * 3_600],
    ["2026-01-10T14:59:59.001Z", 1],
    ["2026-01-10T14:59:59.999Z", 1],
    ["2026-01-10T15:00:00.001Z", 86_400],
  ])("%s → %i s", (instant, seconds) => {
    expect(secondsUntilTokyoMidnight(Date.parse(instant))).toBe(seconds);
  });

  it("agrees with the next midnight of Temporal's Asia/Tokyo from 1952 to 2100", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1952, 0, 1), max: Date.UTC(2100, 11, 31) }), (ms) => {
        const tokyo = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO("Asia/Tokyo");
        const next = tokyo.toPlainDate().add({ days: 1 }).toZonedDateTime("Asia/Tokyo").epochMilliseconds;
        expect(secondsUntilTokyoMidnight(ms)).toBe(Math.ceil((next - ms) / 1000));
      }),
      { numRuns: 2_000 },
    );
  });
});
