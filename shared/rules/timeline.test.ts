// timeline.ts: the milestones of one certificate and its card, in date order (R-RENEW-1, R-RENEW-3,
// R-DATE-2, R-INS-1, R-INS-2, R-INS-4, R-CARD-4, R-CARD-5, R-CARD-6). Dates by hand.
import { describe, expect, it } from "vitest";
import { evaluateIso } from "./test/evaluate-iso.ts";

const row = (kind: string, date: string, stageFrom: string | null, rule: string) => ({ kind, date, stageFrom, rule });

describe("timeline", () => {
  it("R-INS-2: certificate expiry alone (2025-03-20): six milestones, stages begin on renewal, grace and lapse days", () => {
    expect(evaluateIso({ certificateExpiry: "2025-03-20" }, "2024-01-01").timeline).toStrictEqual([
      row("noticeExpected", "2024-12-20", null, "R-RENEW-3"),
      row("renewalOpens", "2024-12-21", "renewal", "R-RENEW-1"),
      row("certificateExpires", "2025-03-20", null, "R-DATE-2"),
      row("graceStarts", "2025-03-21", "grace", "R-INS-2"),
      row("graceEnds", "2025-06-30", null, "R-INS-1"),
      row("lapses", "2025-07-01", "lapsed", "R-INS-4"),
    ]);
  });

  it("R-INS-1: a December expiry runs into the next year", () => {
    expect(
      evaluateIso({ certificateExpiry: "2026-12-31" }, "2026-01-01").timeline.map((m) => [m.kind, m.date]),
    ).toStrictEqual([
      ["noticeExpected", "2026-09-30"],
      ["renewalOpens", "2026-10-01"],
      ["certificateExpires", "2026-12-31"],
      ["graceStarts", "2027-01-01"],
      ["graceEnds", "2027-03-31"],
      ["lapses", "2027-04-01"],
    ]);
  });

  it("R-CARD-6 / R-CARD-5: an adult card (E8) adds the card's renewal and expiry after the certificate's", () => {
    expect(evaluateIso({ birthDate: "1985-03-20", cardIssuedOn: "2020-09-01" }, "2024-01-01").timeline).toStrictEqual([
      row("noticeExpected", "2024-12-20", null, "R-RENEW-3"),
      row("renewalOpens", "2024-12-21", "renewal", "R-RENEW-1"),
      row("certificateExpires", "2025-03-20", null, "R-DATE-2"),
      row("graceStarts", "2025-03-21", "grace", "R-INS-2"),
      row("graceEnds", "2025-06-30", null, "R-INS-1"),
      row("lapses", "2025-07-01", "lapsed", "R-INS-4"),
      row("cardRenewalOpens", "2029-12-21", null, "R-CARD-6"),
      row("cardExpires", "2030-03-20", null, "R-CARD-5"),
    ]);
  });

  it("R-CARD-5: a minor's card (E7) ends with its certificate: same-day milestones in a fixed order", () => {
    expect(
      evaluateIso({ birthDate: "2010-06-01", cardIssuedOn: "2022-05-10" }, "2026-01-01").timeline.map((m) => [
        m.kind,
        m.date,
      ]),
    ).toStrictEqual([
      ["noticeExpected", "2026-03-01"],
      ["cardRenewalOpens", "2026-03-02"],
      ["renewalOpens", "2026-03-02"],
      ["certificateExpires", "2026-06-01"],
      ["cardExpires", "2026-06-01"],
      ["graceStarts", "2026-06-02"],
      ["graceEnds", "2026-09-30"],
      ["lapses", "2026-10-01"],
    ]);
  });

  it("R-CARD-4: no notice letter when the card and certificate end with the period of stay (E10)", () => {
    expect(
      evaluateIso(
        { birthDate: "1990-09-09", cardIssuedOn: "2024-06-01", periodOfStayEndsOn: "2027-05-31" },
        "2026-11-27",
      ).timeline.map((m) => [m.kind, m.date]),
    ).toStrictEqual([
      ["cardRenewalOpens", "2027-03-01"],
      ["renewalOpens", "2027-03-01"],
      ["certificateExpires", "2027-05-31"],
      ["cardExpires", "2027-05-31"],
      ["graceStarts", "2027-06-01"],
      ["graceEnds", "2027-08-31"],
      ["lapses", "2027-09-01"],
    ]);
  });

  it("R-CARD-4 / R-RENEW-3: a certificate ending before a stay-limited card still gets its letter", () => {
    const kinds = evaluateIso(
      { birthDate: "1990-09-09", cardIssuedOn: "2024-06-01", periodOfStayEndsOn: "2033-09-08" },
      "2026-11-27",
    ).timeline;
    expect(kinds[0]).toStrictEqual(row("noticeExpected", "2028-06-09", null, "R-RENEW-3"));
    expect(kinds.at(-1)).toStrictEqual(row("cardExpires", "2033-09-08", null, "R-CARD-5"));
  });
});
