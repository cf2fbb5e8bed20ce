// R-COUNTER-1: the 「窓口へ」 reminder the engine gives (`certificate.counterReminderDay`): a week
// before the counter deadline still ahead, moved to the nearest open day. The calendar, the
// checker and the list page read it (shared/calendar/events.test.ts checks the events).
import { describe, expect, it } from "vitest";
import { JAPAN_HOLIDAYS } from "../holidays/index.ts";
import { COUNTER_REMINDER_DAYS, counterReminderDay, isCounterDay, lastCounterDayOnOrBefore } from "./counter-days.ts";
import { plainDate } from "./plain-date.ts";
import { evaluateIso } from "./test/evaluate-iso.ts";

const reminder = (deadline: string) => counterReminderDay(plainDate(deadline), JAPAN_HOLIDAYS).toString();
const day = (iso: string, days: number) => plainDate(iso).addDays(days).toString();
const certificateOn = (certificateExpiry: string, today: string) =>
  evaluateIso({ certificateExpiry }, today).certificate;

describe("a week before the counter deadline (counterReminderDay, R-COUNTER-1)", () => {
  // Why a week, moved to the nearest open day: on every possible deadline of 2016–2050 (the last
  // counter day on or before any day) the reminder is a day the counter is open, before the
  // deadline, so at least two open days remain (it and the deadline), even across 年末年始 and
  // Golden Week; almost always exactly a week before.
  it("is an open counter day about a week before every deadline of 2016–2050, two open days at least", () => {
    const gaps: number[] = [];
    let fewest = Number.POSITIVE_INFINITY;
    for (let date = plainDate("2016-01-01"); date.year <= 2050; date = date.addDays(1)) {
      const deadline = lastCounterDayOnOrBefore(date, JAPAN_HOLIDAYS).day;
      const found = counterReminderDay(deadline, JAPAN_HOLIDAYS);
      expect(isCounterDay(found, JAPAN_HOLIDAYS)).toBe(true);
      gaps.push(found.daysUntil(deadline));
      let open = 0;
      for (let d = found; d.daysUntil(deadline) >= 0; d = d.addDays(1)) if (isCounterDay(d, JAPAN_HOLIDAYS)) open++;
      fewest = Math.min(fewest, open);
    }
    expect(fewest).toBeGreaterThanOrEqual(2);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(12);
    expect(gaps.filter((g) => g === COUNTER_REMINDER_DAYS).length / gaps.length).toBeGreaterThan(0.9);
  });

  it.each([
    ["2026-03-13", "2026-03-06"], // an ordinary Friday: the Friday before
    ["2026-11-30", "2026-11-24"], // a week back is 勤労感謝の日 (Mon 11-23): Tuesday is nearer than Friday
    ["2026-02-18", "2026-02-10"], // a week back is 建国記念の日 (Wed 02-11): a tie, the earlier day
    ["2026-01-05", "2025-12-26"], // a week back is 12-29 (年末年始): the open day before it
    ["2026-01-09", "2026-01-05"], // a week back is 01-02: 01-05 is nearer than 12-26
    ["2019-05-07", "2019-04-26"], // 2019's ten closed days: the only open day before the deadline
  ])("before %s falls on %s", (deadline, expected) => {
    expect(reminder(deadline)).toBe(expected);
  });
});

describe("certificate.counterReminderDay in the evaluation (R-COUNTER-1)", () => {
  // rules.md "Stage by day": expiry 2025-03-20 (春分の日), so the last counter day is 2025-03-19;
  // the grace runs to Monday 2025-06-30, its own last counter day.
  const expiry = "2025-03-20";

  it("is a week before the last counter day up to that day, the day before and of included", () => {
    for (const today of ["2024-12-01", "2025-03-11", "2025-03-12", "2025-03-13", "2025-03-18", "2025-03-19"]) {
      expect([today, certificateOn(expiry, today).counterReminderDay]).toStrictEqual([today, "2025-03-12"]);
    }
  });

  it("moves to a week before the grace's last counter day the day after the last counter day (R-INS-1)", () => {
    for (const today of ["2025-03-20", "2025-03-21", "2025-06-22", "2025-06-23", "2025-06-30"]) {
      expect([today, certificateOn(expiry, today).counterReminderDay]).toStrictEqual([today, "2025-06-23"]);
    }
  });

  it("is null once the grace's last counter day has passed", () => {
    expect(certificateOn(expiry, "2025-07-01").counterReminderDay).toBeNull();
    expect(certificateOn(expiry, "2026-01-01").counterReminderDay).toBeNull();
  });

  it.each([
    // [expiry, today, reminder, why]
    ["2026-11-14", "2026-10-01", "2026-11-06", "a Saturday expiry: a week before Friday 11-13"],
    ["2026-11-30", "2026-10-01", "2026-11-24", "a week before is 勤労感謝の日"],
    ["2026-01-05", "2025-12-01", "2025-12-26", "a week before is in 年末年始"],
    ["2027-01-02", "2026-12-01", "2026-12-21", "an expiry in 年末年始: a week before Monday 12-28"],
    ["2026-01-09", "2025-12-01", "2026-01-05", "a week before is 01-02"],
  ])("expiry %s on %s → %s (%s)", (certificateExpiry, today, expected) => {
    expect(certificateOn(certificateExpiry, today).counterReminderDay).toBe(expected);
  });

  it("in grace, before the grace's last counter day when the grace ends in 年末年始 (R-INS-1: 2027-12-31)", () => {
    const certificate = certificateOn("2027-09-14", "2027-10-01");
    expect([certificate.graceEndsOn, certificate.graceLastCounterDay]).toStrictEqual(["2027-12-31", "2027-12-28"]);
    expect(certificate.counterReminderDay).toBe("2027-12-21");
  });

  it("agrees with counterReminderDay on the deadline still ahead, on every day of a certificate's life", () => {
    for (let today = "2026-05-01"; today <= "2027-04-15"; today = day(today, 1)) {
      const c = certificateOn("2026-12-28", today);
      const deadline = [c.lastCounterDay, c.graceLastCounterDay].find((d) => d >= today);
      expect([today, c.counterReminderDay]).toStrictEqual([today, deadline ? reminder(deadline) : null]);
    }
  });
});
