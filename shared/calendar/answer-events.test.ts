// What the calendar says follows the whole answer, not only the certificate (review A3): an
// expired card gets no "re-issue at any time" (R-CERT-4, R-INFER-5), a certificate that ends with
// the card gets the card's step (R-CARD-5, R-CARD-6, R-CARD-4), an inferred expiry says so
// (R-INFER-3). From real evaluations; the files are parsed back with ical.js.
import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { JAPAN_HOLIDAYS } from "#shared/holidays/index.ts";
import { LANGS } from "#shared/lang/index.ts";
import { API_TEXTS, CATALOGS } from "#shared/messages/index.ts";
import { CARD_STEPS } from "#shared/messages/readings.ts";
import { evaluate } from "#shared/rules/evaluate.ts";
import { plainDate } from "#shared/rules/plain-date.ts";
import type { Evaluation } from "#shared/rules/result.ts";
import { evaluateIso, type IsoInput } from "#shared/rules/test/evaluate-iso.ts";
import {
  answerEvents,
  calendarAction,
  calendarAnswer,
  calendarQuery,
  calendarText,
  eventText,
  renewalCheckDay,
} from "./events.ts";
import { calendarWords } from "./words.ts";

const ja = API_TEXTS.ja.calendar;
const words = calendarWords("ja");

/** The answer's events with the title and description each gets (Japanese). */
function said(input: IsoInput, today: string) {
  const answer = calendarAnswer(evaluateIso(input, today));
  const { events, wording } = answerEvents(answer);
  return {
    answer,
    wording,
    events: events.map((event) => ({ ...event, ...eventText(event, wording, words) })),
  };
}

describe("an expired card (R-INFER-5, R-CERT-4)", () => {
  // review A3, 118: born 昭和11年11月11日, card to 2026-11-11; on 2026-12-02 in the grace to 2027-02-28.
  const card = { birthDate: "1936-11-11", cardExpiry: "2026-11-11" };

  it("in the grace: only the grace end, saying a new card is the step, never a re-issue", () => {
    const { events, wording } = said(card, "2026-12-02");
    expect(wording.action).toBe("cardExpired");
    // No 「窓口へ」 reminder: no counter visit before the grace end changes it.
    expect(events.map((e) => [e.kind, e.date])).toStrictEqual([["graceEnds", "2027-02-28"]]);
    const [graceEnds] = events;
    expect(graceEnds!.summary).toBe(CATALOGS.ja.milestone.graceEnds);
    expect(graceEnds!.detail.startsWith(ja.cardExpiredDetail)).toBe(true);
    expect(graceEnds!.detail).toContain("新しいカードを申請");
    expect(graceEnds!.detail).not.toContain("いつでも");
    expect(graceEnds!.detail).not.toContain(ja.graceDetail);
  });

  it("in the grace, with the not-renewed reading still open, says the dates are inferred", () => {
    const evaluation = evaluateIso(card, "2026-12-02");
    expect(evaluation.caveats.find((c) => c.code === "cardExpired")!.alternatives).not.toHaveLength(0);
    expect(said(card, "2026-12-02").events[0]!.detail.endsWith(ja.unsureDetail)).toBe(true);
  });

  it("after the grace (lapsed): nothing ahead, so no event at all", () => {
    const { events, wording } = said(card, "2027-03-01");
    expect(wording.action).toBe("cardExpired");
    expect(events).toStrictEqual([]);
  });

  it("is what the answer says: a new card first", () => {
    expect(evaluateIso(card, "2026-12-02").nextSteps[0]).toBe("renewCard");
  });
});

describe("card and certificate ending together (R-CARD-5, R-CARD-6)", () => {
  // A 5-year card issued at 11 (R-CARD-1): card and certificate end on 2026-03-10 (R-INFER-2);
  // on 2026-01-10 the window is open (from 2025-12-11).
  const fiveYear = { birthDate: "2010-03-10", cardIssuedOn: "2022-01-15" };

  it("names the card: its titles and the new card in every detail, never 「電子証明書を更新できる最後の日」", () => {
    const { events, wording, answer } = said(fiveYear, "2026-01-10");
    expect(answer.card).toStrictEqual({ expiresOn: "2026-03-10", renewalOpensOn: "2025-12-11", endsWithStay: false });
    expect(wording).toStrictEqual({ action: "newCard", unsure: false });
    // No 「窓口へ」 a week before: a new card takes about a month (R-CARD-6, review7 #12); the
    // application's own reminder comes five weeks before the card ends instead.
    expect(events.map((e) => [e.kind, e.summary])).toStrictEqual([
      ["reminder", ja.cardReminderSummary],
      ["cardApplication", ja.cardApplicationSummary],
      ["certificateExpires", CATALOGS.ja.milestone.cardExpires],
      ["graceEnds", CATALOGS.ja.milestone.graceEnds],
    ]);
    expect(events.find((e) => e.kind === "cardApplication")!.date).toBe("2026-02-03"); // 35 days before 03-10
    expect(events.every((e) => e.detail === ja.newCardDetail)).toBe(true);
    expect(events.some((e) => e.summary === ja.lastCounterDaySummary)).toBe(false);
    expect(evaluateIso(fiveYear, "2026-01-10").nextSteps).toContain("renewCard");
  });

  it("opens with the card's renewal, on the same day as the certificate window (R-CARD-6, R-RENEW-1)", () => {
    const { events, answer } = said(fiveYear, "2025-12-01");
    const opens = events.find((e) => e.kind === "renewalOpens")!;
    expect(opens.summary).toBe(CATALOGS.ja.milestone.cardRenewalOpens);
    expect(opens.date).toBe(evaluateIso(fiveYear, "2025-12-01").card!.renewalOpensOn);
    expect(opens.date).toBe(answer.certificate.renewalOpensOn);
  });

  it("a card that ends with the period of stay: extend it, no window and no letter (R-CARD-4, R-INFER-6)", () => {
    const stay = { birthDate: "1990-05-05", cardExpiry: "2027-02-10", periodOfStayEndsOn: "2027-02-10" };
    const { events, wording } = said(stay, "2026-12-02");
    expect(wording.action).toBe("extendCard");
    expect(events.map((e) => e.kind)).toStrictEqual([
      "counterSoon",
      "lastCounterDay",
      "certificateExpires",
      "graceEnds",
    ]);
    expect(events.every((e) => e.detail.startsWith(ja.extendCardDetail))).toBe(true);
    // R-INFER-6: the certificate may have ended on an earlier birthday: the answer asks to check it.
    expect(wording.unsure).toBe(true);
    expect(evaluateIso(stay, "2026-12-02").nextSteps).toContain("extendCardValidity");
  });
});

describe("a certificate-only answer (route certificateExpiry)", () => {
  it("keeps the certificate's words; the re-issue holds only while the card is valid (R-CERT-4)", () => {
    const { events, wording, answer } = said({ certificateExpiry: "2026-03-15" }, "2025-12-01");
    expect(answer.card).toBeNull();
    expect(wording).toStrictEqual({ action: "certificate", unsure: false });
    expect(events.map((e) => e.summary)).toStrictEqual([
      CATALOGS.ja.milestone.renewalOpens,
      ja.reminderSummary,
      ja.counterSoonSummary,
      ja.lastCounterDaySummary,
      CATALOGS.ja.milestone.certificateExpires,
      CATALOGS.ja.milestone.graceEnds,
    ]);
    // 2026-03-15 is a Sunday: the expiry's event says the counter is closed (review7 #1).
    expect(events.map((e) => e.detail)).toStrictEqual([
      ja.renewalDetail,
      ja.reminderDetail,
      ja.counterSoonDetail,
      ja.lastCounterDayDetail,
      ja.closedExpiryDetail,
      ja.graceDetail,
    ]);
    expect(ja.graceDetail).toContain("カードが有効なうちは");
  });
});

describe("the renewal unknown (R-INFER-3)", () => {
  // review A1, 101: born 昭和30年4月1日, card to 2031-04-01; first certificate to 2026-04-01, grace to 2026-07-31.
  const card = { birthDate: "1955-04-01", cardExpiry: "2031-04-01" };

  it("after the first grace (renewed reading): the card's step, and every event says to check", () => {
    const { events, wording } = said(card, "2026-12-02");
    expect(wording).toStrictEqual({ action: "newCard", unsure: true });
    expect(events.map((e) => e.date)).toStrictEqual([
      "2031-01-02",
      "2031-02-01",
      "2031-02-25", // the new card's application, five weeks before the card ends (review7 #12)
      "2031-04-01", // the card's expiry; no counter day on it (review8 #11)
      "2031-07-31",
    ]);
    expect(events.every((e) => e.detail === `${ja.newCardDetail}\n${ja.unsureDetail}`)).toBe(true);
  });

  it("in the first grace (not-renewed reading): a re-issue while the card is valid, and the check", () => {
    const { events, wording } = said(card, "2026-05-01");
    expect(wording).toStrictEqual({ action: "certificate", unsure: true });
    // Counted from the grace's last counter day, so worded for the grace (review7 #9).
    expect(events.map((e) => [e.kind, e.date])).toStrictEqual([
      ["graceCounterSoon", "2026-07-24"],
      ["graceEnds", "2026-07-31"],
    ]);
    expect(events[0]!.summary).toBe(ja.graceCounterSoonSummary);
    expect(events[1]!.detail).toBe(`${ja.graceDetail}\n${ja.unsureDetail}`);
  });

  it("renewalCheckDay: after G1 no event on the renewed guess; in the grace the re-issue stays", () => {
    const check = (today: string) => {
      const evaluation = evaluateIso(card, today);
      return renewalCheckDay(evaluation, answerEvents(calendarAnswer(evaluation)).events);
    };
    expect(check("2026-12-02")).toStrictEqual({ date: "2026-12-02", events: [] });
    expect(check("2026-05-01")).toStrictEqual({
      date: "2026-05-01",
      events: [
        { kind: "graceCounterSoon", date: "2026-07-24" },
        { kind: "graceEnds", date: "2026-07-31" },
      ],
    });
    expect(check("2026-03-01")).toBeNull(); // E1 not past: nothing in doubt
    expect(renewalCheckDay(evaluateIso({ ...card, certificateExpiry: "2031-04-01" }, "2026-12-02"), [])).toBeNull();
  });

  it("a certificate date given settles it: no doubt left (R-INFER-3)", () => {
    const { wording } = said({ ...card, certificateExpiry: "2026-04-01" }, "2026-05-01");
    expect(wording).toStrictEqual({ action: "certificate", unsure: false });
  });

  it("writes the doubt into the calendar file, after the detail and before the link", () => {
    const { events, wording } = answerEvents(calendarAnswer(evaluateIso(card, "2026-12-02")));
    const text = calendarText([{ events, wording, checkUrl: "https://x.test/" }], words, "2026-12-02", "myna.test");
    const parsed = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    // No 「窓口へ」 a week before or on the card's last day (newCard, review8 #11): the application instead.
    expect(parsed).toHaveLength(5);
    for (const event of parsed)
      expect(event.description).toBe(`${ja.newCardDetail}\n${ja.unsureDetail}\n${ja.linkLine} https://x.test/`);
    expect(parsed.map((e) => e.summary)).not.toContain(ja.cardLastCounterDaySummary);
    expect(parsed.map((e) => e.summary)).toContain(ja.cardApplicationSummary);
  });
});

describe("calendarAction agrees with the answer's next steps (next-steps.ts)", () => {
  const DAY = 86_400_000;
  const day = (from: string, to: string) =>
    fc
      .integer({ min: Date.parse(from) / DAY, max: Date.parse(to) / DAY })
      .map((n) => new Date(n * DAY).toISOString().slice(0, 10));
  const VISIT = {
    renewCertificateAtOffice: "certificate",
    reissueCertificateAtOffice: "certificate",
    extendCardValidity: "extendCard",
  } as const;

  it("on every route, a stay or not: the visit the answer names is the calendar's step", () => {
    const add = (iso: string, days: number) => plainDate(iso).add({ days });
    let visits = 0;
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        day("1930-01-01", "2015-12-31"),
        day("2016-01-01", "2026-11-30"),
        fc.option(fc.integer({ min: 30, max: 4000 }), { nil: undefined }),
        fc.integer({ min: -500, max: 400 }),
        fc.boolean(),
        (birthDate, cardIssuedOn, stayAfterIssue, todayFromEnd, face) => {
          const issue = { birthDate: plainDate(birthDate), cardIssuedOn: plainDate(cardIssuedOn) };
          const first = evaluate(issue, add(cardIssuedOn, 1), JAPAN_HOLIDAYS);
          if (!first.ok) return;
          // A stay end within or after the card's years (R-CARD-4), and a day near the end of
          // the card or the stay, so that renewal, grace and lapsed answers come up often.
          const stay = stayAfterIssue === undefined ? {} : { periodOfStayEndsOn: add(cardIssuedOn, stayAfterIssue) };
          const cardEnd = first.evaluation.card!.expiresOn;
          const stayEnd = stay.periodOfStayEndsOn?.toString();
          const today = add(stayEnd !== undefined && stayEnd < cardEnd ? stayEnd : cardEnd, todayFromEnd);
          // The same card through its face (R-INFER-1), or its issue date.
          const card = face
            ? { birthDate: issue.birthDate, cardExpiry: plainDate(first.evaluation.card!.expiresOn) }
            : issue;
          const outcome = evaluate({ ...card, ...stay }, today, JAPAN_HOLIDAYS);
          if (!outcome.ok) return;
          const e: Evaluation = outcome.evaluation;
          const action = calendarAction(calendarAnswer(e));
          seen.add(action);
          const visit = e.nextSteps.find((s) => s === "renewCard" || s in VISIT);
          if (visit) visits++;
          if (visit === "renewCard") expect(action).toBe(e.card!.expiresOn < e.today ? "cardExpired" : "newCard");
          else if (visit) expect(action).toBe(VISIT[visit as keyof typeof VISIT]);
          // The certificate route knows no card: always the certificate's words.
          expect(
            calendarAction(calendarAnswer(evaluateIso({ certificateExpiry: e.certificate.expiresOn }, e.today))),
          ).toBe("certificate");
        },
      ),
      { numRuns: 600 },
    );
    // The property met every step, and a visit in most runs.
    expect([...seen].sort()).toStrictEqual([...CARD_STEPS].sort());
    expect(visits).toBeGreaterThan(200);
  });
});

describe("calendarQuery: what the checker's calendar.ics link sends", () => {
  it("the certificate alone, unless the card is the step; never a birth date", () => {
    const query = (input: IsoInput, today: string) => calendarQuery(calendarAnswer(evaluateIso(input, today)));
    expect(query({ birthDate: "1985-11-14", cardExpiry: "2031-11-14" }, "2025-04-01")).toStrictEqual({
      certificateExpiry: "2026-11-14",
    });
    expect(query({ birthDate: "1936-11-11", cardExpiry: "2026-11-11" }, "2026-12-02")).toStrictEqual({
      certificateExpiry: "2026-11-11",
      estimated: "true", // R-INFER-5: the not-renewed reading is still open
      cardExpiry: "2026-11-11",
    });
    expect(
      query({ birthDate: "1990-05-05", cardExpiry: "2027-02-10", periodOfStayEndsOn: "2027-02-10" }, "2026-12-02"),
    ).toStrictEqual({
      certificateExpiry: "2027-02-10",
      estimated: "true", // R-INFER-6: it may end on an earlier birthday
      cardExpiry: "2027-02-10",
      periodOfStayEndsOn: "2027-02-10",
    });
  });
});

describe("the card's words in every language", () => {
  it.each(LANGS)("%s: a sentence of its own for each step and for the doubt", (lang) => {
    const w = calendarWords(lang);
    const details = [...CARD_STEPS.filter((a) => a !== "certificate").map((a) => w.card.detail[a]), w.unsure];
    const certificate = Object.values(w.detail);
    for (const detail of details) {
      expect(detail.length).toBeGreaterThan(20);
      expect(certificate).not.toContain(detail);
    }
    expect(new Set(details).size).toBe(details.length);
    expect(w.card.summary.reminder).not.toBe(w.summary.reminder);
    expect(w.card.summary.lastCounterDay).not.toBe(w.summary.lastCounterDay);
  });
});

describe("a certificate that ends before its card, the card's window open (review7 #1b, #12)", () => {
  // Certificate to 2026-12-20 (a Sunday: last counter day Fri 12-18), card to 2027-02-10, its
  // window from 2026-11-11 (R-CARD-6).
  const input = { certificateExpiry: "2026-12-20", birthDate: "1950-02-10", cardExpiry: "2027-02-10" };

  it("from the day the window opens: the new card's words, the certificate's own titles, the card's dates", () => {
    const { events, wording } = said(input, "2026-11-11");
    expect(wording).toStrictEqual({ action: "newCard", unsure: false, ownDates: true });
    expect(events.map((e) => [e.kind, e.date, e.summary])).toStrictEqual([
      ["certificateExpires", "2026-12-20", CATALOGS.ja.milestone.certificateExpires],
      // Five weeks before the card ends: a new card takes about a month (R-CARD-6).
      ["cardApplication", "2027-01-06", ja.cardApplicationSummary],
      ["cardExpires", "2027-02-10", CATALOGS.ja.milestone.cardExpires],
      ["graceEnds", "2027-03-31", CATALOGS.ja.milestone.graceEnds],
    ]);
    expect(events.every((e) => e.detail === ja.newCardDetail)).toBe(true);
    expect(evaluateIso(input, "2026-11-11").nextSteps[0]).toBe("renewCard");
  });

  it("the day before: the certificate's renewal, as before", () => {
    const { events, wording } = said(input, "2026-11-10");
    expect(wording).toStrictEqual({ action: "certificate", unsure: false });
    expect(events.map((e) => e.kind)).toStrictEqual([
      "counterSoon",
      "lastCounterDay",
      "certificateExpires",
      "graceEnds",
    ]);
    expect(events.find((e) => e.kind === "certificateExpires")!.detail).toBe(ja.closedExpiryDetail);
  });

  it("the Worker's calendar.ics reads the card's window back from its expiry (queryCard)", () => {
    const query = calendarQuery(calendarAnswer(evaluateIso(input, "2026-11-11")));
    expect(query).toStrictEqual({ certificateExpiry: "2026-12-20", cardExpiry: "2027-02-10" });
  });

  it("an application reminder already past is left out; the card's expiry stays", () => {
    const { events } = said(input, "2027-01-07");
    expect(events.map((e) => e.kind)).toStrictEqual(["cardExpires", "graceEnds"]);
  });

  it("a stay-limited card (O9): the extension's words, the card's expiry, no application", () => {
    const stay = { birthDate: "2001-06-30", cardIssuedOn: "2021-10-21", periodOfStayEndsOn: "2026-10-20" };
    const { events, wording } = said(stay, "2026-07-21");
    expect(wording.action).toBe("extendCard");
    expect(wording.ownDates).toBe(true);
    expect(events.map((e) => e.kind)).toContain("cardExpires");
    expect(events.map((e) => e.kind)).not.toContain("cardApplication");
    expect(events.every((e) => e.detail.startsWith(ja.extendCardDetail))).toBe(true);
    expect(said(stay, "2026-07-20").wording.action).toBe("certificate");
  });
});
