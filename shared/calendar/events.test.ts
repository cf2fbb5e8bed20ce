// The calendar builder on its own (the Worker's calendar.ics is tested in test/api/calendar.test.ts):
// only days from `today` on, the 「窓口へ」 reminder the engine gives (its date is tested in
// shared/rules/counter-reminder.test.ts), many people in one file, labels before titles, unique
// UIDs; every file parsed back with ical.js.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { plainDate } from "#shared/rules/plain-date.ts";
import { evaluateIso } from "#shared/rules/test/evaluate-iso.ts";
import { calendarText, certificateEvents } from "./events.ts";
import { calendarWords } from "./words.ts";

// rules.md "Stage by day": expiry 2025-03-20 → renewal from 2024-12-21 (R-RENEW-1), grace to
// 2025-06-30 (R-INS-1); the notice letter is expected by 2025-01-20 (R-RENEW-3); 3/20 is 春分の日,
// so the last counter day is 2025-03-19 (R-COUNTER-1), and 「窓口へ」 comes a week before it;
// 2025-06-30 is a Monday, the grace's own last counter day.
const certificate = {
  renewalOpensOn: "2024-12-21",
  noticeExpectedTo: "2025-01-20",
  counterReminderDay: "2025-03-12",
  lastCounterDay: "2025-03-19",
  expiresOn: "2025-03-20",
  graceEndsOn: "2025-06-30",
  graceLastCounterDay: "2025-06-30",
};
/** The same certificate as the engine answers on `today` (its 「窓口へ」 day depends on it). */
const evaluatedOn = (today: string) => evaluateIso({ certificateExpiry: certificate.expiresOn }, today).certificate;
/** The events of the certificate evaluated on `today`, as calendar.ics and the pages build them. */
const eventsOn = (today: string) => certificateEvents(evaluatedOn(today), today);

const day = (iso: string, days: number) => plainDate(iso).add({ days }).toString();

const parse = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));

describe("certificateEvents", () => {
  it("takes every date from the evaluation, in date order, with 「窓口へ」 a week before the last counter day", () => {
    expect(evaluatedOn("2024-12-01")).toMatchObject(certificate);
    expect(eventsOn("2024-12-01")).toStrictEqual([
      { kind: "renewalOpens", date: "2024-12-21" },
      { kind: "reminder", date: "2025-01-20" },
      { kind: "counterSoon", date: "2025-03-12" },
      { kind: "lastCounterDay", date: "2025-03-19" },
      // 春分の日: the counter is closed on the expiry itself (R-COUNTER-1, review7 #1).
      { kind: "certificateExpires", date: "2025-03-20", closed: true },
      { kind: "graceEnds", date: "2025-06-30" },
    ]);
  });

  // Boundaries: today the day before, of and after each event. An event on today stays (its
  // 09:00 alarm is today's); the day after, it is gone.
  it.each([
    ["renewalOpens", "2024-12-21"],
    ["reminder", "2025-01-20"],
    ["counterSoon", "2025-03-12"],
    ["lastCounterDay", "2025-03-19"],
    ["certificateExpires", "2025-03-20"],
    ["graceEnds", "2025-06-30"],
  ] as const)("keeps %s (%s) up to its own day and leaves it out the day after", (kind, date) => {
    const has = (today: string) => eventsOn(today).some((e) => e.kind === kind && e.date === date);
    expect(has(day(date, -1))).toBe(true);
    expect(has(date)).toBe(true);
    expect(has(day(date, 1))).toBe(false);
  });

  it("has no event before today, on any day from a year before the window to after the grace", () => {
    for (let today = "2024-01-01"; today <= "2025-08-01"; today = day(today, 1)) {
      const events = eventsOn(today);
      expect(events.every((e) => e.date >= today)).toBe(true);
      expect(events.map((e) => e.date)).toStrictEqual(events.map((e) => e.date).sort());
    }
  });

  it("moves 「窓口へ」 to a week before the grace's last counter day once the last counter day has passed, worded for the grace (R-COUNTER-1, review7 #9)", () => {
    const soon = (today: string) =>
      eventsOn(today).filter((e) => e.kind === "counterSoon" || e.kind === "graceCounterSoon");
    expect(soon("2025-03-12")).toStrictEqual([{ kind: "counterSoon", date: "2025-03-12" }]);
    expect(soon("2025-03-19")).toStrictEqual([]); // the week before has passed; the day itself is an event
    // The day after the last counter day: the reminder is counted from the grace's (2025-06-30).
    expect(soon("2025-03-20")).toStrictEqual([{ kind: "graceCounterSoon", date: "2025-06-23" }]);
    expect(soon("2025-06-23")).toStrictEqual([{ kind: "graceCounterSoon", date: "2025-06-23" }]);
    expect(soon("2025-06-24")).toStrictEqual([]);
  });

  it.each([
    // Review8 #1: E1 2026-09-30 → grace to Thu 12-31, in the year-end closure: counter last open 12-28.
    ["2026-09-30", "2026-12-02", "2026-12-28", "2026-12-31"],
    ["2026-10-01", "2026-12-02", "2027-01-29", "2027-01-31"], // grace to Sun 01-31
    // E 2026-11-10 → grace to Sun 2027-02-28: counter last open Fri 02-26.
    ["2026-11-10", "2026-12-02", "2027-02-26", "2027-02-28"],
  ])(
    "a grace ending on a closed day (%s): its last counter day is an event (R-COUNTER-1, review8 #1)",
    (expiry, today, last, graceEnd) => {
      const evaluation = evaluateIso({ certificateExpiry: expiry }, today);
      const events = certificateEvents(evaluation.certificate, evaluation.today);
      expect(events.filter((e) => e.kind === "graceLastCounterDay" || e.kind === "graceEnds")).toStrictEqual([
        { kind: "graceLastCounterDay", date: last },
        { kind: "graceEnds", date: graceEnd },
      ]);
      // The day after it, it is gone; the grace end stays.
      const after = evaluateIso({ certificateExpiry: expiry }, day(last, 1));
      expect(certificateEvents(after.certificate, after.today).map((e) => e.kind)).toStrictEqual(["graceEnds"]);
    },
  );

  it("no grace last counter day event when the grace ends on an open day: the grace end is that day", () => {
    const evaluation = evaluateIso({ certificateExpiry: "2026-03-15" }, "2026-04-01");
    expect(certificateEvents(evaluation.certificate, evaluation.today).map((e) => e.kind)).not.toContain(
      "graceLastCounterDay",
    );
  });

  it("has nothing ahead for a lapsed certificate", () => {
    expect(eventsOn("2025-07-01")).toStrictEqual([]);
  });

  it("has no reminder when no notice letter is expected (R-CARD-4)", () => {
    const kinds = certificateEvents({ ...certificate, noticeExpectedTo: null }, "2024-12-01").map((e) => e.kind);
    expect(kinds).not.toContain("reminder");
  });

  it("follows a real evaluation: a Sunday expiry, the counter last open on Friday (R-COUNTER-1)", () => {
    const evaluation = evaluateIso({ certificateExpiry: "2026-03-15" }, "2026-03-01");
    expect(certificateEvents(evaluation.certificate, evaluation.today)).toStrictEqual([
      { kind: "counterSoon", date: "2026-03-06" },
      { kind: "lastCounterDay", date: "2026-03-13" },
      { kind: "certificateExpires", date: "2026-03-15", closed: true },
      { kind: "graceEnds", date: "2026-06-30" },
    ]);
  });
});

describe("calendarText", () => {
  const ja = calendarWords("ja");
  const text = (today: string) =>
    calendarText([{ events: eventsOn(today), checkUrl: "https://x.test/" }], ja, today, "myna.test");

  it("gives every event one alarm, at 09:00 on its own day, so no alarm rings before the event's day", () => {
    for (const event of parse(text("2024-12-01"))) {
      const triggers = event.component
        .getAllSubcomponents("valarm")
        .map((a) => a.getFirstPropertyValue("trigger")!.toString());
      expect(triggers).toStrictEqual(["PT9H"]);
    }
  });

  it("writes the 「窓口へ」 reminder with its words, a week before the last counter day", () => {
    const event = parse(text("2024-12-01")).find((e) => e.uid.startsWith("20250312-counterSoon"))!;
    expect(event.summary).toBe(ja.summary.counterSoon);
    expect(event.summary.startsWith("窓口へ")).toBe(true);
    expect(event.description).toContain(ja.detail.counterSoon);
  });

  it("holds no event before today when parsed back (today on the day before, of and after the expiry)", () => {
    for (const today of ["2025-03-19", "2025-03-20", "2025-03-21"]) {
      const dates = parse(text(today)).map((e) => e.startDate.toString());
      expect(dates.length).toBeGreaterThan(0);
      expect(dates.every((d) => d >= today)).toBe(true);
    }
    expect(parse(text("2025-03-21")).map((e) => e.startDate.toString())).toStrictEqual(["2025-06-23", "2025-06-30"]);
  });

  it("is still a calendar when nothing is ahead", () => {
    const parsed = new ICAL.Component(ICAL.parse(text("2025-07-01")));
    expect(parsed.getFirstPropertyValue("x-wr-calname")).toBe(ja.calendarName);
    expect(parsed.getAllSubcomponents("vevent")).toHaveLength(0);
  });
});

describe("calendarText for a list", () => {
  const words = calendarWords("ja");
  const entries = [
    {
      events: certificateEvents(certificate, "2024-12-01"),
      checkUrl: "https://myna.test/check/#certificateExpiry=2025-03-20",
      label: "101号室, 山田;様",
      uidSuffix: "a1",
    },
    {
      events: certificateEvents(certificate, "2024-12-01"),
      checkUrl: "https://myna.test/check/#certificateExpiry=2025-03-20",
      label: "102号室",
      uidSuffix: "b2",
    },
  ];

  it("puts each person's label before every title, escaped and read back intact", () => {
    const events = parse(calendarText(entries, words, "2024-12-01", "myna.test"));
    expect(events).toHaveLength(12);
    expect(events[0]!.summary).toBe(`101号室, 山田;様：${words.summary.renewalOpens}`);
    expect(events[11]!.summary).toBe(`102号室：${words.summary.graceEnds}`);
  });

  it("keeps UIDs unique across people and stable across days", () => {
    const uids = (today: string) => parse(calendarText(entries, words, today, "myna.test")).map((e) => e.uid);
    expect(new Set(uids("2024-12-01")).size).toBe(12);
    expect(uids("2025-02-01")).toStrictEqual(uids("2024-12-01"));
    expect(uids("2024-12-01")[0]).toBe("20241221-renewalOpens-a1@myna.test");
  });

  it("without labels and suffixes writes the single-certificate form", () => {
    const [event] = parse(
      calendarText(
        [{ events: certificateEvents(certificate, "2024-12-01"), checkUrl: "https://x.test/" }],
        calendarWords("en"),
        "2024-12-01",
        "myna.test",
      ),
    );
    expect(event!.uid).toBe("20241221-renewalOpens@myna.test");
    expect(event!.summary).toBe(calendarWords("en").summary.renewalOpens);
  });
});
