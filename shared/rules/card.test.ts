// Boundary tests for the card expiry from its issue date (card.ts, from-card-issue.ts):
// R-CARD-1 to R-CARD-4, R-AGE-2, R-DATE-3, R-DATE-4. Every expected date is worked out by hand.
import { describe, expect, it } from "vitest";
import { errorsIso, evaluateIso, type IsoInput, inputCaveats } from "./test/evaluate-iso.ts";

/** The parts of an evaluation these rules decide. */
function card(input: IsoInput, today: string) {
  const e = evaluateIso(input, today);
  return {
    card: e.card?.expiresOn,
    years: e.card?.validityYears,
    certificate: e.certificate.expiresOn,
    basis: e.certificate.basis,
    caveats: inputCaveats(e),
  };
}

describe("R-CARD-1 / R-AGE-2: the 18th birthday, threshold 18 (issued after 2022-09-30)", () => {
  // born 2004-11-20: attain day of 18 is 2022-11-19 (R-AGE-1)
  it("R-CARD-1: two days before the birthday (aged 17) → 5-year card", () => {
    expect(card({ birthDate: "2004-11-20", cardIssuedOn: "2022-11-18" }, "2026-01-01")).toStrictEqual({
      card: "2026-11-20",
      years: 5,
      certificate: "2026-11-20",
      basis: "cardExpiry",
      caveats: [],
    });
  });
  it("R-AGE-2: on the day before the 18th birthday → adult card, caveat ageBoundary with the minor reading", () => {
    expect(card({ birthDate: "2004-11-20", cardIssuedOn: "2022-11-19" }, "2026-01-01")).toStrictEqual({
      card: "2031-11-20",
      years: 10,
      certificate: "2026-11-20",
      basis: "fifthBirthday",
      caveats: [
        {
          code: "ageBoundary",
          rule: "R-AGE-2",
          alternatives: [
            {
              assumption: "minorCard",
              certificateExpiresOn: "2026-11-20",
              graceEndsOn: "2027-02-28",
              stage: "valid",
              cardExpiresOn: "2026-11-20",
            },
          ],
        },
      ],
    });
  });
  it("R-CARD-1 + R-DATE-3: on the 18th birthday → 10 birthdays, the issue day's not counted", () => {
    expect(card({ birthDate: "2004-11-20", cardIssuedOn: "2022-11-20" }, "2026-01-01")).toStrictEqual({
      card: "2032-11-20",
      years: 10,
      certificate: "2027-11-20",
      basis: "fifthBirthday",
      caveats: [],
    });
  });
  it("R-AGE-2: the day before the 20th birthday is no boundary under threshold 18", () => {
    expect(card({ birthDate: "2004-01-10", cardIssuedOn: "2024-01-09" }, "2026-01-01")).toStrictEqual({
      card: "2033-01-10",
      years: 10,
      certificate: "2028-01-10",
      basis: "fifthBirthday",
      caveats: [],
    });
  });
});

describe("R-CARD-1 / R-AGE-2: the 20th birthday, threshold 20 (issued before 2022-04-01)", () => {
  // born 2000-08-15: attain day of 20 is 2020-08-14
  it("R-CARD-1: two days before the 20th birthday → 5-year card", () => {
    expect(card({ birthDate: "2000-08-15", cardIssuedOn: "2020-08-13" }, "2024-01-01")).toStrictEqual({
      card: "2024-08-15",
      years: 5,
      certificate: "2024-08-15",
      basis: "cardExpiry",
      caveats: [],
    });
  });
  it("R-AGE-2: on the day before the 20th birthday → adult card, caveat ageBoundary", () => {
    expect(card({ birthDate: "2000-08-15", cardIssuedOn: "2020-08-14" }, "2024-01-01")).toStrictEqual({
      card: "2029-08-15",
      years: 10,
      certificate: "2024-08-15",
      basis: "fifthBirthday",
      caveats: [
        {
          code: "ageBoundary",
          rule: "R-AGE-2",
          alternatives: [
            {
              assumption: "minorCard",
              certificateExpiresOn: "2024-08-15",
              graceEndsOn: "2024-11-30",
              stage: "valid",
              cardExpiresOn: "2024-08-15",
            },
          ],
        },
      ],
    });
  });
  it("R-CARD-1: on the 20th birthday → 10-year card", () => {
    expect(card({ birthDate: "2000-08-15", cardIssuedOn: "2020-08-15" }, "2024-01-01")).toStrictEqual({
      card: "2030-08-15",
      years: 10,
      certificate: "2025-08-15",
      basis: "fifthBirthday",
      caveats: [],
    });
  });
  it("R-AGE-2: the day before the 18th birthday is no boundary under threshold 20", () => {
    expect(card({ birthDate: "2002-08-15", cardIssuedOn: "2020-08-14" }, "2024-01-01")).toStrictEqual({
      card: "2024-08-15",
      years: 5,
      certificate: "2024-08-15",
      basis: "cardExpiry",
      caveats: [],
    });
  });
});

describe("R-CARD-2: the application date picks the threshold", () => {
  // born 2003-07-01: aged 18 from 2021-06-30 to 2022-06-29, 19 until 2023-06-29
  it.each([
    ["2022-04-15", "2022-03-31", "2026-07-01", 5], // received the day before the change → 20
    ["2022-04-15", "2022-04-01", "2031-07-01", 10], // received on the day of the change → 18
    ["2022-04-15", "2022-04-02", "2031-07-01", 10],
    ["2022-03-31", "2022-03-01", "2026-07-01", 5],
    ["2022-10-05", "2022-03-30", "2027-07-01", 5], // issued after the transition, still the old rule
  ] as const)("R-CARD-2: issued %s, received %s → card %s (%i years)", (issued, received, expected, years) => {
    const e = evaluateIso(
      { birthDate: "2003-07-01", cardIssuedOn: issued, applicationReceivedOn: received },
      "2026-01-01",
    );
    expect([e.card?.expiresOn, e.card?.validityYears, e.caveats]).toStrictEqual([expected, years, []]);
  });
});

describe("R-CARD-3: application date unknown", () => {
  const transition = (certificate: string, card: string, graceEnds: string) => ({
    code: "thresholdTransition",
    rule: "R-CARD-3",
    alternatives: [
      {
        assumption: "adultCard",
        certificateExpiresOn: certificate,
        graceEndsOn: graceEnds,
        stage: "valid",
        cardExpiresOn: card,
      },
    ],
  });
  it("R-CARD-3: issued 2022-03-31 (before the change) → threshold 20, no caveat", () => {
    expect(card({ birthDate: "2003-07-01", cardIssuedOn: "2022-03-31" }, "2026-01-01")).toStrictEqual({
      card: "2026-07-01",
      years: 5,
      certificate: "2026-07-01",
      basis: "cardExpiry",
      caveats: [],
    });
  });
  it("R-CARD-3: issued 2022-04-01 aged 18 → the earlier (5-year) card, caveat with the 10-year one", () => {
    expect(card({ birthDate: "2003-07-01", cardIssuedOn: "2022-04-01" }, "2026-01-01")).toStrictEqual({
      card: "2026-07-01",
      years: 5,
      certificate: "2026-07-01",
      basis: "cardExpiry",
      caveats: [transition("2026-07-01", "2031-07-01", "2026-10-31")],
    });
  });
  it("R-CARD-3: issued 2022-09-30 aged 19 → still ambiguous", () => {
    expect(card({ birthDate: "2003-07-01", cardIssuedOn: "2022-09-30" }, "2026-01-01")).toStrictEqual({
      card: "2027-07-01",
      years: 5,
      certificate: "2027-07-01",
      basis: "cardExpiry",
      caveats: [transition("2027-07-01", "2032-07-01", "2027-10-31")],
    });
  });
  it("R-CARD-3: issued 2022-10-01 → threshold 18, no caveat", () => {
    expect(card({ birthDate: "2003-07-01", cardIssuedOn: "2022-10-01" }, "2026-01-01")).toStrictEqual({
      card: "2032-07-01",
      years: 10,
      certificate: "2027-07-01",
      basis: "fifthBirthday",
      caveats: [],
    });
  });
  it("R-CARD-3: aged 19 in the transition → ambiguous", () => {
    expect(card({ birthDate: "2002-12-01", cardIssuedOn: "2022-06-01" }, "2026-01-01")).toStrictEqual({
      card: "2026-12-01",
      years: 5,
      certificate: "2026-12-01",
      basis: "cardExpiry",
      caveats: [transition("2026-12-01", "2031-12-01", "2027-03-31")],
    });
  });
  it("R-CARD-3: aged 20 or 17 in the transition → adult or minor under both thresholds, no caveat", () => {
    expect(card({ birthDate: "2001-12-01", cardIssuedOn: "2022-06-01" }, "2026-01-01")).toStrictEqual({
      card: "2031-12-01",
      years: 10,
      certificate: "2026-12-01",
      basis: "fifthBirthday",
      caveats: [],
    });
    expect(card({ birthDate: "2004-12-01", cardIssuedOn: "2022-06-01" }, "2026-01-01")).toStrictEqual({
      card: "2026-12-01",
      years: 5,
      certificate: "2026-12-01",
      basis: "cardExpiry",
      caveats: [],
    });
  });
  it("R-CARD-3: the alternative's stage is computed on today", () => {
    const e = evaluateIso({ birthDate: "2003-07-01", cardIssuedOn: "2022-04-01" }, "2026-07-02");
    expect([e.stage, e.caveats[0].alternatives[0].stage]).toStrictEqual(["grace", "grace"]);
  });
});

describe("R-CARD-3 / R-AGE-2: a printed card expiry settles the reading", () => {
  it("R-CARD-3: the 10-year expiry printed → adult card, no caveat", () => {
    expect(
      card({ birthDate: "2003-07-01", cardIssuedOn: "2022-04-01", cardExpiry: "2031-07-01" }, "2026-01-01"),
    ).toStrictEqual({
      card: "2031-07-01",
      years: 10,
      certificate: "2026-07-01",
      basis: "fifthBirthday",
      caveats: [],
    });
  });
  it("R-CARD-3: the 5-year expiry printed → minor card, no caveat", () => {
    expect(
      card({ birthDate: "2003-07-01", cardIssuedOn: "2022-04-01", cardExpiry: "2026-07-01" }, "2026-01-01"),
    ).toStrictEqual({
      card: "2026-07-01",
      years: 5,
      certificate: "2026-07-01",
      basis: "cardExpiry",
      caveats: [],
    });
  });
  it("R-CARD-3: any other printed date → card_expiry_mismatch with the expected date", () => {
    expect(
      errorsIso({ birthDate: "2003-07-01", cardIssuedOn: "2022-04-01", cardExpiry: "2030-07-01" }, "2026-01-01"),
    ).toStrictEqual([{ field: "cardExpiry", code: "card_expiry_mismatch", params: { expected: "2026-07-01" } }]);
  });
  it("R-CARD-1: an unambiguous card: the printed date must be the computed one", () => {
    expect(
      card({ birthDate: "1980-10-10", cardIssuedOn: "2020-05-15", cardExpiry: "2029-10-10" }, "2026-01-01").card,
    ).toBe("2029-10-10");
    for (const printed of ["2029-10-09", "2029-10-11", "2024-10-10", "2030-10-10"]) {
      expect(
        errorsIso({ birthDate: "1980-10-10", cardIssuedOn: "2020-05-15", cardExpiry: printed }, "2026-01-01"),
      ).toStrictEqual([{ field: "cardExpiry", code: "card_expiry_mismatch", params: { expected: "2029-10-10" } }]);
    }
  });
  it("R-AGE-2: the printed date settles the day-before-18 reading either way", () => {
    expect(
      card({ birthDate: "2004-11-20", cardIssuedOn: "2022-11-19", cardExpiry: "2026-11-20" }, "2026-01-01"),
    ).toStrictEqual({
      card: "2026-11-20",
      years: 5,
      certificate: "2026-11-20",
      basis: "cardExpiry",
      caveats: [],
    });
    expect(
      card({ birthDate: "2004-11-20", cardIssuedOn: "2022-11-19", cardExpiry: "2031-11-20" }, "2026-01-01"),
    ).toStrictEqual({
      card: "2031-11-20",
      years: 10,
      certificate: "2026-11-20",
      basis: "fifthBirthday",
      caveats: [],
    });
  });
});

describe("R-CARD-4: a fixed period of stay", () => {
  // born 1990-09-09, issued 2024-06-01: 10th birthday after issue 2033-09-09, 5th 2028-09-09
  const stay = (periodOfStayEndsOn: string) =>
    card({ birthDate: "1990-09-09", cardIssuedOn: "2024-06-01", periodOfStayEndsOn }, "2026-11-27");
  const caveat = { code: "periodOfStay", rule: "R-CARD-4", alternatives: [] };
  it("R-CARD-4: stay ends the day before the 10th birthday → the stay end", () => {
    expect(stay("2033-09-08")).toStrictEqual({
      card: "2033-09-08",
      years: null,
      certificate: "2028-09-09",
      basis: "fifthBirthday",
      caveats: [caveat],
    });
  });
  it("R-CARD-4: stay ends on the 10th birthday → the birthday rule", () => {
    expect(stay("2033-09-09")).toStrictEqual({
      card: "2033-09-09",
      years: 10,
      certificate: "2028-09-09",
      basis: "fifthBirthday",
      caveats: [caveat],
    });
  });
  it("R-CARD-4: stay ends later → the birthday rule", () => {
    expect(stay("2040-01-01")).toStrictEqual({
      card: "2033-09-09",
      years: 10,
      certificate: "2028-09-09",
      basis: "fifthBirthday",
      caveats: [caveat],
    });
  });
  it("R-CARD-4 / R-CERT-1(b): stay ends before the certificate's 5th birthday → both end with the stay", () => {
    expect(stay("2028-09-08")).toStrictEqual({
      card: "2028-09-08",
      years: null,
      certificate: "2028-09-08",
      basis: "cardExpiry",
      caveats: [caveat],
    });
  });
  it("R-CARD-4: stay ending on the issue day is accepted (the card is already expired)", () => {
    const e = evaluateIso(
      { birthDate: "1990-09-09", cardIssuedOn: "2024-06-01", periodOfStayEndsOn: "2024-06-01" },
      "2026-11-27",
    );
    expect([e.card?.expiresOn, e.stage, inputCaveats(e).map((c) => c.code)]).toStrictEqual([
      "2024-06-01",
      "lapsed",
      ["periodOfStay", "cardExpired"],
    ]);
  });
  it("R-CARD-4: from the card face, a card ending with the stay needs no birthday", () => {
    const e = evaluateIso(
      { birthDate: "1990-09-09", cardExpiry: "2027-05-31", periodOfStayEndsOn: "2027-05-31" },
      "2026-11-27",
    );
    expect([e.card?.validityYears, e.certificate.expiresOn, e.signatureCertificate, e.caveats]).toStrictEqual([
      null,
      "2027-05-31",
      // R-CERT-6 (oracle O1): 25 on 2016-01-01, before any card: issued with the card
      { expiresOn: "2027-05-31", bound: "exact" },
      // R-INFER-6: the certificate may end earlier, on the last birthday before C
      [
        {
          code: "periodOfStay",
          rule: "R-INFER-6",
          alternatives: [
            {
              assumption: "earlierBirthday",
              certificateExpiresOn: "2026-09-09",
              graceEndsOn: "2026-12-31",
              stage: "grace",
              // R-COUNTER-1: 12-29 to 01-03 closed, so Mon 12-28 (review finding 5).
              graceLastCounterDay: "2026-12-28",
            },
          ],
        },
      ],
    ]);
    expect([e.certificate.noticeExpectedFrom, e.certificate.noticeExpectedTo, e.nextSteps]).toStrictEqual([
      null,
      null,
      ["checkCertificateExpiry", "nothingYet", "addReminder"],
    ]);
  });
  it("R-CERT-6 / R-CARD-4: a stay card no issue under 15 can reach has its signature certificate (review8 #3)", () => {
    // born 2004-05-10: 15 from 2019-05-09 (R-AGE-1); a card issued on 2019-05-08, the last day
    // under 15, is a 5-year card ending 2023-05-10 (R-CARD-1), and a card never outlives that.
    const face = (cardExpiry: string) => {
      const e = evaluateIso({ birthDate: "2004-05-10", cardExpiry, periodOfStayEndsOn: cardExpiry }, "2023-01-01");
      return [e.signatureCertificate?.bound, e.capabilities.eTaxSignature, e.caveats.map((c) => c.code)];
    };
    expect(face("2023-05-10")).toStrictEqual(["atMost", null, ["periodOfStay", "signatureOnRequest"]]);
    expect(face("2023-05-11")).toStrictEqual(["exact", true, ["periodOfStay"]]);
  });
});

describe("R-DATE-4: cards of Feb 29 births", () => {
  it("R-DATE-4 + R-AGE-2: born 2000-02-29, issued 2020-02-28 (attain day of 20, a leap year)", () => {
    // 10 birthdays after 2020-02-28: 2020-02-29 (1st) … 2029-02-28 (10th); 5th: 2024-02-29
    // (before the first certificate's expiry, so R-INFER-3 has nothing to say)
    expect(card({ birthDate: "2000-02-29", cardIssuedOn: "2020-02-28" }, "2023-01-01")).toStrictEqual({
      card: "2029-02-28",
      years: 10,
      certificate: "2024-02-29",
      basis: "fifthBirthday",
      caveats: [
        {
          code: "ageBoundary",
          rule: "R-AGE-2",
          alternatives: [
            {
              assumption: "minorCard",
              certificateExpiresOn: "2024-02-29",
              graceEndsOn: "2024-05-31",
              stage: "valid",
              cardExpiresOn: "2024-02-29",
            },
          ],
        },
        {
          code: "feb29",
          rule: "R-DATE-4",
          alternatives: [{ assumption: "march1", cardExpiresOn: "2029-03-01" }],
          convention: "feb28",
        },
      ],
    });
  });
  it("R-DATE-3 + R-DATE-4: issued on the birthday 2020-02-29 → 10th birthday after is 2030-02-28", () => {
    expect(card({ birthDate: "2000-02-29", cardIssuedOn: "2020-02-29" }, "2023-01-01")).toStrictEqual({
      card: "2030-02-28",
      years: 10,
      certificate: "2025-02-28",
      basis: "fifthBirthday",
      caveats: [
        {
          code: "feb29",
          rule: "R-DATE-4",
          alternatives: [
            {
              assumption: "march1",
              certificateExpiresOn: "2025-03-01",
              graceEndsOn: "2025-06-30",
              stage: "valid",
              cardExpiresOn: "2030-03-01",
            },
          ],
          convention: "feb28",
        },
      ],
    });
  });
  it("R-DATE-4: born 2004-02-29, issued 2022-02-28 (threshold 20, aged 18) → 5-year card to 2027-02-28; the Mar 1 recount counts 2022-03-01 and comes a year earlier", () => {
    expect(card({ birthDate: "2004-02-29", cardIssuedOn: "2022-02-28" }, "2026-11-27")).toStrictEqual({
      card: "2027-02-28",
      years: 5,
      certificate: "2027-02-28",
      basis: "cardExpiry",
      caveats: [
        {
          code: "feb29",
          rule: "R-DATE-4",
          alternatives: [
            {
              assumption: "march1",
              certificateExpiresOn: "2026-03-01",
              graceEndsOn: "2026-06-30",
              stage: "lapsed",
              cardExpiresOn: "2026-03-01",
            },
          ],
          convention: "feb28",
        },
      ],
    });
  });
});

describe("R-CARD-3's other card read like the headline (oracle O3, O6)", () => {
  // born 2003-07-10, issued 2022-07-01 at 18, application date unknown: headline 5-year card
  // 2026-07-10; the adult card 2031-07-10, whose first certificate E1 = 2026-07-10, G1 = 2026-10-31.
  const other = (today: string, periodOfStayEndsOn?: string) =>
    inputCaveats(
      evaluateIso(
        { birthDate: "2003-07-10", cardIssuedOn: "2022-07-01", ...(periodOfStayEndsOn && { periodOfStayEndsOn }) },
        today,
      ),
    ).find((c) => c.code === "thresholdTransition")?.alternatives[0];
  const reading = (today: string) => {
    const alt = other(today);
    return [alt?.certificateExpiresOn, alt?.stage, alt?.cardExpiresOn];
  };
  it("R-INFER-3 inside it: E1 not past (its day) → E1; past, up to G1 → not renewed; after G1 → renewed", () => {
    expect(reading("2026-07-10")).toStrictEqual(["2026-07-10", "renewal", "2031-07-10"]);
    expect(reading("2026-07-11")).toStrictEqual(["2026-07-10", "grace", "2031-07-10"]);
    expect(reading("2026-10-31")).toStrictEqual(["2026-07-10", "grace", "2031-07-10"]);
    expect(reading("2026-11-01")).toStrictEqual(["2031-07-10", "valid", "2031-07-10"]);
    expect(reading("2026-12-02")).toStrictEqual(["2031-07-10", "valid", "2031-07-10"]);
  });
  it("R-CARD-4: both cards capped by the stay to the same day → no other reading (the day after: one)", () => {
    expect(other("2025-01-01", "2026-07-10")).toBeUndefined();
    expect(other("2025-01-01", "2026-07-11")?.cardExpiresOn).toBe("2026-07-11");
  });
});
