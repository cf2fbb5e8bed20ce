// R-COUNTER-1 / R-COUNTER-2: the municipal counter's open days, with the shipped calendar and
// with made-up ones (the engine is given its holidays, like `today`).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type HolidayCalendar, holidayCalendar, JAPAN_HOLIDAYS } from "../holidays/index.ts";
import {
  COUNTER_REMINDER_DAYS,
  counterCaveats,
  counterReminderDay,
  evaluationCounterDays,
  firstCounterDayOnOrAfter,
  isCounterDay,
  lastCounterDayByTable,
  lastCounterDayOnOrBefore,
} from "./counter-days.ts";
import { evaluate } from "./evaluate.ts";
import { type PlainDate, plainDate } from "./plain-date.ts";
import { evaluateIso } from "./test/evaluate-iso.ts";

const last = (iso: string, holidays: HolidayCalendar = JAPAN_HOLIDAYS) =>
  lastCounterDayOnOrBefore(plainDate(iso), holidays).day.toString();
const first = (iso: string, holidays: HolidayCalendar = JAPAN_HOLIDAYS) =>
  firstCounterDayOnOrAfter(plainDate(iso), holidays).day.toString();
const open = (iso: string) => isCounterDay(plainDate(iso), JAPAN_HOLIDAYS);
const codes = (certificateExpiry: string, today = "2026-12-01") =>
  evaluateIso({ certificateExpiry }, today).caveats.map((c) => c.code);

describe("the K rows of examples.md", () => {
  it("K1 (R-COUNTER-1): expiry Saturday 2026-11-14 → last counter day Friday 2026-11-13", () => {
    const e = evaluateIso({ certificateExpiry: "2026-11-14" }, "2026-10-01");
    expect(e.certificate.lastCounterDay).toBe("2026-11-13");
    expect(e.caveats).toStrictEqual([{ code: "expiryOnClosedDay", rule: "R-COUNTER-1", alternatives: [] }]);
  });
  it("K2 (R-COUNTER-1): expiry 2027-01-02 → 2026-12-28 (12-29 to 01-03 closed)", () => {
    expect(evaluateIso({ certificateExpiry: "2027-01-02" }, "2026-12-01").certificate.lastCounterDay).toBe(
      "2026-12-28",
    );
  });
  it("K3 (R-COUNTER-2): expiry 2026-05-06, the 振替休日 for Sunday 5/3 → Friday 2026-05-01", () => {
    expect(evaluateIso({ certificateExpiry: "2026-05-06" }, "2026-04-01").certificate.lastCounterDay).toBe(
      "2026-05-01",
    );
  });
  it.each([
    ["K4", "2019-04-30"], // 国民の休日 of the 2019 Golden Week
    ["K5", "2026-09-22"], // 国民の休日 between 敬老の日 9/21 and 秋分の日 9/23
    ["K6", "2020-07-24"], // スポーツの日 moved for the Olympics
  ])("%s (R-COUNTER-2): %s is a holiday, so the counter is closed", (_, iso) => {
    expect(JAPAN_HOLIDAYS.isHoliday(plainDate(iso))).toBe(true);
    expect(open(iso)).toBe(false);
  });
});

describe("R-COUNTER-1: every kind of closed day, and the day before it", () => {
  it.each([
    ["2026-11-03", "2026-11-02"], // fixed: 文化の日 (Tuesday)
    ["2026-07-20", "2026-07-17"], // Happy Monday: 海の日
    ["2099-03-20", "2099-03-19"], // equinox: 春分の日 (Friday), by the law beyond the dataset
    ["2019-10-22", "2019-10-21"], // one-off: 即位礼正殿の儀 (Tuesday)
    ["2026-05-06", "2026-05-01"], // 振替休日 after a Sunday holiday, with the Golden Week before it
    ["2026-09-22", "2026-09-18"], // 国民の休日 between 敬老の日 and 秋分の日
    ["2019-05-06", "2019-04-26"], // 2019's ten-day Golden Week, 4/27 to 5/6
    ["2026-11-15", "2026-11-13"], // a Sunday
  ])("%s is closed; the last counter day on or before it is %s", (closed, lastOpen) => {
    expect(open(closed)).toBe(false);
    expect(last(closed)).toBe(lastOpen);
  });

  it("an open weekday is its own counter day, and the day before a holiday stays open", () => {
    expect([last("2026-11-02"), first("2026-11-02"), open("2026-11-04")]).toStrictEqual([
      "2026-11-02",
      "2026-11-02",
      true,
    ]);
  });
});

describe("R-COUNTER-1: the year-end closure on both sides of New Year", () => {
  it.each([
    ["2026-12-28", "2026-12-28", "2026-12-28"], // the last open day of 2026 (Monday)
    ["2026-12-29", "2026-12-28", "2027-01-04"],
    ["2026-12-31", "2026-12-28", "2027-01-04"],
    ["2027-01-01", "2026-12-28", "2027-01-04"],
    ["2027-01-03", "2026-12-28", "2027-01-04"], // a Sunday too
    ["2027-01-04", "2027-01-04", "2027-01-04"], // the first open day of 2027 (Monday)
    ["2025-12-29", "2025-12-26", "2026-01-05"], // 2026-01-04 is a Sunday: closure + weekend
    ["2026-01-02", "2025-12-26", "2026-01-05"], // a Friday, and closed
  ])("%s → last %s, first %s", (iso, lastOpen, firstOpen) => {
    expect([last(iso), first(iso)]).toStrictEqual([lastOpen, firstOpen]);
  });
});

describe("R-COUNTER-1: a Sunday holiday before its 振替休日", () => {
  it("expiry Sunday 2027-03-21 (春分の日; Monday 3/22 is its 振替休日) → Friday 3/19, and the next open day is 3/23", () => {
    expect([last("2027-03-21"), first("2027-03-21")]).toStrictEqual(["2027-03-19", "2027-03-23"]);
    expect(open("2027-03-22")).toBe(false);
  });
  it("a window opening on Sunday 2026-05-03 first opens on Thursday 5/7", () => {
    expect(first("2026-05-03")).toBe("2026-05-07");
  });
});

describe("R-COUNTER-1 in the evaluation: the certificate and the card", () => {
  it("expiry 2026-11-14: window from Saturday 8/15 → Monday 8/17; grace to Sunday 2027-02-28 → Friday 2/26", () => {
    const e = evaluateIso({ certificateExpiry: "2026-11-14" }, "2026-10-01");
    expect(e.certificate).toMatchObject({
      expiresOn: "2026-11-14",
      lastCounterDay: "2026-11-13",
      renewalOpensOn: "2026-08-15",
      firstCounterDay: "2026-08-17",
      graceEndsOn: "2027-02-28",
      graceLastCounterDay: "2027-02-26",
    });
  });
  it("the card's renewal too: card 2031-11-14 (Friday), renewal from 2031-08-15 (Friday)", () => {
    const e = evaluateIso({ birthDate: "1985-11-14", cardExpiry: "2031-11-14" }, "2026-11-01");
    expect(e.card).toMatchObject({
      expiresOn: "2031-11-14",
      lastCounterDay: "2031-11-14",
      renewalOpensOn: "2031-08-15",
      firstCounterDay: "2031-08-15",
    });
  });
  it("no caveat when the expiry is an open day and no unannounced holiday decided anything", () => {
    expect(codes("2026-11-13")).toStrictEqual([]);
  });
});

describe("R-COUNTER-2: caveats on holidays not yet announced, and after 2099", () => {
  it("a holiday of a year not yet announced (2030's 秋分の日) decided the last counter day → holidaysProjected", () => {
    expect(last("2030-09-24")).toBe("2030-09-24");
    expect(last("2030-09-23")).toBe("2030-09-20");
    expect(codes("2030-09-23")).toStrictEqual(["expiryOnClosedDay", "holidaysProjected"]);
  });
  it("an announced year (2027) gives no such caveat", () => {
    expect(codes("2027-03-21")).toStrictEqual(["expiryOnClosedDay"]);
  });
  it("2099: the law still applies within the formula; 2099-12-31 → Monday 12/28", () => {
    const e = evaluateIso({ certificateExpiry: "2099-12-31" }, "2099-12-01");
    expect(e.certificate.lastCounterDay).toBe("2099-12-28");
    // its grace ends on 2100-03-31, outside the equinox formula's range
    expect(e.certificate.graceLastCounterDay).toBe("2100-03-31");
    expect(e.caveats.map((c) => c.code)).toStrictEqual(["expiryOnClosedDay", "holidaysOutsideFormula"]);
  });
  it("2100: the equinox days of 2099's rule (3/20, 9/23), with the caveat", () => {
    expect([last("2100-03-20"), last("2100-09-23")]).toStrictEqual(["2100-03-19", "2100-09-22"]);
    expect(codes("2100-09-23", "2100-09-01")).toStrictEqual(["expiryOnClosedDay", "holidaysOutsideFormula"]);
  });
});

describe("the holidays are a value the engine is given", () => {
  // A made-up calendar: only 10 June is a holiday, and nothing is announced.
  const madeUp: HolidayCalendar = { isHoliday: (d) => d.month === 6 && d.day === 10, certainty: () => "projected" };

  it("a made-up holiday closes the counter; a real one does not", () => {
    expect([last("2026-06-10", madeUp), last("2026-11-03", madeUp)]).toStrictEqual(["2026-06-09", "2026-11-03"]);
  });
  it("the engine follows the calendar it is given (and its certainty)", () => {
    const outcome = evaluate({ certificateExpiry: plainDate("2026-06-10") }, plainDate("2026-05-01"), madeUp);
    expect(outcome.ok && outcome.evaluation.certificate.lastCounterDay).toBe("2026-06-09");
    expect(outcome.ok && outcome.evaluation.caveats.map((c) => c.code)).toStrictEqual([
      "expiryOnClosedDay",
      "holidaysProjected",
    ]);
  });
  it("weekends and the year-end closure need no calendar", () => {
    const none: HolidayCalendar = { isHoliday: () => false, certainty: () => "announced" };
    expect([last("2026-11-14", none), last("2027-01-02", none)]).toStrictEqual(["2026-11-13", "2026-12-28"]);
  });
});

describe("properties (R-COUNTER-1), 2016–2100", () => {
  const day = fc.integer({ min: 0, max: 31_000 }).map((n) => plainDate("2016-01-01").add({ days: n }));
  it("the last counter day is open, not after the date, and every day after it up to the date is closed", () => {
    fc.assert(
      fc.property(day, (date) => {
        const found = lastCounterDayOnOrBefore(date, JAPAN_HOLIDAYS).day;
        expect(isCounterDay(found, JAPAN_HOLIDAYS)).toBe(true);
        const gap = found.daysUntil(date);
        expect(gap).toBeGreaterThanOrEqual(0);
        expect(gap).toBeLessThanOrEqual(10); // the longest closure: 2019's Golden Week with a weekend
        for (let i = 1; i <= gap; i++) expect(isCounterDay(found.add({ days: i }), JAPAN_HOLIDAYS)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
  it("the first counter day is open, not before the date, and every day before it from the date is closed", () => {
    fc.assert(
      fc.property(day, (date) => {
        const found = firstCounterDayOnOrAfter(date, JAPAN_HOLIDAYS).day;
        expect(isCounterDay(found, JAPAN_HOLIDAYS)).toBe(true);
        const gap = date.daysUntil(found);
        expect(gap).toBeGreaterThanOrEqual(0);
        for (let i = 0; i < gap; i++) expect(isCounterDay(date.add({ days: i }), JAPAN_HOLIDAYS)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("evaluationCounterDays: the table gives what the day-by-day searches give (R-COUNTER-1, R-COUNTER-2)", () => {
  /** The plain path: five searches asking the calendar day by day, and counterCaveats on them. */
  function daySearches(
    certificate: { expiresOn: PlainDate; renewalOpensOn: PlainDate; graceEndsOn: PlainDate },
    card: { expiresOn: PlainDate; renewalOpensOn: PlainDate } | null,
    holidays: HolidayCalendar,
  ) {
    const searches = [
      lastCounterDayOnOrBefore(certificate.expiresOn, holidays),
      firstCounterDayOnOrAfter(certificate.renewalOpensOn, holidays),
      lastCounterDayOnOrBefore(certificate.graceEndsOn, holidays),
    ];
    const cardSearches = card
      ? [lastCounterDayOnOrBefore(card.expiresOn, holidays), firstCounterDayOnOrAfter(card.renewalOpensOn, holidays)]
      : [];
    return {
      certificate: {
        lastCounterDay: searches[0]!.day.toString(),
        firstCounterDay: searches[1]!.day.toString(),
        graceLastCounterDay: searches[2]!.day.toString(),
      },
      card: card && {
        lastCounterDay: cardSearches[0]!.day.toString(),
        firstCounterDay: cardSearches[1]!.day.toString(),
      },
      caveats: counterCaveats(certificate.expiresOn, [...searches, ...cardSearches], holidays),
    };
  }
  const asText = (c: ReturnType<typeof evaluationCounterDays>) => ({
    certificate: {
      lastCounterDay: c.certificate.lastCounterDay.toString(),
      firstCounterDay: c.certificate.firstCounterDay.toString(),
      graceLastCounterDay: c.certificate.graceLastCounterDay.toString(),
    },
    card: c.card && {
      lastCounterDay: c.card.lastCounterDay.toString(),
      firstCounterDay: c.card.firstCounterDay.toString(),
    },
    caveats: c.caveats,
  });

  // Calendars: the shipped one; the same with 2030 announced; made-up ones (a holiday every
  // Monday and Friday gives long closures; one whose every year is outside the formula).
  const calendars: [string, HolidayCalendar][] = [
    ["shipped", JAPAN_HOLIDAYS],
    ["announced through 2030", holidayCalendar(undefined, 2030)],
    ["10 June", { isHoliday: (d) => d.month === 6 && d.day === 10, certainty: () => "projected" }],
    [
      "Mondays and Fridays",
      {
        // 2024-01-01 was a Monday.
        isHoliday: (d) => [0, 4].includes(((plainDate("2024-01-01").daysUntil(d) % 7) + 7) % 7),
        certainty: (y) => (y % 3 === 0 ? "projected" : y % 3 === 1 ? "announced" : "outsideFormula"),
      },
    ],
  ];
  // Days anywhere 1900–2200, and many near the closures and the years where certainty changes:
  // the year end, Golden Week, the silver week, 1979/1980, 2027/2028, 2050/2051, 2099/2100.
  const anyDay = fc.integer({ min: 0, max: 109_572 }).map((n) => plainDate("1900-01-01").addDays(n));
  const nearDay = fc
    .record({
      year: fc.constantFrom(1979, 1980, 2019, 2026, 2027, 2028, 2050, 2051, 2099, 2100, 2101),
      month: fc.constantFrom(1, 4, 5, 9, 12),
      day: fc.integer({ min: -6, max: 35 }),
    })
    .map(({ year, month, day }) => plainDate(`${year}-${String(month).padStart(2, "0")}-01`).addDays(day - 1));
  const day = fc.oneof(anyDay, nearDay);

  it.each(calendars)("with the %s calendar, for every date (5,000 runs)", (_, holidays) => {
    fc.assert(
      fc.property(day, day, day, fc.option(fc.tuple(day, day)), (expiresOn, renewalOpensOn, graceEndsOn, card) => {
        const certificate = { expiresOn, renewalOpensOn, graceEndsOn };
        const cardDates = card && { expiresOn: card[0], renewalOpensOn: card[1] };
        expect(asText(evaluationCounterDays(certificate, cardDates, holidays))).toStrictEqual(
          daySearches(certificate, cardDates, holidays),
        );
      }),
      { numRuns: 5000 },
    );
  });
  it.each(calendars)(
    "another reading's last counter day by table, with the %s calendar (2,000 runs)",
    (_, holidays) => {
      fc.assert(
        fc.property(day, (graceEndsOn) => {
          expect(lastCounterDayByTable(graceEndsOn, holidays)).toStrictEqual(
            lastCounterDayOnOrBefore(graceEndsOn, holidays).day,
          );
        }),
        { numRuns: 2000 },
      );
    },
  );
  it.each(calendars)("the 「窓口へ」 reminder by table, with the %s calendar (2,000 runs)", (_, holidays) => {
    // The plain path: a week back, then the nearer of the day-by-day searches (earlier on a tie).
    const plainReminder = (deadline: PlainDate) => {
      const weekBefore = deadline.addDays(-COUNTER_REMINDER_DAYS);
      const earlier = lastCounterDayOnOrBefore(weekBefore, holidays).day;
      const later = firstCounterDayOnOrAfter(weekBefore, holidays).day;
      const laterIsNearer =
        later.daysUntil(deadline) > 0 && weekBefore.daysUntil(later) < earlier.daysUntil(weekBefore);
      return laterIsNearer ? later : earlier;
    };
    fc.assert(
      fc.property(day, (deadline) => {
        expect(counterReminderDay(deadline, holidays)).toStrictEqual(plainReminder(deadline));
      }),
      { numRuns: 2000 },
    );
  });
  it("on every day 2016–2100 of the shipped calendar, as an expiry and as a window start", () => {
    let mismatches = 0;
    for (let d = plainDate("2016-01-01"); d.year <= 2100; d = d.addDays(1)) {
      const certificate = { expiresOn: d, renewalOpensOn: d, graceEndsOn: d };
      const table = asText(evaluationCounterDays(certificate, null, JAPAN_HOLIDAYS));
      if (JSON.stringify(table) !== JSON.stringify(daySearches(certificate, null, JAPAN_HOLIDAYS))) mismatches++;
    }
    expect(mismatches).toBe(0);
  });
});
