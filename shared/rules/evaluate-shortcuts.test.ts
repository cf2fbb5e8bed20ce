// The engine's shortcuts against the plain path they replace (issue 12, CPU on the edge): each
// date computed once in evaluate.ts must be what the functions that define it give (R-RENEW-1,
// R-RENEW-3, R-INS-1, R-INS-2, R-COUNTER-1, R-COUNTER-2, R-CARD-6), the rule list what a Set and
// a sort give, and an evaluation without its timeline the same evaluation, key for key.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JAPAN_HOLIDAYS } from "../holidays/index.ts";
import {
  counterCaveats,
  counterReminderDay,
  firstCounterDayOnOrAfter,
  lastCounterDayOnOrBefore,
} from "./counter-days.ts";
import { citedRules, type EvaluateInput, evaluate } from "./evaluate.ts";
import { type PlainDate, plainDate } from "./plain-date.ts";
import type { Evaluation } from "./result.ts";
import { CARD_2016, ruleDate } from "./rule-set.ts";
import { stageOn } from "./stage.ts";
import { timeline } from "./timeline.ts";
import { graceEndsOn, noticeWindow, renewalOpensOn } from "./windows.ts";

const day = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((n) => plainDate(from).addDays(n));
const birth = fc.oneof(
  day("1930-01-01", 33_000),
  fc.integer({ min: 1932, max: 2020 }).map((y) => plainDate(`${y - (y % 4)}-02-29`)),
);
// The three routes, with the optional dates that change the answer, and a today around them.
const inputs: fc.Arbitrary<{ input: EvaluateInput; today: PlainDate }> = fc.oneof(
  fc
    .record({ certificateExpiry: day("2016-01-01", 35_000) })
    .chain((input) => fc.record({ input: fc.constant<EvaluateInput>(input), today: day("2015-06-01", 36_000) })),
  fc
    .record(
      {
        birthDate: birth,
        cardIssuedOn: day("2016-01-01", 5_500),
        applicationReceivedOn: day("2015-10-01", 5_500),
        certificateIssuedOn: day("2016-01-01", 7_000),
        periodOfStayEndsOn: day("2016-06-01", 7_000),
      },
      { requiredKeys: ["birthDate", "cardIssuedOn"] },
    )
    .chain((input) => fc.record({ input: fc.constant<EvaluateInput>(input), today: day("2016-01-01", 9_000) })),
  fc
    .record({ birthDate: birth, issued: day("2016-01-01", 5_500), today: day("2016-01-01", 9_000) })
    .map(({ birthDate, issued, today }) => {
      const face = evaluate({ birthDate, cardIssuedOn: issued }, today, JAPAN_HOLIDAYS);
      const cardExpiry = face.ok && face.evaluation.card ? plainDate(face.evaluation.card.expiresOn) : issued;
      return { input: { birthDate, cardExpiry }, today };
    }),
);

const iso = (d: PlainDate) => d.toString();

describe("evaluate's dates, computed once, are what the plain functions give", () => {
  it("windows, stage, counter days and their caveats, timeline (3,000 runs over the three routes)", () => {
    let evaluated = 0;
    fc.assert(
      fc.property(inputs, ({ input, today }) => {
        const outcome = evaluate(input, today, JAPAN_HOLIDAYS);
        if (!outcome.ok) return;
        evaluated++;
        const e = outcome.evaluation;
        const expiry = plainDate(e.certificate.expiresOn);
        const notice = e.certificate.noticeExpectedFrom === null ? null : noticeWindow(expiry, CARD_2016);
        expect(e.certificate.renewalOpensOn).toBe(iso(renewalOpensOn(expiry, CARD_2016)));
        expect(e.certificate.graceEndsOn).toBe(iso(graceEndsOn(expiry, CARD_2016)));
        expect([e.certificate.noticeExpectedFrom, e.certificate.noticeExpectedTo]).toStrictEqual(
          notice ? [iso(notice.from), iso(notice.to)] : [null, null],
        );
        expect(e.stage).toBe(stageOn(expiry, today, CARD_2016));
        // R-COUNTER-1 / R-COUNTER-2: the day-by-day searches and their caveats.
        const searches = [
          lastCounterDayOnOrBefore(expiry, JAPAN_HOLIDAYS),
          firstCounterDayOnOrAfter(plainDate(e.certificate.renewalOpensOn), JAPAN_HOLIDAYS),
          lastCounterDayOnOrBefore(plainDate(e.certificate.graceEndsOn), JAPAN_HOLIDAYS),
        ];
        expect([
          e.certificate.lastCounterDay,
          e.certificate.firstCounterDay,
          e.certificate.graceLastCounterDay,
        ]).toStrictEqual(searches.map((s) => iso(s.day)));
        const card = e.card && plainDate(e.card.expiresOn);
        if (card && e.card) {
          expect(e.card.renewalOpensOn).toBe(iso(renewalOpensOn(card, CARD_2016)));
          const cardSearches = [
            lastCounterDayOnOrBefore(card, JAPAN_HOLIDAYS),
            firstCounterDayOnOrAfter(plainDate(e.card.renewalOpensOn), JAPAN_HOLIDAYS),
          ];
          expect([e.card.lastCounterDay, e.card.firstCounterDay]).toStrictEqual(cardSearches.map((s) => iso(s.day)));
          searches.push(...cardSearches);
        }
        // Days from today (daysBetween) and the reminder before the deadline still ahead.
        expect(e.daysUntil).toStrictEqual({
          renewalOpens: today.daysUntil(plainDate(e.certificate.renewalOpensOn)),
          certificateExpires: today.daysUntil(expiry),
          graceEnds: today.daysUntil(plainDate(e.certificate.graceEndsOn)),
          cardExpires: card ? today.daysUntil(card) : null,
        });
        const [last, graceLast] = [searches[0]!.day, searches[2]!.day];
        const deadline = today.daysUntil(last) >= 0 ? last : today.daysUntil(graceLast) >= 0 ? graceLast : null;
        expect(e.certificate.counterReminderDay).toBe(deadline && iso(counterReminderDay(deadline, JAPAN_HOLIDAYS)));
        const counterCodes = e.caveats.filter((c) => c.rule.startsWith("R-COUNTER-"));
        expect(counterCodes).toStrictEqual(counterCaveats(expiry, searches, JAPAN_HOLIDAYS));
        expect(e.caveats.slice(e.caveats.length - counterCodes.length)).toStrictEqual(counterCodes);
        // The timeline from the situation, as timeline.ts computes it.
        const situation = {
          route: e.route,
          certificate: { expiresOn: expiry, basis: e.certificate.basis },
          card: card && {
            expiresOn: card,
            validityYears: e.card!.validityYears,
            issuedOn: null,
            printed: e.card!.printed,
          },
          signature: null,
          caveats: [],
          rules: [],
          noticeLetterExpected: notice !== null,
        };
        expect(e.timeline).toStrictEqual(timeline(situation, CARD_2016));
      }),
      { numRuns: 3000 },
    );
    expect(evaluated).toBeGreaterThan(1500);
  });
});

describe("the counter reminder on the deadlines' own days (R-COUNTER-1)", () => {
  it("is the plain definition's on the last counter days and the day after each", () => {
    for (let n = 0; n < 120; n++) {
      const expiry = plainDate("2027-12-01").addDays(n * 3);
      const base = evaluate({ certificateExpiry: expiry }, plainDate("2027-01-01"), JAPAN_HOLIDAYS);
      if (!base.ok) throw new Error("a certificate expiry alone is always accepted");
      const last = plainDate(base.evaluation.certificate.lastCounterDay);
      const graceLast = plainDate(base.evaluation.certificate.graceLastCounterDay);
      for (const today of [last, last.addDays(1), graceLast, graceLast.addDays(1)]) {
        const e = evaluate({ certificateExpiry: expiry }, today, JAPAN_HOLIDAYS);
        if (!e.ok) throw new Error("accepted above");
        const deadline = today.daysUntil(last) >= 0 ? last : today.daysUntil(graceLast) >= 0 ? graceLast : null;
        expect(e.evaluation.certificate.counterReminderDay).toBe(
          deadline && iso(counterReminderDay(deadline, JAPAN_HOLIDAYS)),
        );
      }
    }
  });
});

describe("citedRules: the route's rules and the five every answer cites, as a Set and a sort give", () => {
  const plain = (rules: string[]) =>
    [
      ...new Set([...[...new Set([...rules, "R-RENEW-1", "R-INS-1", "R-INS-2"])].sort(), "R-COUNTER-1", "R-COUNTER-2"]),
    ].sort();
  const id = fc.constantFrom(
    "R-CARD-1",
    "R-CARD-4",
    "R-CERT-10",
    "R-CERT-2",
    "R-COUNTER-1",
    "R-INFER-3",
    "R-INS-1",
    "R-INS-2",
    "R-RENEW-1",
    "R-AGE-2",
    "R-INPUT-3",
  );
  it("for any list, duplicates and the five themselves included", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(id, fc.string({ maxLength: 12 })), { maxLength: 14 }), (rules) => {
        const before = [...rules];
        expect(citedRules(rules)).toStrictEqual(plain(rules));
        expect(rules).toStrictEqual(before); // the route's list is left as it was
      }),
      { numRuns: 5000 },
    );
  });
  it("a list asked for again: the same IDs in a new array each time (an answer's own)", () => {
    const route = ["R-INFER-1", "R-INFER-2", "R-INFER-3"];
    const first = citedRules(route);
    const again = citedRules([...route]);
    expect(again).toStrictEqual(plain(route));
    expect(again).not.toBe(first);
    again.push("R-X");
    expect(citedRules(route)).toStrictEqual(plain(route));
    // A prefix of a list seen before is its own list.
    expect(citedRules(route.slice(0, 2))).toStrictEqual(plain(route.slice(0, 2)));
    expect(citedRules([])).toStrictEqual(plain([]));
  });
});

describe("evaluate(…, { timeline: false }): the same evaluation without its timeline", () => {
  const withoutTimeline = ({ timeline: _, ...rest }: Evaluation) => rest;
  it("key for key and in the same order (JSON), errors included (3,000 runs)", () => {
    fc.assert(
      fc.property(inputs, ({ input, today }) => {
        const full = evaluate(input, today, JAPAN_HOLIDAYS);
        const compact = evaluate(input, today, JAPAN_HOLIDAYS, CARD_2016, { timeline: false });
        if (!full.ok || !compact.ok) {
          expect(compact).toStrictEqual(full);
          return;
        }
        expect("timeline" in compact.evaluation).toBe(false);
        expect(JSON.stringify(compact.evaluation)).toBe(JSON.stringify(withoutTimeline(full.evaluation)));
      }),
      { numRuns: 3000 },
    );
  });
  it("with the timeline asked for, or nothing said, the full evaluation", () => {
    const input = { birthDate: plainDate("1985-11-14"), cardIssuedOn: plainDate("2020-09-01") };
    const today = plainDate("2026-01-10");
    expect(evaluate(input, today, JAPAN_HOLIDAYS, CARD_2016, { timeline: true })).toStrictEqual(
      evaluate(input, today, JAPAN_HOLIDAYS),
    );
  });
});

describe("ruleDate: a rule set's date, parsed once", () => {
  it("is the parsed date of each of CARD_2016's dates, the same object each time", () => {
    for (const iso of [CARD_2016.adultAgeChangesOn, CARD_2016.transitionIssuesUntil, CARD_2016.firstCardsIssuedOn]) {
      expect(ruleDate(iso)).toStrictEqual(plainDate(iso));
      expect(ruleDate(iso)).toBe(ruleDate(iso));
    }
    expect(ruleDate("2016-01-02").toString()).toBe("2016-01-02");
  });
});
