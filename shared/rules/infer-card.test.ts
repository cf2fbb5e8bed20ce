// Route (b), the card face (infer-card.ts, from-card-face.ts): every row of R-INFER-1's age table,
// R-INFER-2, R-INFER-3 (probably renewed only once the first date is past) and R-INFER-4.
import { describe, expect, it } from "vitest";
import { inferCardKind } from "./infer-card.ts";
import { plainDate } from "./plain-date.ts";
import { CARD_2016 } from "./rule-set.ts";
import { errorsIso, evaluateIso, inputCaveats } from "./test/evaluate-iso.ts";

const kind = (birth: string, cardExpiry: string) => inferCardKind(plainDate(birth), plainDate(cardExpiry), CARD_2016);
const minor = (signature: boolean, caveat: "signatureUncertain" | null = null) => ({ possible: true, validityYears: 5, signature, caveat });
const adult = (caveat: "adultByDayBefore" | null = null) => ({ possible: true, validityYears: 10, signature: true, caveat });

describe("R-INFER-1: the age on the card expiry (C a birthday)", () => {
  it.each([
    ["2000-06-01", "2004-06-01", { possible: false, age: 4 }], // below the 5th birthday: no card ends here
    ["2000-06-01", "2005-06-01", minor(false)], // 5: issued at 0
    ["2000-06-01", "2018-06-01", minor(false)], // 18: issued at 13
    ["2000-06-01", "2019-06-01", minor(false, "signatureUncertain")], // 19: at 14, or the day before 15
    ["2000-06-01", "2020-06-01", minor(true)], // 20: at 15
    ["2000-06-01", "2022-06-01", minor(true)], // 22: at 17
    ["2000-06-01", "2023-06-01", minor(true)], // 23: at 18, old threshold, C − 5y = 2018-06-01
    ["2004-09-30", "2027-09-30", minor(true)], // 23: C − 5y = 2022-09-30, the last transition day
    ["2004-10-01", "2027-10-01", { possible: false, age: 23 }], // 23: C − 5y = 2022-10-01, after the transition
    ["2003-09-30", "2027-09-30", minor(true)], // 24: C − 5y = 2022-09-30
    ["2003-10-01", "2027-10-01", { possible: false, age: 24 }], // 24: C − 5y = 2022-10-01
    ["2000-06-01", "2024-06-01", minor(true)], // 24: C − 5y = 2019-06-01
    ["2000-06-01", "2025-06-01", { possible: false, age: 25 }],
    ["2000-06-01", "2026-06-01", { possible: false, age: 26 }], // F3
    ["2000-06-01", "2027-06-01", adult("adultByDayBefore")], // 27: issued on the day before the 18th birthday
    ["2000-06-01", "2028-06-01", adult()], // 28
    ["1970-06-01", "2030-06-01", adult()], // 60
    ["2000-02-29", "2027-02-28", adult("adultByDayBefore")], // Feb 29 birth, common year
    ["2000-02-29", "2028-02-29", adult()],
  ] as const)("R-INFER-1: born %s, card %s → %o", (birth, cardExpiry, expected) => {
    expect(kind(birth, cardExpiry)).toStrictEqual(expected);
  });

  it.each([
    ["2019-05-30", minor(false)], // 18
    ["2019-05-31", minor(false, "signatureUncertain")], // attain day of 19
    ["2027-05-30", { possible: false, age: 26 }],
    ["2027-05-31", adult("adultByDayBefore")], // attain day of 27
  ] as const)("R-INFER-1 + R-AGE-1: born 2000-06-01, a non-birthday card date %s → %o", (cardExpiry, expected) => {
    expect(kind("2000-06-01", cardExpiry)).toStrictEqual(expected);
  });

  it.each([
    ["2000-06-01", "2000-06-02", "0"],
    ["2000-06-01", "2004-06-01", "4"],
    ["2004-10-01", "2027-10-01", "23"],
    ["2003-10-01", "2027-10-01", "24"],
    ["2000-06-01", "2025-06-01", "25"],
    ["2000-06-01", "2026-06-01", "26"],
  ])("R-INFER-1 / R-INPUT-1: born %s, card %s → impossible_card_age (age %s)", (birthDate, cardExpiry, age) => {
    expect(errorsIso({ birthDate, cardExpiry }, "2026-11-27")).toStrictEqual([{ field: "cardExpiry", code: "impossible_card_age", params: { age } }]);
  });
});

describe("R-INFER-1 / R-INFER-2: what the engine answers from the card face", () => {
  const face = (birthDate: string, cardExpiry: string, today: string) => {
    const e = evaluateIso({ birthDate, cardExpiry }, today);
    return { years: e.card?.validityYears, certificate: e.certificate.expiresOn, basis: e.certificate.basis, signature: e.signatureCertificate, caveats: e.caveats };
  };
  it("R-INFER-1: aged 18 on C → 5-year card, certificate = C, no signature (R-CERT-6)", () => {
    expect(face("2008-06-01", "2026-06-01", "2026-01-01")).toStrictEqual({ years: 5, certificate: "2026-06-01", basis: "cardExpiry", signature: null, caveats: [] });
  });
  it("R-INFER-1: aged 19 on C → no signature, with caveat signatureUncertain", () => {
    expect(face("2007-06-01", "2026-06-01", "2026-01-01")).toStrictEqual({
      years: 5, certificate: "2026-06-01", basis: "cardExpiry", signature: null, caveats: [{ code: "signatureUncertain", rule: "R-INFER-1", alternatives: [] }],
    });
  });
  it("R-INFER-1: aged 20 on C → 5-year card with a signature certificate", () => {
    expect(face("2006-06-01", "2026-06-01", "2026-01-01")).toStrictEqual({
      years: 5, certificate: "2026-06-01", basis: "cardExpiry", signature: { expiresOn: "2026-06-01", bound: "exact" }, caveats: [],
    });
  });
  it("R-INFER-1: aged 24 on C, C − 5y = 2022-09-30 → 5-year card", () => {
    expect(face("2003-09-30", "2027-09-30", "2026-01-01")).toStrictEqual({
      years: 5, certificate: "2027-09-30", basis: "cardExpiry", signature: { expiresOn: "2027-09-30", bound: "exact" }, caveats: [],
    });
  });
  it("R-INFER-1 / R-INFER-2: aged 27 on C → adult card, first certificate 5 years before, caveat adultByDayBefore", () => {
    expect(face("2004-11-20", "2031-11-20", "2026-01-01")).toStrictEqual({
      years: 10, certificate: "2026-11-20", basis: "firstCertificate", signature: { expiresOn: "2026-11-20", bound: "exact" },
      caveats: [{ code: "adultByDayBefore", rule: "R-AGE-2", alternatives: [] }],
    });
  });
});

describe("R-INFER-3: probably renewed only once the first date is past", () => {
  // born 1990-06-01, card 2028-06-01: first certificate 2023-06-01 (window from 2023-03-02, grace to 2023-09-30)
  const at = (today: string) => evaluateIso({ birthDate: "1990-06-01", cardExpiry: "2028-06-01" }, today);
  it("R-INFER-3: before the window → the first certificate, valid", () => {
    const e = at("2023-03-01");
    expect([e.certificate.expiresOn, e.certificate.basis, e.stage, e.caveats]).toStrictEqual(["2023-06-01", "firstCertificate", "valid", []]);
  });
  it("R-INFER-3: on the first date itself (last valid day) → still the first certificate, renewal", () => {
    const e = at("2023-06-01");
    expect([e.certificate.expiresOn, e.certificate.basis, e.stage, e.caveats]).toStrictEqual(["2023-06-01", "firstCertificate", "renewal", []]);
  });
  const question = { renewedOnOrAfter: "2023-03-02", ifYes: { certificateExpiry: "2028-06-01" }, ifNo: { certificateExpiry: "2023-06-01" } };
  it("R-INFER-3: the day after → not-renewed reading (grace) while today ≤ G1, the renewed one as the alternative", () => {
    const e = at("2023-06-02");
    expect([e.certificate.expiresOn, e.certificate.basis, e.stage, e.nextSteps.slice(0, 2)]).toStrictEqual([
      "2023-06-01", "firstCertificate", "grace", ["reissueCertificateAtOffice", "checkCertificateExpiry"],
    ]);
    expect(e.caveats).toStrictEqual([{
      code: "renewalUnknown", rule: "R-INFER-3",
      alternatives: [{ assumption: "renewed", certificateExpiresOn: "2028-06-01", graceEndsOn: "2028-09-30", stage: "valid" }],
      question,
    }]);
  });
  it("R-INFER-3: on G1 (2023-09-30) still not renewed; the day after, the renewed reading (assumedRenewed)", () => {
    expect([at("2023-09-30").stage, at("2023-09-30").certificate.basis]).toStrictEqual(["grace", "firstCertificate"]);
    const e = at("2023-10-01");
    expect([e.certificate.expiresOn, e.certificate.basis, e.stage, e.nextSteps[0]]).toStrictEqual(["2028-06-01", "assumedRenewed", "valid", "checkCertificateExpiry"]);
    expect(e.caveats).toStrictEqual([{
      code: "renewalUnknown", rule: "R-INFER-3",
      alternatives: [{ assumption: "notRenewed", certificateExpiresOn: "2023-06-01", graceEndsOn: "2023-09-30", stage: "lapsed" }],
      question,
    }]);
  });
  it("R-INFER-3: a 5-year card has no earlier first certificate: never 'probably renewed'", () => {
    const e = evaluateIso({ birthDate: "2006-06-01", cardExpiry: "2026-06-01" }, "2026-06-02");
    expect([e.certificate.expiresOn, e.stage, e.caveats]).toStrictEqual(["2026-06-01", "grace", [{ code: "cardExpired", rule: "R-INFER-5", alternatives: [] }]]);
  });
  it("R-INFER-3: a typed certificate expiry answers the question (no caveat)", () => {
    const e = evaluateIso({ birthDate: "1990-06-01", cardExpiry: "2028-06-01", certificateExpiry: "2023-06-01" }, "2023-07-01");
    expect([e.certificate.expiresOn, e.certificate.basis, e.stage, e.caveats]).toStrictEqual(["2023-06-01", "given", "grace", []]);
  });
  it.each([
    ["2023-05-01", "2023-07-01", "2028-06-01", "cardExpiry", "valid"], // renewed in the window: 6th birthday = C
    ["2023-07-01", "2023-08-01", "2028-06-01", "cardExpiry", "valid"], // re-issued after expiry: 5th birthday = C
    ["2020-01-01", "2023-07-01", "2024-06-01", "fifthBirthday", "valid"], // re-issued early (R-CERT-4): 5th birthday
  ])("R-INFER-3 / R-CERT-3 / R-CERT-4: certificate issued %s, on %s → %s (%s), %s", (certificateIssuedOn, today, expected, basis, stage) => {
    const e = evaluateIso({ birthDate: "2000-06-01", cardExpiry: "2028-06-01", certificateIssuedOn }, today);
    expect([e.certificate.expiresOn, e.certificate.basis, e.stage, inputCaveats(e)]).toStrictEqual([expected, basis, stage, []]);
  });
});

describe("R-INFER-4: the printed card expiry should be a birthday", () => {
  const caveats = (birthDate: string, cardExpiry: string, today = "2023-01-01") => evaluateIso({ birthDate, cardExpiry }, today).caveats;
  const notBirthday = { code: "cardExpiryNotBirthday", rule: "R-INFER-4", alternatives: [] };
  const feb29 = { code: "feb29", rule: "R-DATE-4", alternatives: [] };
  it("R-INFER-4: a day off the birthday → warning", () => {
    expect(caveats("2000-06-01", "2028-06-02")).toStrictEqual([notBirthday]);
    expect(caveats("2000-06-01", "2028-05-31")).toStrictEqual([notBirthday]);
    expect(caveats("2000-06-01", "2028-06-01")).toStrictEqual([]);
  });
  it("R-INFER-4 + R-DATE-4: Feb 29 birth, common-year C: Feb 28 or Mar 1 accepted; every result carries feb29", () => {
    expect(caveats("2000-02-29", "2029-02-28")).toStrictEqual([feb29]);
    expect(caveats("2000-02-29", "2029-03-01")).toStrictEqual([feb29]);
    expect(caveats("2000-02-29", "2029-03-02")).toStrictEqual([notBirthday, feb29]);
    expect(caveats("2000-02-29", "2029-02-27")).toStrictEqual([notBirthday, feb29]);
  });
  it("R-INFER-4 + R-DATE-4: Feb 29 birth, leap-year C: only Feb 29", () => {
    // C 2028-02-29 or 2028-02-28: first certificate 2023-02-28 (common year): the Mar 1 reading is offered for it
    const march1 = { code: "feb29", rule: "R-DATE-4", alternatives: [{ assumption: "march1", certificateExpiresOn: "2023-03-01", graceEndsOn: "2023-06-30", stage: "renewal" }] };
    expect(caveats("2000-02-29", "2028-02-29")).toStrictEqual([march1]);
    expect(caveats("2000-02-29", "2028-02-28")).toStrictEqual([notBirthday, march1]);
    expect(caveats("2000-02-29", "2028-03-01")).toStrictEqual([notBirthday, march1]);
  });
  it("R-DATE-4: Feb 29 birth, first certificate on Feb 28 of a common year → Mar 1 alternative", () => {
    const e = evaluateIso({ birthDate: "2000-02-29", cardExpiry: "2031-02-28" }, "2025-06-01");
    expect([e.certificate.expiresOn, inputCaveats(e)]).toStrictEqual([
      "2026-02-28",
      [{ code: "feb29", rule: "R-DATE-4", alternatives: [{ assumption: "march1", certificateExpiresOn: "2026-03-01", graceEndsOn: "2026-06-30", stage: "valid" }] }],
    ]);
  });
  it("R-INFER-4: a period of stay that does not end on C does not excuse a non-birthday", () => {
    expect(evaluateIso({ birthDate: "1990-09-09", cardExpiry: "2027-05-31", periodOfStayEndsOn: "2028-01-01" }, "2022-01-01").caveats).toStrictEqual([notBirthday]);
  });
});
