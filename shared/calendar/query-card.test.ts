// The Worker's calendar.ics reads back the query the checker's link sends (calendarQuery →
// queryCard): from the certificate's expiry and the card's, the same step and the same events
// as the checker's own calendar (R-CARD-4, R-CARD-5, R-INFER-5), only never unsure, since the
// dates come as known (contract.md). worker/routes/calendar.ts answers with exactly this.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JAPAN_HOLIDAYS } from "#shared/holidays/index.ts";
import { evaluate } from "#shared/rules/evaluate.ts";
import { plainDate } from "#shared/rules/plain-date.ts";
import { evaluateIso, type IsoInput } from "#shared/rules/test/evaluate-iso.ts";
import { answerEvents, calendarAnswer, calendarQuery, queryCard } from "./events.ts";

const DAY = 86_400_000;
const day = (from: string, to: string) =>
  fc
    .integer({ min: Date.parse(from) / DAY, max: Date.parse(to) / DAY })
    .map((n) => new Date(n * DAY).toISOString().slice(0, 10));

/** The Worker's answer to a calendar.ics query, as worker/routes/calendar.ts builds it. */
function workerAnswer(query: Record<string, string>, today: string) {
  const { cardExpiry, periodOfStayEndsOn } = query;
  return calendarAnswer(evaluateIso(query as IsoInput, today), queryCard({ cardExpiry, periodOfStayEndsOn }));
}

describe("queryCard", () => {
  it("names the card, ending with the stay only when the stay ends that day (R-CARD-4)", () => {
    expect(queryCard({})).toBeNull();
    expect(queryCard({ periodOfStayEndsOn: "2027-06-10" })).toBeNull();
    expect(queryCard({ cardExpiry: "2027-06-10" })).toStrictEqual({ expiresOn: "2027-06-10", endsWithStay: false });
    expect(queryCard({ cardExpiry: "2027-06-10", periodOfStayEndsOn: "2027-06-10" })).toStrictEqual({
      expiresOn: "2027-06-10",
      endsWithStay: true,
    });
    expect(queryCard({ cardExpiry: "2027-06-10", periodOfStayEndsOn: "2027-09-10" })?.endsWithStay).toBe(false);
  });

  it("the checker's link gets the checker's step and events back from the Worker", () => {
    const add = (iso: string, days: number) => plainDate(iso).add({ days });
    const steps = new Set<string>();
    fc.assert(
      fc.property(
        day("1930-01-01", "2015-12-31"),
        day("2016-01-01", "2026-11-30"),
        fc.option(fc.integer({ min: 30, max: 4000 }), { nil: undefined }),
        fc.integer({ min: -500, max: 400 }),
        fc.boolean(),
        (birthDate, cardIssuedOn, stayAfterIssue, todayFromEnd, nearCardEnd) => {
          const issue = { birthDate: plainDate(birthDate), cardIssuedOn: plainDate(cardIssuedOn) };
          const first = evaluate(issue, add(cardIssuedOn, 1), JAPAN_HOLIDAYS);
          if (!first.ok) return;
          const stay = stayAfterIssue === undefined ? {} : { periodOfStayEndsOn: add(cardIssuedOn, stayAfterIssue) };
          // A day near the end of the card (its step) or of the first certificate (the certificate's).
          const end = nearCardEnd ? first.evaluation.card!.expiresOn : first.evaluation.certificate.expiresOn;
          const today = add(end, todayFromEnd);
          const outcome = evaluate({ ...issue, ...stay }, today, JAPAN_HOLIDAYS);
          if (!outcome.ok) return;
          const checker = calendarAnswer(outcome.evaluation);
          const worker = workerAnswer(calendarQuery(checker), outcome.evaluation.today);
          const mine = answerEvents(checker);
          const theirs = answerEvents(worker);
          steps.add(mine.wording.action);
          expect(theirs.events).toStrictEqual(mine.events);
          expect(theirs.wording).toStrictEqual({ action: mine.wording.action, unsure: false });
        },
      ),
      { numRuns: 400 },
    );
    expect([...steps].sort()).toStrictEqual(["cardExpired", "certificate", "extendCard", "newCard"]);
  });
});
