// The list's next action from real evaluations (rules.md "Stage by day": expiry 2025-03-20 →
// renewal from 2024-12-21, grace to 2025-06-30), checked on both edges of each stage.
import { describe, expect, it } from "vitest";
import { answerEvents, calendarAnswer } from "#shared/calendar/events.ts";
import { evaluateIso } from "#shared/rules/test/evaluate-iso.ts";
import { compareActions, nextAction, opensThisMonth } from "./next-action";

const on = (today: string) => nextAction(evaluateIso({ certificateExpiry: "2025-03-20" }, today));

describe("nextAction", () => {
  it.each([
    // R-RENEW-1, the day before; R-COUNTER-1: the window opens on Saturday 2024-12-21, the counter
    // on Monday the 23rd, the day the list names (review P1-E).
    ["2024-12-20", { kind: "renewalOpens", relation: "from", date: "2024-12-23", now: false }],
    // R-RENEW-2, R-COUNTER-1: 2025-03-20 is 春分の日, so the last counter day is the 19th.
    ["2024-12-21", { kind: "renewCertificateAtOffice", relation: "by", date: "2025-03-19", now: true }],
    ["2025-03-20", { kind: "renewCertificateAtOffice", relation: "by", date: "2025-03-19", now: true }],
    ["2025-03-21", { kind: "reissueCertificateAtOffice", relation: "by", date: "2025-06-30", now: true }], // R-INS-1
    ["2025-06-30", { kind: "reissueCertificateAtOffice", relation: "by", date: "2025-06-30", now: true }],
    ["2025-07-01", { kind: "reissueCertificateAtOffice", relation: "since", date: "2025-06-30", now: true }], // R-INS-2 lapsed
  ])("on %s", (today, action) => {
    expect(on(today)).toStrictEqual({ ...action, renewal: null });
  });

  it("names a new card when the certificate ends with the card (R-CARD-6)", () => {
    // A card issued at 20 for 10 years: the certificate renewed once ends with the card.
    const evaluation = evaluateIso(
      { certificateExpiry: "2031-11-14", birthDate: "1985-11-14", cardExpiry: "2031-11-14" },
      "2031-10-01",
    );
    expect(nextAction(evaluation).kind).toBe("renewCard");
  });
});

describe("compareActions", () => {
  it("puts visits due now first, overdue ones before the rest, then by the day renewal opens", () => {
    const actions = ["2024-12-01", "2025-07-05", "2025-04-01", "2025-01-10"].map((today) => ({
      today,
      action: on(today),
    }));
    const later = nextAction(evaluateIso({ certificateExpiry: "2025-12-01" }, "2025-01-10"));
    const sorted = [...actions.map((a) => a.action), later].sort(compareActions);
    expect(sorted.map((a) => [a.relation, a.date])).toStrictEqual([
      ["since", "2025-06-30"],
      ["by", "2025-03-19"],
      ["by", "2025-06-30"],
      ["from", "2024-12-23"],
      ["from", "2025-09-02"],
    ]);
  });
});

describe("opensThisMonth", () => {
  it("holds renewals opening this month, not next month's, and nothing already due (B1)", () => {
    expect(opensThisMonth(on("2024-12-01"), "2024-12-01")).toBe(true); // opens 2024-12-21, the counter the 23rd
    expect(opensThisMonth(on("2024-11-30"), "2024-11-30")).toBe(false);
    expect(opensThisMonth(on("2025-07-01"), "2025-07-01")).toBe(false); // lapsed: due now, not "opens"
  });
});

describe("the day renewal opens at the counter (review P1-E, R-COUNTER-1)", () => {
  it("names the Monday for a window that opens on a Saturday, as the CSV does", () => {
    // Expiry 2027-03-04: renewal opens Saturday 2026-12-05 (R-RENEW-1), the counter Monday the 7th.
    const evaluation = evaluateIso({ certificateExpiry: "2027-03-04" }, "2026-12-02");
    expect(evaluation.certificate.renewalOpensOn).toBe("2026-12-05");
    expect(nextAction(evaluation)).toMatchObject({ kind: "renewalOpens", relation: "from", date: "2026-12-07" });
  });

  it("leaves a weekday opening as it is", () => {
    const evaluation = evaluateIso({ certificateExpiry: "2027-03-02" }, "2026-12-02");
    expect(nextAction(evaluation).date).toBe(evaluation.certificate.renewalOpensOn);
  });
});

describe("a card whose certificate ends with it (review8 #6, R-CARD-6, R-CERT-1(b))", () => {
  // 平成30年1月15日生まれ, a 5-year card to 2028-01-15 (under 18 at issue, R-CARD-1): the certificate
  // ends with the card, so the step is a new card, applied for from the day after C − 3 months.
  const evaluation = evaluateIso({ birthDate: "2018-01-15", cardExpiry: "2028-01-15" }, "2026-12-02");

  it("names the new card's first day (a Saturday: no counter needed), not the certificate's window", () => {
    expect(evaluation.card!.renewalOpensOn).toBe("2027-10-16");
    expect(evaluation.certificate.firstCounterDay).toBe("2027-10-18");
    expect(nextAction(evaluation)).toStrictEqual({
      kind: "cardRenewalOpens",
      relation: "from",
      date: "2027-10-16",
      now: false,
      renewal: null,
    });
  });

  it("is the day the calendar names for the card (shared/calendar)", () => {
    const { events, wording } = answerEvents(calendarAnswer(evaluation));
    expect(wording.action).toBe("newCard");
    expect(events.find((e) => e.kind === "renewalOpens")?.date).toBe(nextAction(evaluation).date);
  });
});
