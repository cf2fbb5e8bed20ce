// Route (b), the card face (infer-card.ts, from-card-face.ts): every row of R-INFER-1's age table,
// R-INFER-2, R-INFER-3 (probably renewed only once the first date is past) and R-INFER-4.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { birthdayIn } from "./birthdays.ts";
import { inferCardKind } from "./infer-card.ts";
import { type PlainDate, plainDate } from "./plain-date.ts";
import { CARD_2016 } from "./rule-set.ts";
import { errorsIso, evaluateIso, inputCaveats } from "./test/evaluate-iso.ts";
import { inferCardKindPlain } from "./test/infer-card-plain.ts";

const kind = (birth: string, cardExpiry: string, today = "2030-12-31") => {
  const k = inferCardKind(plainDate(birth), plainDate(cardExpiry), { today: plainDate(today) }, CARD_2016);
  if (!k.possible)
    return {
      possible: false,
      age: k.age,
      meaning: k.meaning && { ...k.meaning, earliestIssue: k.meaning.earliestIssue.toString() },
    };
  const { earliestIssue: _, ...rest } = k;
  return rest;
};
const minor = (signature: boolean, caveat: "signatureUncertain" | null = null) => ({
  possible: true,
  validityYears: 5,
  signature,
  caveat,
});
const adult = (caveat: "adultByDayBefore" | null = null) => ({
  possible: true,
  validityYears: 10,
  signature: true,
  caveat,
});
const impossible = (age: number) => ({ possible: false, age, meaning: null });

describe("R-INFER-1: the age on the card expiry (C a birthday) and the possibility test", () => {
  it.each([
    ["2000-06-01", "2004-06-01", impossible(4)], // below the 5th birthday: no card ends here
    ["2016-06-01", "2021-06-01", minor(false)], // 5: issued at 0
    ["2008-06-01", "2026-06-01", minor(false)], // 18: issued at 13
    ["2007-06-01", "2026-06-01", minor(false, "signatureUncertain")], // 19: at 14, or the day before 15
    ["2006-06-01", "2026-06-01", minor(true)], // 20: at 15
    ["2004-06-01", "2026-06-01", minor(true)], // 22: at 17
    ["2000-06-01", "2023-06-01", minor(true)], // 23: at 18, old threshold, C − 5y = 2018-06-01
    ["2004-09-30", "2027-09-30", minor(true)], // 23: C − 5y = 2022-09-30, the last transition day
    ["2004-10-01", "2027-10-01", impossible(23)], // 23: C − 5y = 2022-10-01, after the transition
    ["2003-09-30", "2027-09-30", minor(true)], // 24: C − 5y = 2022-09-30
    ["2003-10-01", "2027-10-01", impossible(24)], // 24: C − 5y = 2022-10-01
    ["2000-06-01", "2024-06-01", minor(true)], // 24: C − 5y = 2019-06-01
    ["2000-06-01", "2025-06-01", impossible(25)],
    ["2000-06-01", "2026-06-01", impossible(26)], // F3
    ["2000-06-01", "2027-06-01", impossible(27)], // 27 needs threshold 18, so C ≥ 2031-04-02
    ["2004-06-01", "2031-06-01", adult("adultByDayBefore")], // 27: only the day before the 18th birthday, 2022-05-31
    ["2000-06-01", "2028-06-01", impossible(28)], // V6: 28 needs C ≥ 2031-04-02
    ["2003-06-01", "2031-06-01", adult()], // 28: issued at 18 from 2022-04-01
    ["2000-06-01", "2029-06-01", adult("adultByDayBefore")], // 29 before 2031-04-02: the day before the 20th birthday only
    ["2002-06-16", "2031-06-16", adult()], // 29: at 19 under threshold 18, or the day before 20 (V11's face)
    ["1970-06-01", "2030-06-01", adult()], // 60
    ["2004-02-29", "2031-02-28", impossible(27)], // Feb 29 birth: a Feb 28 C is never ≥ 2031-04-02
    ["1992-02-29", "2028-02-29", adult()],
  ] as const)("R-INFER-1: born %s, card %s → %o", (birth, cardExpiry, expected) => {
    expect(kind(birth, cardExpiry)).toStrictEqual(expected);
  });

  it("R-INFER-1 (b): an issue day after today or before 2016-01-01 makes the face impossible, with what it would need", () => {
    expect(kind("1990-06-01", "2036-06-01", "2026-06-01")).toStrictEqual(adult()); // issued today
    expect(kind("1990-06-01", "2036-06-01", "2026-05-31")).toStrictEqual({
      possible: false,
      age: 46,
      meaning: { validityYears: 10, issueAge: 36, earliestIssue: "2026-06-01" },
    });
    expect(kind("1970-01-01", "2025-01-01")).toStrictEqual({
      possible: false,
      age: 55,
      meaning: { validityYears: 10, issueAge: 45, earliestIssue: "2015-01-01" },
    });
    expect(kind("1970-06-01", "2025-06-01")).toStrictEqual(adult()); // [2015-06-01, 2016-05-31] meets 2016
  });

  it.each([
    ["2000-06-01", "2004-06-01", { age: "4" }],
    ["2004-10-01", "2027-10-01", { age: "23" }],
    ["2003-10-01", "2027-10-01", { age: "24" }],
    ["2000-06-01", "2025-06-01", { age: "25" }],
    ["2000-06-01", "2026-06-01", { age: "26" }],
    ["2000-06-01", "2027-06-01", { age: "27", cardFrom: "2031-04-02" }],
    ["2000-06-01", "2028-06-01", { age: "28", cardFrom: "2031-04-02" }], // V6
    ["1990-06-01", "2037-06-01", { age: "47", earliestIssue: "2027-06-01", years: "10", issueAge: "37" }], // issued after today
  ])("R-INFER-1 / R-INPUT-1: born %s, card %s → impossible_card_age %o", (birthDate, cardExpiry, params) => {
    expect(errorsIso({ birthDate, cardExpiry }, "2026-11-27")).toStrictEqual([
      { field: "cardExpiry", code: "impossible_card_age", params },
    ]);
  });
});

describe("R-INFER-1 / R-INFER-2: what the engine answers from the card face", () => {
  const face = (birthDate: string, cardExpiry: string, today: string) => {
    const e = evaluateIso({ birthDate, cardExpiry }, today);
    return {
      years: e.card?.validityYears,
      certificate: e.certificate.expiresOn,
      basis: e.certificate.basis,
      signature: e.signatureCertificate,
      caveats: inputCaveats(e),
    };
  };
  it("R-INFER-1: aged 18 on C → 5-year card, certificate = C, no signature (R-CERT-6)", () => {
    // (while still under 15: from the 15th attain day on, one may have been asked for, R-CERT-6)
    expect(face("2008-06-01", "2026-06-01", "2022-06-01")).toStrictEqual({
      years: 5,
      certificate: "2026-06-01",
      basis: "cardExpiry",
      signature: null,
      caveats: [],
    });
  });
  it("R-INFER-1: aged 19 on C → no signature, with caveat signatureUncertain", () => {
    // today = the attain day of 15: the card may have been issued on it (then with a signature
    // certificate), or one may be asked for from now on: atMost, both caveats
    expect(face("2007-06-01", "2026-06-01", "2022-05-31")).toStrictEqual({
      years: 5,
      certificate: "2026-06-01",
      basis: "cardExpiry",
      signature: { expiresOn: "2026-06-01", bound: "atMost" },
      caveats: [
        { code: "signatureUncertain", rule: "R-INFER-1", alternatives: [] },
        { code: "signatureOnRequest", rule: "R-CERT-6", alternatives: [] },
      ],
    });
  });
  it("R-INFER-1: aged 20 on C → 5-year card with a signature certificate", () => {
    expect(face("2006-06-01", "2026-06-01", "2026-01-01")).toStrictEqual({
      years: 5,
      certificate: "2026-06-01",
      basis: "cardExpiry",
      signature: { expiresOn: "2026-06-01", bound: "exact" },
      caveats: [],
    });
  });
  it("R-INFER-1: aged 24 on C, C − 5y = 2022-09-30 → 5-year card", () => {
    expect(face("2003-09-30", "2027-09-30", "2026-01-01")).toStrictEqual({
      years: 5,
      certificate: "2027-09-30",
      basis: "cardExpiry",
      signature: { expiresOn: "2027-09-30", bound: "exact" },
      caveats: [],
    });
  });
  it("R-INFER-1 / R-INFER-2: aged 27 on C → adult card, first certificate 5 years before, caveat adultByDayBefore", () => {
    expect(face("2004-11-20", "2031-11-20", "2026-01-01")).toStrictEqual({
      years: 10,
      certificate: "2026-11-20",
      basis: "firstCertificate",
      signature: { expiresOn: "2026-11-20", bound: "exact" },
      caveats: [{ code: "adultByDayBefore", rule: "R-AGE-2", alternatives: [] }],
    });
  });
});

describe("R-INFER-3: probably renewed only once the first date is past", () => {
  // born 1990-06-01, card 2028-06-01: first certificate 2023-06-01 (window from 2023-03-02, grace to 2023-09-30)
  const at = (today: string) => evaluateIso({ birthDate: "1990-06-01", cardExpiry: "2028-06-01" }, today);
  it("R-INFER-3: before the window → the first certificate, valid", () => {
    const e = at("2023-03-01");
    expect([e.certificate.expiresOn, e.certificate.basis, e.stage, inputCaveats(e)]).toStrictEqual([
      "2023-06-01",
      "firstCertificate",
      "valid",
      [],
    ]);
  });
  it("R-INFER-3: on the first date itself (last valid day) → still the first certificate, renewal", () => {
    const e = at("2023-06-01");
    expect([e.certificate.expiresOn, e.certificate.basis, e.stage, inputCaveats(e)]).toStrictEqual([
      "2023-06-01",
      "firstCertificate",
      "renewal",
      [],
    ]);
  });
  const question = {
    renewedOnOrAfter: "2023-03-02",
    ifYes: { certificateExpiry: "2028-06-01" },
    ifNo: { certificateExpiry: "2023-06-01" },
  };
  it("R-INFER-3: the day after → not-renewed reading (grace) while today ≤ G1, the renewed one as the alternative", () => {
    const e = at("2023-06-02");
    expect([e.certificate.expiresOn, e.certificate.basis, e.stage, e.nextSteps.slice(0, 2)]).toStrictEqual([
      "2023-06-01",
      "firstCertificate",
      "grace",
      ["reissueCertificateAtOffice", "checkCertificateExpiry"],
    ]);
    expect(inputCaveats(e)).toStrictEqual([
      {
        code: "renewalUnknown",
        rule: "R-INFER-3",
        alternatives: [
          { assumption: "renewed", certificateExpiresOn: "2028-06-01", graceEndsOn: "2028-09-30", stage: "valid" },
        ],
        question,
      },
    ]);
  });
  it("R-INFER-3: on G1 (2023-09-30) still not renewed; the day after, the renewed reading (assumedRenewed)", () => {
    expect([at("2023-09-30").stage, at("2023-09-30").certificate.basis]).toStrictEqual(["grace", "firstCertificate"]);
    const e = at("2023-10-01");
    expect([e.certificate.expiresOn, e.certificate.basis, e.stage, e.nextSteps[0]]).toStrictEqual([
      "2028-06-01",
      "assumedRenewed",
      "valid",
      "checkCertificateExpiry",
    ]);
    expect(inputCaveats(e)).toStrictEqual([
      {
        code: "renewalUnknown",
        rule: "R-INFER-3",
        alternatives: [
          { assumption: "notRenewed", certificateExpiresOn: "2023-06-01", graceEndsOn: "2023-09-30", stage: "lapsed" },
        ],
        question,
      },
    ]);
  });
  it("R-INFER-3: a 5-year card has no earlier first certificate: never 'probably renewed'", () => {
    const e = evaluateIso({ birthDate: "2006-06-01", cardExpiry: "2026-06-01" }, "2026-06-02");
    expect([e.certificate.expiresOn, e.stage, inputCaveats(e)]).toStrictEqual([
      "2026-06-01",
      "grace",
      [{ code: "cardExpired", rule: "R-INFER-5", alternatives: [] }],
    ]);
  });
  it("R-INFER-3: a typed certificate expiry answers the question (no caveat)", () => {
    const e = evaluateIso(
      { birthDate: "1990-06-01", cardExpiry: "2028-06-01", certificateExpiry: "2023-06-01" },
      "2023-07-01",
    );
    expect([e.certificate.expiresOn, e.certificate.basis, e.stage, inputCaveats(e)]).toStrictEqual([
      "2023-06-01",
      "given",
      "grace",
      [],
    ]);
  });
  it.each([
    ["2023-05-01", "2023-07-01", "2028-06-01", "cardExpiry", "valid"], // renewed in the window: 6th birthday = C
    ["2023-07-01", "2023-08-01", "2028-06-01", "cardExpiry", "valid"], // re-issued after expiry: 5th birthday = C
    ["2020-01-01", "2023-07-01", "2024-06-01", "fifthBirthday", "valid"], // re-issued early (R-CERT-4): 5th birthday
  ])(
    "R-INFER-3 / R-CERT-3 / R-CERT-4: certificate issued %s, on %s → %s (%s), %s",
    (certificateIssuedOn, today, expected, basis, stage) => {
      const e = evaluateIso({ birthDate: "1990-06-01", cardExpiry: "2028-06-01", certificateIssuedOn }, today);
      expect([e.certificate.expiresOn, e.certificate.basis, e.stage, inputCaveats(e)]).toStrictEqual([
        expected,
        basis,
        stage,
        [],
      ]);
    },
  );
});

describe("R-INFER-4 / R-INFER-6: a C that is not a birthday, and foreign residents", () => {
  const caveats = (birthDate: string, cardExpiry: string, today = "2023-01-01") =>
    inputCaveats(evaluateIso({ birthDate, cardExpiry }, today));
  const notBirthday = { code: "cardExpiryNotBirthday", rule: "R-INFER-4", alternatives: [] };
  const stay = (certificateExpiresOn: string, graceEndsOn: string, stage: string) => ({
    code: "periodOfStay",
    rule: "R-INFER-6",
    alternatives: [{ assumption: "earlierBirthday", certificateExpiresOn, graceEndsOn, stage }],
  });
  it("R-INFER-4 / R-INFER-6: a day off the birthday → warning, read as a stay-limited card (no age bands)", () => {
    expect(caveats("2000-06-01", "2028-06-02")).toStrictEqual([notBirthday, stay("2028-06-01", "2028-09-30", "valid")]);
    expect(caveats("2000-06-01", "2028-05-31")).toStrictEqual([notBirthday, stay("2027-06-01", "2027-09-30", "valid")]);
    expect(caveats("1990-06-01", "2028-06-01")).toStrictEqual([]);
  });
  it("R-INFER-6: a non-birthday C on or before 2016-01-01 is no card's", () => {
    expect(errorsIso({ birthDate: "2000-06-01", cardExpiry: "2000-06-02" }, "2026-11-27")).toStrictEqual([
      { field: "cardExpiry", code: "impossible_card_age", params: { age: "0" } },
    ]);
  });
  it("R-INFER-4 + R-DATE-4: Feb 29 birth, common-year C: Feb 28 or Mar 1 is a birthday", () => {
    expect(caveats("1992-02-29", "2029-02-28").map((c) => c.code)).toStrictEqual(["feb29"]);
    expect(caveats("1992-02-29", "2029-03-01").map((c) => c.code)).toStrictEqual(["feb29"]);
    expect(caveats("1992-02-29", "2029-03-02").map((c) => c.code)).toStrictEqual([
      "cardExpiryNotBirthday",
      "periodOfStay",
      "feb29",
    ]);
  });
  it("V14 born 2000-02-29, card 2031-03-01 (printed, a common year) → the Mar 1 convention, no alternative: certificate 2026-03-01 [R-DATE-4]", () => {
    const e = evaluateIso({ birthDate: "2000-02-29", cardExpiry: "2031-03-01" }, "2025-06-01");
    expect([e.certificate.expiresOn, inputCaveats(e)]).toStrictEqual([
      "2026-03-01",
      [{ code: "feb29", rule: "R-DATE-4", alternatives: [], convention: "mar1" }],
    ]);
  });
  it("V15 foreign resident, born 1990-09-09, card and stay 2026-07-31, today 2025-10-01 → certificate 2026-07-31; may have ended 2025-09-09 (grace to 2025-12-31); notice null [R-INFER-6]", () => {
    const e = evaluateIso(
      { birthDate: "1990-09-09", cardExpiry: "2026-07-31", periodOfStayEndsOn: "2026-07-31" },
      "2025-10-01",
    );
    expect([
      e.certificate.expiresOn,
      e.certificate.noticeExpectedFrom,
      e.certificate.noticeExpectedTo,
      e.card?.validityYears,
    ]).toStrictEqual(["2026-07-31", null, null, null]);
    expect(inputCaveats(e)).toStrictEqual([stay("2025-09-09", "2025-12-31", "grace")]);
    expect(e.timeline.map((m) => m.kind)).not.toContain("noticeExpected");
  });
  it("R-INFER-6: its next step is a validity extension, not a new card", () => {
    const e = evaluateIso(
      { birthDate: "1990-09-09", cardExpiry: "2026-07-31", periodOfStayEndsOn: "2026-07-31" },
      "2026-06-01",
    );
    // (after "check the certificate box": it may have ended on an earlier birthday)
    expect(e.nextSteps.slice(0, 2)).toStrictEqual(["checkCertificateExpiry", "extendCardValidity"]);
  });
  it("V16 born 1990-09-09, card 2031-09-09, period of stay ends 2029-07-31 → error: the stay ends before the printed card expiry [R-INFER-6, R-INPUT-1]", () => {
    expect(
      errorsIso({ birthDate: "1990-09-09", cardExpiry: "2031-09-09", periodOfStayEndsOn: "2029-07-31" }, "2026-11-27"),
    ).toStrictEqual([{ field: "periodOfStayEndsOn", code: "stay_ends_before_card_expiry" }]);
  });
  it("R-INFER-6: a stay ending after a birthday C is an ordinary card under R-INFER-1/2, the stay noted (O8)", () => {
    const e = evaluateIso(
      { birthDate: "1990-09-09", cardExpiry: "2031-09-09", periodOfStayEndsOn: "2033-01-01" },
      "2026-01-01",
    );
    expect([
      e.card?.validityYears,
      e.certificate.expiresOn,
      e.certificate.basis,
      e.certificate.noticeExpectedFrom !== null, // the card does not end with the stay (R-CARD-4)
      inputCaveats(e),
    ]).toStrictEqual([
      10,
      "2026-09-09",
      "firstCertificate",
      true,
      [{ code: "periodOfStay", rule: "R-INFER-6", alternatives: [] }],
    ]);
  });
});

describe("R-INFER-1: the possibility test on day numbers is the plain one", () => {
  const day = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((n) => plainDate(from).addDays(n));
  const birth = fc.oneof(
    day("1930-01-01", 33_000),
    fc.integer({ min: 1932, max: 2020 }).map((y) => plainDate(`${y - (y % 4)}-02-29`)),
  );
  // C mostly a birthday (the only C the engine asks about: R-INFER-4), 5 to 70 years on, Feb 28
  // and Mar 1 of Feb 29 births under both conventions, and any day now and then.
  const cases = fc
    .record({
      birth,
      years: fc.integer({ min: 0, max: 70 }),
      feb29: fc.constantFrom("feb28", "mar1" as const),
      offset: fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, fc.integer({ min: -400, max: 400 })),
      today: day("2015-06-01", 9_000),
      received: fc.option(day("2015-10-01", 5_500), { nil: undefined }),
    })
    .map(({ birth, years, feb29, offset, today, received }) => ({
      birth,
      cardExpiry: birthdayIn(birth, birth.year + years, feb29).addDays(offset),
      rules: { ...CARD_2016, feb29 },
      context: { today, applicationReceivedOn: received } as { today: PlainDate; applicationReceivedOn?: PlainDate },
    }));
  it("same kind, caveat, earliest issue and meaning (20,000 runs)", () => {
    fc.assert(
      fc.property(cases, ({ birth, cardExpiry, rules, context }) => {
        expect(inferCardKind(birth, cardExpiry, context, rules)).toStrictEqual(
          inferCardKindPlain(birth, cardExpiry, context, rules),
        );
      }),
      { numRuns: 20_000 },
    );
  });
});
