// date-caveats.ts: R-DATE-4 (a caveat on every result for a Feb 29 birth, whatever the route) and
// R-INS-6 (the card itself has expired), on both sides of their boundaries.
import { describe, expect, it } from "vitest";
import { evaluateIso, inputCaveats } from "./test/evaluate-iso.ts";

const feb29 = (alternatives: object[] = [], convention = "feb28") => ({
  code: "feb29",
  rule: "R-DATE-4",
  alternatives,
  convention,
});
const cardExpired = { code: "cardExpired", rule: "R-INFER-5", alternatives: [] };

describe("R-DATE-4: Feb 29 births", () => {
  it("R-DATE-4: route (a), a typed certificate expiry: nothing was counted from the birthday, no caveat (no note on a route that computed nothing)", () => {
    expect(
      inputCaveats(evaluateIso({ birthDate: "2000-02-29", certificateExpiry: "2026-02-28" }, "2026-01-01")),
    ).toStrictEqual([]);
    expect(
      inputCaveats(
        evaluateIso(
          { birthDate: "2000-02-29", cardExpiry: "2032-02-29", certificateExpiry: "2027-02-28" },
          "2026-01-01",
        ),
      ),
    ).toStrictEqual([]);
  });
  it("R-DATE-4: route (b), a printed C on Feb 28 of a common year shows the convention: Feb 28, no alternative", () => {
    const e = evaluateIso({ birthDate: "2000-02-29", cardExpiry: "2031-02-28" }, "2026-01-01");
    expect([e.certificate.expiresOn, inputCaveats(e)]).toStrictEqual(["2026-02-28", [feb29([], "feb28")]]);
  });
  it("R-DATE-4: route (b), a printed C in a leap year leaves it open: recount with Mar 1 (V14's twin)", () => {
    // C 2032-02-29, age 32: issued in [2022-02-28, 2023-02-27] (Feb 28) or [2022-03-01, 2023-02-28] (Mar 1)
    expect(
      inputCaveats(evaluateIso({ birthDate: "2000-02-29", cardExpiry: "2032-02-29" }, "2026-01-01")),
    ).toStrictEqual([
      feb29([{ assumption: "march1", certificateExpiresOn: "2027-03-01", graceEndsOn: "2027-06-30", stage: "valid" }]),
    ]);
  });
  it("R-DATE-4: route (c), certificate and card on Feb 28 of common years: Mar 1 for both", () => {
    // issued 2021-06-01 (aged 21): card 2031-02-28 (10th birthday after), certificate 2026-02-28 (5th)
    expect(
      inputCaveats(evaluateIso({ birthDate: "2000-02-29", cardIssuedOn: "2021-06-01" }, "2026-01-01")),
    ).toStrictEqual([
      feb29([
        {
          assumption: "march1",
          certificateExpiresOn: "2026-03-01",
          graceEndsOn: "2026-06-30",
          stage: "renewal",
          cardExpiresOn: "2031-03-01",
        },
      ]),
    ]);
  });
  it("R-DATE-4: route (c), both dates in leap years: caveat without alternatives", () => {
    // issued 2019-03-01 (aged 19, threshold 20): 5-year card to 2024-02-29, certificate too
    expect(
      inputCaveats(evaluateIso({ birthDate: "2000-02-29", cardIssuedOn: "2019-03-01" }, "2024-01-01")),
    ).toStrictEqual([feb29()]);
  });
  it("R-DATE-4: Feb 28 and Mar 1 births get no caveat", () => {
    expect(
      inputCaveats(evaluateIso({ birthDate: "2000-02-28", cardIssuedOn: "2021-06-01" }, "2026-01-01")),
    ).toStrictEqual([]);
    expect(
      inputCaveats(evaluateIso({ birthDate: "2000-03-01", cardIssuedOn: "2021-06-01" }, "2026-01-01")),
    ).toStrictEqual([]);
  });
});

describe("R-INS-6 / R-INFER-5: the card itself has expired", () => {
  // E1: card 2029-10-10; the first certificate 2024-10-10 (grace to 2025-01-31) is long past.
  const notRenewed = {
    assumption: "notRenewed",
    certificateExpiresOn: "2024-10-10",
    graceEndsOn: "2025-01-31",
    stage: "lapsed",
  };
  it.each([
    ["2029-10-09", ["renewalUnknown"]],
    ["2029-10-10", ["renewalUnknown"]], // the expiry day is the last valid day (R-DATE-2)
    ["2029-10-11", ["cardExpired"]],
  ])("R-INS-6 / R-DATE-2: on %s → %o", (today, codes) => {
    expect(
      inputCaveats(evaluateIso({ birthDate: "1980-10-10", cardIssuedOn: "2020-05-15" }, today)).map((c) => c.code),
    ).toStrictEqual(codes);
  });
  it("R-INFER-5: the not-renewed reading rides on cardExpired while it still differs (to G(C) = 2030-01-31)", () => {
    const at = (today: string) =>
      inputCaveats(evaluateIso({ birthDate: "1980-10-10", cardIssuedOn: "2020-05-15" }, today));
    expect(at("2029-10-11")).toStrictEqual([{ ...cardExpired, alternatives: [notRenewed] }]);
    expect(at("2030-01-31")).toStrictEqual([{ ...cardExpired, alternatives: [notRenewed] }]);
    expect(at("2030-02-01")).toStrictEqual([cardExpired]); // both readings lapsed now
  });
  it("R-INS-6: from the card face too; nothing to say from a certificate expiry alone", () => {
    expect(
      inputCaveats(evaluateIso({ birthDate: "2006-06-01", cardExpiry: "2026-06-01" }, "2026-06-02")),
    ).toStrictEqual([cardExpired]);
    expect(inputCaveats(evaluateIso({ certificateExpiry: "2026-06-01" }, "2036-06-02"))).toStrictEqual([]);
  });
});
