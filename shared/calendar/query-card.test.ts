// The Worker's calendar.ics reads back the query the checker's link sends (calendarQuery →
// queryCard): from the certificate's expiry and the card's, the same step and the same events
// as the checker's own calendar (R-CARD-4, R-CARD-5, R-INFER-5), and its doubt through
// `estimated=true`, and a stay-limited card that is only a guess through `cardExpiryNotBirthday=true`
// (review P1-D). worker/routes/calendar.ts answers with exactly this.
import { describe, expect, it } from "vitest";
import { plainDate } from "#shared/rules/plain-date.ts";
import { CARD_2016 } from "#shared/rules/rule-set.ts";
import { evaluateIso, type IsoInput } from "#shared/rules/test/evaluate-iso.ts";
import { renewalOpensOn } from "#shared/rules/windows.ts";
import { answerEvents, calendarAnswer, calendarQuery, queryCard } from "./events.ts";

/** What worker/routes/calendar.ts counts from the query's card expiry (R-CARD-6). */
const windowOf = (cardExpiry: string | undefined) =>
  cardExpiry && renewalOpensOn(plainDate(cardExpiry), CARD_2016).toString();

/** The Worker's answer to a calendar.ics query, as worker/routes/calendar.ts builds it. */
function workerAnswer(query: Record<string, string>, today: string) {
  const { estimated, cardExpiryNotBirthday, ...dates } = query;
  const { cardExpiry, periodOfStayEndsOn } = dates;
  const fromDates = calendarAnswer(
    evaluateIso(dates as IsoInput, today),
    queryCard({ cardExpiry, cardRenewalOpensOn: windowOf(cardExpiry), periodOfStayEndsOn }),
  );
  // `estimated=true` carries the checker's doubt (item 2: R-INFER-3, R-INFER-5, R-INFER-6), and
  // `cardExpiryNotBirthday=true` that the stay-limited card is only a guess (R-INFER-4, P1-D).
  return {
    ...fromDates,
    unsure: fromDates.unsure || estimated === "true",
    stayGuessed: fromDates.stayGuessed || cardExpiryNotBirthday === "true",
  };
}

describe("queryCard", () => {
  it("names the card, ending with the stay only when the stay ends that day (R-CARD-4)", () => {
    const q = (query: { cardExpiry?: string; periodOfStayEndsOn?: string }) =>
      queryCard({ ...query, cardRenewalOpensOn: windowOf(query.cardExpiry) });
    expect(queryCard({})).toBeNull();
    expect(queryCard({ periodOfStayEndsOn: "2027-06-10" })).toBeNull();
    // R-CARD-6: the card's window opens the day after expiry minus 3 months.
    expect(q({ cardExpiry: "2027-06-10" })).toStrictEqual({
      expiresOn: "2027-06-10",
      renewalOpensOn: "2027-03-11",
      endsWithStay: false,
    });
    expect(q({ cardExpiry: "2027-06-10", periodOfStayEndsOn: "2027-06-10" })).toStrictEqual({
      expiresOn: "2027-06-10",
      renewalOpensOn: "2027-03-11",
      endsWithStay: true,
    });
    // A month end: "− 3 months" clamps to the shorter month (2027-05-31 → 02-28, + 1 day).
    expect(q({ cardExpiry: "2027-05-31" })?.renewalOpensOn).toBe("2027-03-01");
    expect(q({ cardExpiry: "2027-06-10", periodOfStayEndsOn: "2027-09-10" })?.endsWithStay).toBe(false);
  });

  it.each<[string, IsoInput, string, string]>([
    [
      "a valid 10-year card's first certificate",
      { birthDate: "1985-11-14", cardExpiry: "2031-11-14" },
      "2025-04-01",
      "certificate",
    ],
    [
      "the grace of a first certificate, maybe renewed (R-INFER-3)",
      { birthDate: "1955-04-01", cardExpiry: "2031-04-01" },
      "2026-05-01",
      "certificate",
    ],
    [
      "a certificate renewed to the card, maybe (R-INFER-3)",
      { birthDate: "1955-04-01", cardExpiry: "2031-04-01" },
      "2026-12-02",
      "newCard",
    ],
    [
      "a minor's 5-year card (R-CARD-5)",
      { birthDate: "2010-05-05", cardExpiry: "2026-05-05" },
      "2026-01-10",
      "newCard",
    ],
    [
      "a card through its issue day (R-CARD-5)",
      { birthDate: "1990-05-05", cardIssuedOn: "2017-06-01" },
      "2027-01-15",
      "newCard",
    ],
    [
      "a certificate that ends before its card, the card's window open (review7 #1b)",
      { certificateExpiry: "2026-12-20", birthDate: "1950-02-10", cardExpiry: "2027-02-10" },
      "2026-11-11",
      "newCard",
    ],
    [
      "the same the day before the card's window opens",
      { certificateExpiry: "2026-12-20", birthDate: "1950-02-10", cardExpiry: "2027-02-10" },
      "2026-11-10",
      "certificate",
    ],
    [
      "a lapsed certificate, the card's window open (review7 #1b)",
      { birthDate: "1954-03-01", cardExpiry: "2027-03-01", certificateExpiry: "2022-03-01" },
      "2026-12-02",
      "newCard",
    ],
    [
      "a stay-limited card's window open, its certificate in grace (O9)",
      { birthDate: "2001-06-30", cardIssuedOn: "2021-10-21", periodOfStayEndsOn: "2026-10-20" },
      "2026-07-21",
      "extendCard",
    ],
    ["an expired card (R-INFER-5)", { birthDate: "1936-11-11", cardExpiry: "2026-11-11" }, "2026-12-02", "cardExpired"],
    [
      "a card that ends with the stay (R-CARD-4)",
      { birthDate: "1990-05-05", cardExpiry: "2027-02-10", periodOfStayEndsOn: "2027-02-10" },
      "2026-12-02",
      "extendCard",
    ],
    [
      "a card expiry that is no birthday: a typo, or a card that ends with the stay (R-INFER-4, R-INFER-6)",
      { birthDate: "1942-07-04", cardExpiry: "2027-03-02" },
      "2026-12-02",
      "extendCard",
    ],
    [
      "the same, through its issue day",
      { birthDate: "1990-05-05", cardIssuedOn: "2022-02-10", periodOfStayEndsOn: "2027-02-10" },
      "2026-12-02",
      "extendCard",
    ],
  ])("%s: the checker's link gets the checker's step and events back", (_label, input, today, step) => {
    const checker = answerEvents(calendarAnswer(evaluateIso(input, today)));
    const worker = answerEvents(workerAnswer(calendarQuery(calendarAnswer(evaluateIso(input, today))), today));
    expect(checker.wording.action).toBe(step);
    expect(worker.events).toStrictEqual(checker.events);
    expect(worker.wording).toStrictEqual(checker.wording); // the doubt too, as estimated=true
  });
});
