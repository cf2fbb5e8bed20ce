// The calendar builder on its own (the Worker's calendar.ics is tested in test/api/calendar.test.ts):
// many people in one file, labels before titles, unique UIDs, parsed back with ical.js.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarText, certificateEvents } from "./events.ts";
import { calendarWords } from "./words.ts";

// rules.md "Stage by day": expiry 2025-03-20 → renewal from 2024-12-21 (R-RENEW-1), grace to
// 2025-06-30 (R-INS-1); the notice letter is expected by 2025-01-20 (R-RENEW-3); 3/20 is 春分の日,
// so the last counter day is 2025-03-19 (R-COUNTER-1).
const certificate = {
  renewalOpensOn: "2024-12-21",
  noticeExpectedTo: "2025-01-20",
  lastCounterDay: "2025-03-19",
  expiresOn: "2025-03-20",
  graceEndsOn: "2025-06-30",
};

const parse = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));

describe("certificateEvents", () => {
  it("takes every date from the certificate, in date order", () => {
    expect(certificateEvents(certificate)).toStrictEqual([
      { kind: "renewalOpens", date: "2024-12-21" },
      { kind: "reminder", date: "2025-01-20" },
      { kind: "lastCounterDay", date: "2025-03-19" },
      { kind: "certificateExpires", date: "2025-03-20" },
      { kind: "graceEnds", date: "2025-06-30" },
    ]);
  });
});

describe("the 「窓口へ」 event (R-COUNTER-1)", () => {
  it("falls on the last counter day and rings at 09:00 that day and at 09:00 a week before", () => {
    const text = calendarText(
      [{ events: certificateEvents(certificate), checkUrl: "https://x.test/" }],
      calendarWords("ja"),
      "2024-12-01",
      "myna.test",
    );
    const event = parse(text).find((e) => e.uid.startsWith("20250319-lastCounterDay"))!;
    expect(event.summary).toBe(calendarWords("ja").summary.lastCounterDay);
    const triggers = event.component
      .getAllSubcomponents("valarm")
      .map((a) => a.getFirstPropertyValue("trigger")!.toString());
    expect(triggers).toStrictEqual(["PT9H", "-P6DT15H"]);
    // 2025-03-19 minus 6 days 15 hours from midnight = 2025-03-12 at 09:00
    const early = event.startDate.clone();
    early.isDate = false;
    early.addDuration(ICAL.Duration.fromString("-P6DT15H"));
    expect(early.toString()).toBe("2025-03-12T09:00:00");
  });
});

describe("calendarText for a list", () => {
  const words = calendarWords("ja");
  const entries = [
    {
      events: certificateEvents(certificate),
      checkUrl: "https://myna.test/check/#certificateExpiry=2025-03-20",
      label: "101号室, 山田;様",
      uidSuffix: "a1",
    },
    {
      events: certificateEvents(certificate),
      checkUrl: "https://myna.test/check/#certificateExpiry=2025-03-20",
      label: "102号室",
      uidSuffix: "b2",
    },
  ];

  it("puts each person's label before every title, escaped and read back intact", () => {
    const events = parse(calendarText(entries, words, "2024-12-01", "myna.test"));
    expect(events).toHaveLength(10);
    expect(events[0]!.summary).toBe(`101号室, 山田;様：${words.summary.renewalOpens}`);
    expect(events[9]!.summary).toBe(`102号室：${words.summary.graceEnds}`);
  });

  it("keeps UIDs unique across people and stable across days", () => {
    const uids = (today: string) => parse(calendarText(entries, words, today, "myna.test")).map((e) => e.uid);
    expect(new Set(uids("2024-12-01")).size).toBe(10);
    expect(uids("2025-02-01")).toStrictEqual(uids("2024-12-01"));
    expect(uids("2024-12-01")[0]).toBe("20241221-renewalOpens-a1@myna.test");
  });

  it("without labels and suffixes writes the single-certificate form", () => {
    const [event] = parse(
      calendarText(
        [{ events: certificateEvents(certificate), checkUrl: "https://x.test/" }],
        calendarWords("en"),
        "2024-12-01",
        "myna.test",
      ),
    );
    expect(event!.uid).toBe("20241221-renewalOpens@myna.test");
    expect(event!.summary).toBe(calendarWords("en").summary.renewalOpens);
  });
});
