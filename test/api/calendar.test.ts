import { env } from "cloudflare:test";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { answerEvents, calendarAnswer, calendarQuery, eventText } from "#shared/calendar/events.ts";
import { calendarWords } from "#shared/calendar/words.ts";
import { API_TEXTS, CATALOGS } from "#shared/messages/index.ts";
import { evaluateIso, type IsoInput } from "#shared/rules/test/evaluate-iso.ts";
import { api, errorCodes } from "./helpers.ts";

const CALENDAR = "/api/v1/calendar.ics";
/** A day before every event of a certificate expiring on 2026-03-15 (renewal opens 2025-12-16). */
const BEFORE = "today=2025-12-01";
/** PUBLIC_ORIGIN as vitest.config.ts sets it; requests go to helpers' ORIGIN, another host. */
const PUBLIC = env.PUBLIC_ORIGIN;

async function calendar(query: string, init?: RequestInit) {
  const res = await api(`${CALENDAR}?${query}`, init);
  return { res, text: await res.text() };
}

describe("GET /api/v1/calendar.ics", () => {
  it("is a text/calendar attachment", async () => {
    const { res } = await calendar(`certificateExpiry=2026-03-15&${BEFORE}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="myna-expiry.ics"');
    expect(res.headers.get("ETag")).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(res.headers.get("Cache-Control")).toMatch(/^public, max-age=\d+$/);
  });

  it("parses with ical.js: one all-day event per milestone, each with a display alarm", async () => {
    const { text } = await calendar(`certificateExpiry=2026-03-15&${BEFORE}`);
    const vcalendar = new ICAL.Component(ICAL.parse(text));
    expect(vcalendar.getFirstPropertyValue("version")).toBe("2.0");
    const events = vcalendar.getAllSubcomponents("vevent").map((vevent) => {
      const event = new ICAL.Event(vevent);
      const start = event.startDate;
      const alarm = vevent.getFirstSubcomponent("valarm")!;
      return {
        uid: event.uid,
        date: start.toString(),
        allDay: start.isDate,
        end: event.endDate.toString(),
        summary: event.summary,
        url: vevent.getFirstPropertyValue("url"),
        alarm: [alarm.getFirstPropertyValue("action"), alarm.getFirstPropertyValue("trigger")!.toString()],
        stamp: vevent.getFirstPropertyValue("dtstamp")!.toString().length > 0,
      };
    });
    const url = `${PUBLIC}/check/#certificateExpiry=2026-03-15`;
    const common = { allDay: true, url, alarm: ["DISPLAY", "PT9H"], stamp: true };
    expect(events).toStrictEqual([
      {
        uid: "20251216-renewalOpens@public.myna.test",
        date: "2025-12-16",
        end: "2025-12-17",
        summary: CATALOGS.ja.milestone.renewalOpens,
        ...common,
      },
      {
        uid: "20260115-reminder@public.myna.test",
        date: "2026-01-15",
        end: "2026-01-16",
        summary: API_TEXTS.ja.calendar.reminderSummary,
        ...common,
      },
      // R-COUNTER-1: 2026-03-15 is a Sunday; the counter is last open on Friday 3/13, and the
      // 「窓口へ」 reminder comes a week before, on Friday 3/6.
      {
        uid: "20260306-counterSoon@public.myna.test",
        date: "2026-03-06",
        end: "2026-03-07",
        summary: API_TEXTS.ja.calendar.counterSoonSummary,
        ...common,
      },
      {
        uid: "20260313-lastCounterDay@public.myna.test",
        date: "2026-03-13",
        end: "2026-03-14",
        summary: API_TEXTS.ja.calendar.lastCounterDaySummary,
        ...common,
      },
      {
        uid: "20260315-certificateExpires@public.myna.test",
        date: "2026-03-15",
        end: "2026-03-16",
        summary: CATALOGS.ja.milestone.certificateExpires,
        ...common,
      },
      {
        uid: "20260630-graceEnds@public.myna.test",
        date: "2026-06-30",
        end: "2026-07-01",
        summary: CATALOGS.ja.milestone.graceEnds,
        ...common,
      },
    ]);
    const description = new ICAL.Event(vcalendar.getFirstSubcomponent("vevent")!).description;
    expect(description).toContain(url);
  });

  it("uses CRLF line ends and folds every line at 75 octets without splitting characters", async () => {
    const { text } = await calendar(`certificateExpiry=2026-03-15&${BEFORE}`);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    const lines = text.split("\r\n").slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).byteLength).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    expect(text).not.toContain("\uFFFD");
  });

  it("writes English with lang=en and links to the English checker", async () => {
    const { text } = await calendar(`certificateExpiry=R8.3.15&lang=en&${BEFORE}`);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.summary)).toStrictEqual([
      CATALOGS.en.milestone.renewalOpens,
      API_TEXTS.en.calendar.reminderSummary,
      API_TEXTS.en.calendar.counterSoonSummary,
      API_TEXTS.en.calendar.lastCounterDaySummary,
      CATALOGS.en.milestone.certificateExpires,
      CATALOGS.en.milestone.graceEnds,
    ]);
    expect(events[0]!.component.getFirstPropertyValue("url")).toBe(`${PUBLIC}/en/check/#certificateExpiry=2026-03-15`);
  });

  it("writes やさしい日本語 with lang=ja-easy and links to the plain-Japanese checker", async () => {
    const { text, res } = await calendar(`certificateExpiry=2026-03-15&lang=ja-easy&${BEFORE}`);
    const parsed = new ICAL.Component(ICAL.parse(text));
    const events = parsed.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    expect(parsed.getFirstPropertyValue("x-wr-calname")).toBe(API_TEXTS["ja-easy"].calendar.calendarName);
    expect(events[1]!.summary).toBe(API_TEXTS["ja-easy"].calendar.reminderSummary);
    expect(events[1]!.description).toContain(API_TEXTS["ja-easy"].calendar.reminderDetail);
    expect(events[0]!.component.getFirstPropertyValue("url")).toBe(
      `${PUBLIC}/easy/check/#certificateExpiry=2026-03-15`,
    );
    expect(res.headers.get("Content-Language")).toBe("ja");
  });

  it("takes links and the UID domain from PUBLIC_ORIGIN, whatever the Host header says", async () => {
    expect(PUBLIC).toBe("https://public.myna.test");
    const { text } = await calendar(`certificateExpiry=2026-03-15&${BEFORE}`, {
      headers: { Host: "attacker.example" },
    });
    expect(text).not.toContain("attacker");
    expect(text).not.toContain("//myna.test/");
    expect(text.replace(/\r\n /g, "")).toContain(`URL:${PUBLIC}/check/#certificateExpiry=2026-03-15`);
    expect(text).toContain("UID:20260315-certificateExpires@public.myna.test");
  });

  it("keeps UIDs stable across requests and languages", async () => {
    const uids = async (query: string) =>
      new ICAL.Component(ICAL.parse((await calendar(query)).text))
        .getAllSubcomponents("vevent")
        .map((e) => e.getFirstPropertyValue("uid"));
    expect(await uids(`certificateExpiry=2026-03-15&lang=en&${BEFORE}`)).toStrictEqual(
      await uids(`certificateExpiry=2026-03-15&${BEFORE}`),
    );
  });

  it("puts the reminder on the notice letter's last expected day, clamped to a shorter month (R-RENEW-3)", async () => {
    const { text } = await calendar("certificateExpiry=2027-04-30&today=2027-01-01");
    expect(text).toContain("UID:20270228-reminder@public.myna.test");
  });

  describe("with the card's expiry: the card's step, as the checker and the list say it (review A3)", () => {
    const ja = API_TEXTS.ja.calendar;
    /** Every event as ical.js reads it back: its kind (from the UID), day, title and description. */
    const read = async (query: string) =>
      new ICAL.Component(ICAL.parse((await calendar(query)).text)).getAllSubcomponents("vevent").map((vevent) => {
        const event = new ICAL.Event(vevent);
        return {
          kind: event.uid.split(/[-@]/)[1],
          date: event.startDate.toString(),
          summary: event.summary,
          detail: event.description.split("\n")[0],
        };
      });

    it("a certificate ending before a card whose window is open (review7 #1b, R-CARD-6): a new card", async () => {
      // The card's window opens 2026-11-11 (expiry 2027-02-10 − 3 months + 1 day), counted by the Worker.
      const query = "certificateExpiry=2026-12-20&cardExpiry=2027-02-10";
      const from = await read(`${query}&today=2026-11-11`);
      // No counter day either (review8 #11): the certificate's renewal is only a bridge.
      expect(from.map((e) => [e.kind, e.summary])).toStrictEqual([
        ["certificateExpires", CATALOGS.ja.milestone.certificateExpires],
        ["cardApplication", ja.cardApplicationSummary], // 2027-01-06, five weeks before (review7 #12)
        ["cardExpires", CATALOGS.ja.milestone.cardExpires],
        ["graceEnds", CATALOGS.ja.milestone.graceEnds],
      ]);
      expect(from.every((e) => e.detail === ja.newCardDetail)).toBe(true);
      // The day before the window opens: the certificate's own renewal.
      const before = await read(`${query}&today=2026-11-10`);
      expect(before.every((e) => e.detail !== ja.newCardDetail)).toBe(true);
      expect(before.map((e) => e.kind)).not.toContain("cardExpires");
    });

    it("an expired card (R-INFER-5, R-CERT-4): the grace end alone, a new card and no re-issue", async () => {
      const events = await read("certificateExpiry=2026-11-11&cardExpiry=2026-11-11&today=2026-12-02");
      expect(events).toStrictEqual([
        {
          kind: "graceEnds",
          date: "2027-02-28",
          summary: CATALOGS.ja.milestone.graceEnds,
          detail: ja.cardExpiredDetail,
        },
      ]);
      expect(ja.cardExpiredDetail).not.toContain("いつでも");
    });

    it("card and certificate ending together (R-CARD-5, R-CARD-6): the card's titles and a new card", async () => {
      const events = await read("certificateExpiry=2027-01-20&cardExpiry=2027-01-20&today=2026-12-02");
      // No 「窓口へ」 a week before: a new card takes about a month (R-CARD-6, review7 #12); its
      // application's reminder five weeks before the card ends instead (12-16).
      expect(events.map((e) => [e.kind, e.summary])).toStrictEqual([
        // and no 「窓口へ」 on the card's last day (review8 #11): a counter visit then gets no card.
        ["cardApplication", ja.cardApplicationSummary],
        ["certificateExpires", CATALOGS.ja.milestone.cardExpires],
        ["graceEnds", CATALOGS.ja.milestone.graceEnds],
      ]);
      expect(events.every((e) => e.detail === ja.newCardDetail)).toBe(true);
    });

    it("a card that ends with the stay (R-CARD-4): extend it; no window opening, no letter", async () => {
      const stay = "certificateExpiry=2027-02-10&cardExpiry=2027-02-10&periodOfStayEndsOn=2027-02-10";
      const events = await read(`${stay}&today=2026-11-01`);
      expect(events.map((e) => e.kind)).toStrictEqual([
        "counterSoon",
        "lastCounterDay",
        "certificateExpires",
        "graceEnds",
      ]);
      expect(events.every((e) => e.detail === ja.extendCardDetail)).toBe(true);
    });

    it("a card that outlives the certificate changes nothing: the certificate's own words", async () => {
      expect(await read(`certificateExpiry=2026-03-15&cardExpiry=2031-03-15&${BEFORE}`)).toStrictEqual(
        await read(`certificateExpiry=2026-03-15&${BEFORE}`),
      );
    });

    it.each([
      ["an expired card", { birthDate: "1936-11-11", cardExpiry: "2026-11-11" }],
      ["a 5-year card in its window", { birthDate: "2012-01-20", cardExpiry: "2027-01-20" }],
      ["a card that outlives its certificate", { birthDate: "1985-11-14", cardExpiry: "2031-11-14" }],
    ] as [string, IsoInput][])("the checker's link for %s gives the checker's own events", async (_label, input) => {
      // What the checker builds from the whole answer (its Google links), and what it sends.
      const answer = calendarAnswer(evaluateIso(input, "2026-12-02"));
      const { events, wording } = answerEvents(answer);
      const query = calendarQuery(answer);
      expect(Object.keys(query)).not.toContain("birthDate");
      const words = calendarWords("ja");
      expect(await read(`${new URLSearchParams({ ...query, today: "2026-12-02" })}`)).toStrictEqual(
        events.map((event) => {
          const text = eventText(event, { ...wording, unsure: false }, words);
          return { kind: event.kind, date: event.date, summary: text.summary, detail: text.detail };
        }),
      );
    });
  });

  it.each([
    [
      "a card that ends before the certificate",
      "certificateExpiry=2026-03-15&cardExpiry=2026-01-15",
      [{ field: "certificateExpiry", code: "certificate_outlives_card" }],
    ],
    [
      "a stay that ends before the card",
      "certificateExpiry=2026-03-15&cardExpiry=2026-03-15&periodOfStayEndsOn=2026-01-15",
      [{ field: "periodOfStayEndsOn", code: "stay_ends_before_card_expiry" }],
    ],
    ["no date", "", [{ field: "certificateExpiry", code: "required" }]],
    ["a bad date", "certificateExpiry=2026-13-01", [{ field: "certificateExpiry", code: "not_a_real_date" }]],
    ["a bad today", "certificateExpiry=2026-03-15&today=2026-02-30", [{ field: "today", code: "not_a_real_date" }]],
    [
      "an unknown field",
      "certificateExpiry=2026-03-15&birthDate=1985-11-14",
      [{ field: "birthDate", code: "unknown_field" }],
    ],
  ])("refuses %s with problem+json", async (_label, query, errors) => {
    expect(await errorCodes(await api(`${CALENDAR}?${query}`))).toStrictEqual({ status: 400, errors });
  });

  describe("no event and no alarm before today", () => {
    const events = async (today: string) =>
      new ICAL.Component(ICAL.parse((await calendar(`certificateExpiry=2026-03-15&today=${today}`)).text))
        .getAllSubcomponents("vevent")
        .map((vevent) => ({
          kind: vevent.getFirstPropertyValue("uid")!.toString().split(/[-@]/)[1],
          date: new ICAL.Event(vevent).startDate.toString(),
          triggers: vevent.getAllSubcomponents("valarm").map((a) => a.getFirstPropertyValue("trigger")!.toString()),
        }));
    const day = (iso: string, days: number) => {
      const d = new Date(`${iso}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + days);
      return d.toISOString().slice(0, 10);
    };

    it.each([
      ["renewalOpens", "2025-12-16"],
      ["reminder", "2026-01-15"],
      ["counterSoon", "2026-03-06"],
      ["lastCounterDay", "2026-03-13"],
      ["certificateExpires", "2026-03-15"],
      ["graceEnds", "2026-06-30"],
    ])("holds %s (%s) with today the day before and of it, not the day after", async (kind, date) => {
      for (const [today, held] of [
        [day(date, -1), true],
        [date, true],
        [day(date, 1), false],
      ] as const) {
        const list = await events(today);
        expect(list.some((e) => e.kind === kind && e.date === date)).toBe(held);
        expect(list.every((e) => e.date >= today)).toBe(true);
        // The only alarm is 09:00 on the event's own day, never before today.
        expect(list.every((e) => e.triggers.length === 1 && e.triggers[0] === "PT9H")).toBe(true);
      }
    });

    it("reminds at the grace's last counter day once the renewal's has passed (R-COUNTER-1, R-INS-1)", async () => {
      // 2026-06-30 is a Tuesday: the grace's last counter day; 「窓口へ」 a week before, 6/23.
      expect(await events("2026-03-14")).toStrictEqual(
        [
          // Worded for the grace: the expiry has passed by then (review7 #9).
          { kind: "graceCounterSoon", date: "2026-06-23", triggers: ["PT9H"] },
          { kind: "certificateExpires", date: "2026-03-15", triggers: ["PT9H"] },
          { kind: "graceEnds", date: "2026-06-30", triggers: ["PT9H"] },
        ].sort((a, b) => a.date.localeCompare(b.date)),
      );
    });

    it("is an empty calendar for a lapsed certificate, and its ETag changes with today", async () => {
      const lapsed = await calendar("certificateExpiry=2026-03-15&today=2026-07-01");
      expect(lapsed.res.status).toBe(200);
      expect(new ICAL.Component(ICAL.parse(lapsed.text)).getAllSubcomponents("vevent")).toHaveLength(0);
      const before = await calendar(`certificateExpiry=2026-03-15&${BEFORE}`);
      expect(before.res.headers.get("ETag")).not.toBe(lapsed.res.headers.get("ETag"));
    });

    it("without today, counts from today in Tokyo: nothing before it", async () => {
      const { text } = await calendar("certificateExpiry=2031-11-14");
      const dates = new ICAL.Component(ICAL.parse(text))
        .getAllSubcomponents("vevent")
        .map((v) => new ICAL.Event(v).startDate.toString());
      const tokyoToday = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
      expect(dates.length).toBeGreaterThan(0);
      expect(dates.every((d) => d >= tokyoToday)).toBe(true);
    });
  });
});

describe("calendar.ics for an estimated expiry (item 2, R-INFER-3)", () => {
  // Born 昭和30年4月1日, card to 2031-04-01: after G1 the answer assumes a renewal (assumedRenewed).
  const face: IsoInput = { birthDate: "1955-04-01", cardExpiry: "2031-04-01" };
  const langs = Object.keys(API_TEXTS) as (keyof typeof API_TEXTS)[];

  it("the checker's link says so, and the file says the dates are estimated, in every language", async () => {
    const query = calendarQuery(calendarAnswer(evaluateIso(face, "2026-12-02")));
    expect(evaluateIso(face, "2026-12-02").certificate.basis).toBe("assumedRenewed");
    expect(query.estimated).toBe("true");
    for (const lang of langs) {
      const { res, text } = await calendar(`${new URLSearchParams({ ...query, today: "2026-12-02", lang })}`);
      expect(res.status).toBe(200);
      const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) expect(event.description).toContain(API_TEXTS[lang].calendar.unsureDetail);
    }
  });

  it("without the flag, dates alone are taken as known; another value is refused", async () => {
    const { text } = await calendar("certificateExpiry=2031-04-01&cardExpiry=2031-04-01&today=2026-12-02");
    expect(text).not.toContain("推定");
    const { res } = await calendar("certificateExpiry=2031-04-01&estimated=yes&today=2026-12-02");
    expect(res.status).toBe(400);
  });
});

describe("calendar.ics for a card expiry that is no birthday (review P1-D, R-INFER-4)", () => {
  // 昭和17年7月4日 with a card to 2027-03-02: most likely a typo, maybe a card that ends with the stay.
  const typo: IsoInput = { birthDate: "1942-07-04", cardExpiry: "2027-03-02" };
  const langs = Object.keys(API_TEXTS) as (keyof typeof API_TEXTS)[];

  it("the checker's link says the stay is a guess, and every language words the events as a condition", async () => {
    const query = calendarQuery(calendarAnswer(evaluateIso(typo, "2026-12-02")));
    expect(query).toMatchObject({ cardExpiryNotBirthday: "true", periodOfStayEndsOn: "2027-03-02" });
    for (const lang of langs) {
      const { res, text } = await calendar(`${new URLSearchParams({ ...query, today: "2026-12-02", lang })}`);
      expect(res.status).toBe(200);
      const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
      expect(events.length).toBeGreaterThan(0);
      const { extendCardIfStayDetail, extendCardDetail } = API_TEXTS[lang].calendar;
      expect(extendCardIfStayDetail).not.toBe(extendCardDetail);
      for (const event of events) expect(event.description.startsWith(extendCardIfStayDetail)).toBe(true);
    }
  });

  it("a stay given as ending that day keeps the plain sentence; another value is refused", async () => {
    const stay = "certificateExpiry=2027-03-02&cardExpiry=2027-03-02&periodOfStayEndsOn=2027-03-02&today=2026-12-02";
    const { text } = await calendar(stay);
    const [event] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(event!.description.startsWith(API_TEXTS.ja.calendar.extendCardDetail)).toBe(true);
    const { res } = await calendar(`${stay}&cardExpiryNotBirthday=1`);
    expect(res.status).toBe(400);
  });
});
