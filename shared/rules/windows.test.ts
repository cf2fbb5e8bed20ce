// Boundary tests for windows.ts: R-RENEW-1 (renewal window), R-INS-1 (grace end), R-RENEW-3
// (notice letter), R-CARD-6 (card renewal). Expected dates by hand from rules.md.
import { describe, expect, it } from "vitest";
import { plainDate } from "./plain-date.ts";
import { CARD_2016 } from "./rule-set.ts";
import { evaluateIso } from "./test/evaluate-iso.ts";
import { graceEndsOn, noticeWindow, renewalOpensOn } from "./windows.ts";

const opens = (expiry: string) => renewalOpensOn(plainDate(expiry), CARD_2016).toString();
const grace = (expiry: string) => graceEndsOn(plainDate(expiry), CARD_2016).toString();

describe("R-RENEW-1: the window opens on (expiry − 3 months) + 1 day", () => {
  it.each([
    ["2025-06-15", "2025-03-16"], // official example (Tsurugashima)
    ["2025-06-14", "2025-03-15"],
    ["2025-06-16", "2025-03-17"],
    ["2025-03-20", "2024-12-21"], // across the year end
    ["2025-01-01", "2024-10-02"],
    ["2025-03-31", "2025-01-01"], // 2024-12-31 + 1
    ["2025-12-31", "2025-10-01"], // 31st → 30-day month: 09-30 + 1
    ["2025-07-31", "2025-05-01"], // 31st → 30-day month: 04-30 + 1
    ["2025-07-30", "2025-05-01"],
    ["2025-07-29", "2025-04-30"],
    ["2027-05-31", "2027-03-01"], // rules.md example: clamps to 02-28
    ["2025-05-30", "2025-03-01"], // common year: 05-28 … 05-31 all open on 03-01
    ["2025-05-29", "2025-03-01"],
    ["2025-05-28", "2025-03-01"],
    ["2025-05-27", "2025-02-28"],
    ["2024-05-31", "2024-03-01"], // leap year: clamps to 02-29
    ["2024-05-30", "2024-03-01"],
    ["2024-05-29", "2024-03-01"],
    ["2024-05-28", "2024-02-29"],
    ["2026-02-28", "2025-11-29"],
    ["2028-02-29", "2027-11-30"],
    ["2025-03-01", "2024-12-02"],
  ])("R-RENEW-1: expiry %s → renewal from %s", (expiry, expected) => {
    expect(opens(expiry)).toBe(expected);
  });
});

describe("R-INS-1: grace ends on the last day of the third month after the expiry's month", () => {
  it.each([
    ["2026-01-15", "2026-04-30"],
    ["2026-02-10", "2026-05-31"], // official example (Tama)
    ["2026-03-31", "2026-06-30"],
    ["2026-04-01", "2026-07-31"],
    ["2026-05-20", "2026-08-31"],
    ["2026-06-30", "2026-09-30"],
    ["2026-07-07", "2026-10-31"],
    ["2026-08-31", "2026-11-30"],
    ["2026-09-01", "2026-12-31"],
    ["2026-10-31", "2027-01-31"], // across the year end
    ["2026-11-14", "2027-02-28"], // rules.md example
    ["2026-12-01", "2027-03-31"], // December → end of March next year
    ["2026-12-31", "2027-03-31"],
    ["2027-11-30", "2028-02-29"], // leap February
    ["2099-11-01", "2100-02-28"], // 2100 is a common year
    ["2026-01-01", "2026-04-30"], // first and last day of a month: same end
    ["2026-01-31", "2026-04-30"],
  ])("R-INS-1: expiry %s → grace ends %s", (expiry, expected) => {
    expect(grace(expiry)).toBe(expected);
  });

  it("R-INS-1: expiries in every month of 2027 → month ends April 2027 … March 2028", () => {
    const ends = Array.from({ length: 12 }, (_, i) => grace(`2027-${String(i + 1).padStart(2, "0")}-15`));
    expect(ends).toStrictEqual([
      "2027-04-30",
      "2027-05-31",
      "2027-06-30",
      "2027-07-31",
      "2027-08-31",
      "2027-09-30",
      "2027-10-31",
      "2027-11-30",
      "2027-12-31",
      "2028-01-31",
      "2028-02-29",
      "2028-03-31",
    ]);
  });
});

describe("R-RENEW-3: the notice letter window (3 to 2 months before)", () => {
  it.each([
    ["2025-06-15", "2025-03-15", "2025-04-15"],
    ["2027-05-31", "2027-02-28", "2027-03-31"],
    ["2025-01-31", "2024-10-31", "2024-11-30"],
  ])("R-RENEW-3: expiry %s → from %s to %s", (expiry, from, to) => {
    const w = noticeWindow(plainDate(expiry), CARD_2016);
    expect([w.from.toString(), w.to.toString()]).toStrictEqual([from, to]);
  });
});

describe("the evaluation carries the same windows", () => {
  it("R-RENEW-1 / R-INS-1 / R-RENEW-3 for expiry 2025-05-31", () => {
    const e = evaluateIso({ certificateExpiry: "2025-05-31" }, "2025-01-01");
    expect(e.certificate).toStrictEqual({
      expiresOn: "2025-05-31",
      renewalOpensOn: "2025-03-01",
      graceEndsOn: "2025-08-31",
      noticeExpectedFrom: "2025-02-28",
      noticeExpectedTo: "2025-03-31",
      basis: "given",
      // R-COUNTER-1: 5/31 is a Saturday, 3/1 a Saturday, 8/31 a Sunday.
      lastCounterDay: "2025-05-30",
      firstCounterDay: "2025-03-03",
      graceLastCounterDay: "2025-08-29",
      // R-COUNTER-1: 「窓口へ」 a week before the last counter day.
      counterReminderDay: "2025-05-23",
    });
  });

  it("R-CARD-6: the card renews from (card expiry − 3 months) + 1 day", () => {
    expect(evaluateIso({ birthDate: "1980-10-10", cardIssuedOn: "2020-05-15" }, "2026-11-27").card).toStrictEqual({
      expiresOn: "2029-10-10",
      renewalOpensOn: "2029-07-11",
      validityYears: 10,
      issuedOn: "2020-05-15",
      printed: false,
      // R-COUNTER-1: both are Wednesdays, no holidays.
      lastCounterDay: "2029-10-10",
      firstCounterDay: "2029-07-11",
    });
    expect(evaluateIso({ birthDate: "1990-05-31", cardExpiry: "2030-05-31" }, "2026-11-27").card?.renewalOpensOn).toBe(
      "2030-03-01",
    );
  });
});
