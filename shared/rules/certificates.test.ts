// Boundary tests for the certificates (certificates.ts, from-card-issue.ts): R-CERT-1 to R-CERT-6.
// Expected dates by hand: the n-th birthday strictly after the issue date (R-DATE-3), capped by the card.
import { describe, expect, it } from "vitest";
import { certificateFromIssue } from "./certificates.ts";
import { plainDate } from "./plain-date.ts";
import { CARD_2016 } from "./rule-set.ts";
import { evaluateIso } from "./test/evaluate-iso.ts";

function certificate(birth: string, issuedOn: string, cardExpiresOn: string, previous?: string) {
  const r = certificateFromIssue(
    plainDate(birth),
    plainDate(issuedOn),
    plainDate(cardExpiresOn),
    CARD_2016,
    previous ? plainDate(previous) : undefined,
  );
  return [r.expiresOn.toString(), r.basis];
}

describe("R-CERT-3 / R-CERT-4: renewal around the window (previous expiry 2025-03-20, window from 2024-12-21)", () => {
  const far = "2040-03-20"; // a card cap that does not bite
  it.each([
    ["2024-12-20", "2029-03-20", "fifthBirthday"], // day before the window: an ordinary issue (5th birthday)
    ["2024-12-21", "2030-03-20", "sixthBirthday"], // first day of the window: 6th birthday
    ["2025-03-19", "2030-03-20", "sixthBirthday"],
    ["2025-03-20", "2031-03-20", "sixthBirthday"], // on the expiry day: 6th birthday after it (Decisions: literal reading)
    ["2025-03-21", "2030-03-20", "fifthBirthday"], // day after expiry: re-issue (R-CERT-4), 5th birthday
  ])("R-CERT-3: born 1985-03-20, renewed %s → %s (%s)", (issuedOn, expected, basis) => {
    expect(certificate("1985-03-20", issuedOn, far, "2025-03-20")).toStrictEqual([expected, basis]);
  });

  it("R-CERT-1: without a previous certificate the window plays no part", () => {
    expect(certificate("1985-03-20", "2024-12-21", "2040-03-20")).toStrictEqual(["2029-03-20", "fifthBirthday"]);
  });

  it.each([
    ["2024-12-21", "2030-03-20", "2030-03-20", "cardExpiry"], // 6th birthday equals the card: capped
    ["2024-12-20", "2030-03-20", "2029-03-20", "fifthBirthday"],
    ["2024-12-20", "2029-03-20", "2029-03-20", "cardExpiry"], // equal to the card
    ["2024-12-20", "2029-03-19", "2029-03-19", "cardExpiry"], // card one day earlier
    ["2024-12-20", "2029-03-21", "2029-03-20", "fifthBirthday"], // card one day later
  ])("R-CERT-1(b): renewed %s on a card ending %s → %s (%s)", (issuedOn, cardExpiresOn, expected, basis) => {
    expect(certificate("1985-03-20", issuedOn, cardExpiresOn, "2025-03-20")).toStrictEqual([expected, basis]);
  });

  it("R-CERT-3 + R-RENEW-1: a clamped window (previous 2027-05-31, window from 2027-03-01)", () => {
    expect(certificate("1990-05-31", "2027-02-28", "2045-05-31", "2027-05-31")).toStrictEqual([
      "2031-05-31",
      "fifthBirthday",
    ]);
    expect(certificate("1990-05-31", "2027-03-01", "2045-05-31", "2027-05-31")).toStrictEqual([
      "2032-05-31",
      "sixthBirthday",
    ]);
  });

  it("R-CERT-3 + R-DATE-4: Feb 29 birth (previous 2026-02-28, window from 2025-11-29)", () => {
    expect(certificate("2000-02-29", "2025-11-28", "2050-02-28", "2026-02-28")).toStrictEqual([
      "2030-02-28",
      "fifthBirthday",
    ]);
    expect(certificate("2000-02-29", "2025-11-29", "2050-02-28", "2026-02-28")).toStrictEqual([
      "2031-02-28",
      "sixthBirthday",
    ]);
    expect(certificate("2000-02-29", "2026-02-28", "2050-02-28", "2026-02-28")).toStrictEqual([
      "2032-02-29",
      "sixthBirthday",
    ]);
  });
});

describe("R-CERT-1 / R-CERT-3 / R-CERT-4 / R-CERT-5 through the engine (E8: card 2030-03-20, first certificate 2025-03-20)", () => {
  const renewed = (certificateIssuedOn: string) => {
    const e = evaluateIso({ birthDate: "1985-03-20", cardIssuedOn: "2020-09-01", certificateIssuedOn }, "2026-06-01");
    return [e.certificate.expiresOn, e.certificate.basis, e.signatureCertificate?.expiresOn, e.stage];
  };
  it.each([
    ["2020-09-01", "2025-03-20", "fifthBirthday", "lapsed"], // issued with the card: the first certificate
    ["2022-01-01", "2026-03-20", "fifthBirthday", "grace"], // re-issued early (e.g. lost): 5th birthday, grace to 2026-06-30
    ["2024-12-20", "2029-03-20", "fifthBirthday", "valid"], // day before the window
    ["2024-12-21", "2030-03-20", "cardExpiry", "valid"], // first day of the window: 6th birthday = the card (E9)
    ["2025-03-20", "2030-03-20", "cardExpiry", "valid"], // on the expiry day: capped by the card
    ["2025-03-21", "2030-03-20", "cardExpiry", "valid"], // re-issue after expiry (R-CERT-4): 5th birthday = the card
    ["2026-05-01", "2030-03-20", "cardExpiry", "valid"], // R-CERT-5: after any renewal, runs to the card
  ])(
    "R-CERT-3/4: certificate issued %s → %s (%s), signature alike, stage on 2026-06-01 %s",
    (issuedOn, expected, basis, stage) => {
      expect(renewed(issuedOn)).toStrictEqual([expected, basis, expected, stage]);
    },
  );

  it("R-CERT-1: a minor's certificate ends with the card (same at every age)", () => {
    const e = evaluateIso({ birthDate: "2016-03-01", cardIssuedOn: "2016-03-01" }, "2020-01-01");
    expect([e.card?.expiresOn, e.certificate.expiresOn, e.certificate.basis]).toStrictEqual([
      "2021-03-01",
      "2021-03-01",
      "cardExpiry",
    ]);
  });

  it("R-CERT-2: from the certificate expiry alone, the signature certificate is at most the user certificate", () => {
    expect(evaluateIso({ certificateExpiry: "2027-01-15" }, "2026-11-27").signatureCertificate).toStrictEqual({
      expiresOn: "2027-01-15",
      bound: "atMost",
    });
  });
});

describe("R-CERT-6: no signature certificate under 15 at issue", () => {
  // born 2007-06-01: attain day of 15 is 2022-05-31 (R-AGE-1)
  const at = (input: { cardIssuedOn: string; certificateIssuedOn?: string }, today = "2026-01-01") => {
    const e = evaluateIso({ birthDate: "2007-06-01", ...input }, today);
    return [e.card?.expiresOn, e.signatureCertificate, e.rules.includes("R-CERT-6")];
  };
  const onRequest = { expiresOn: "2026-06-01", bound: "atMost" };
  it("R-CERT-6: card issued the day before the attain day (aged 14) → none while still under 15", () => {
    expect(at({ cardIssuedOn: "2022-05-30" }, "2022-05-30")).toStrictEqual(["2026-06-01", null, true]);
  });
  it("R-CERT-6 (v2): from the 15th attain day on, one may have been issued on request → atMost, e-Tax unknown, caveat", () => {
    expect(at({ cardIssuedOn: "2022-05-30" }, "2022-05-31")).toStrictEqual(["2026-06-01", onRequest, true]);
    const e = evaluateIso({ birthDate: "2007-06-01", cardIssuedOn: "2022-05-30" }, "2026-01-01");
    expect([e.capabilities.eTaxSignature, e.caveats.map((c) => c.code)]).toStrictEqual([null, ["signatureOnRequest"]]);
  });
  it("R-CERT-6: a card that ended before the 15th attain day never had one", () => {
    // born 2012-06-01, issued 2016-06-01 (aged 4): card 2021-06-01; attain day of 15 is 2027-05-31
    const e = evaluateIso({ birthDate: "2012-06-01", cardIssuedOn: "2016-06-01" }, "2030-01-01");
    expect([e.card?.expiresOn, e.signatureCertificate]).toStrictEqual(["2021-06-01", null]);
  });
  it("R-CERT-6 + R-AGE-1: card issued on the day before the 15th birthday → issued", () => {
    expect(at({ cardIssuedOn: "2022-05-31" })).toStrictEqual([
      "2026-06-01",
      { expiresOn: "2026-06-01", bound: "exact" },
      false,
    ]);
  });
  it("R-CERT-6: card issued on the 15th birthday → issued", () => {
    expect(at({ cardIssuedOn: "2022-06-01" })).toStrictEqual([
      "2027-06-01",
      { expiresOn: "2027-06-01", bound: "exact" },
      false,
    ]);
  });
  it("R-CERT-6 (v2): a certificate re-issued at 15 on a card issued at 14 → only if asked for (atMost), the same on both routes", () => {
    expect(at({ cardIssuedOn: "2022-05-30", certificateIssuedOn: "2022-05-31" })).toStrictEqual([
      "2026-06-01",
      onRequest,
      true,
    ]);
    const face = evaluateIso(
      { birthDate: "2007-06-01", cardExpiry: "2026-06-01", certificateIssuedOn: "2022-05-31" },
      "2026-01-01",
    );
    expect(face.signatureCertificate).toStrictEqual(onRequest);
  });
  it("R-CERT-6: a certificate re-issued still aged 14 → none while under 15", () => {
    expect(at({ cardIssuedOn: "2022-05-01", certificateIssuedOn: "2022-05-30" }, "2022-05-30")).toStrictEqual([
      "2026-06-01",
      null,
      true,
    ]);
  });
});

describe("R-CERT-6 on a stay-limited card face (R-INFER-6: issued on or after 2016-01-01, early enough for C)", () => {
  // C is the end of the period of stay, so the card is stay-limited whatever the birthday.
  const face = (birthDate: string, cardExpiry: string, today: string) => {
    const e = evaluateIso({ birthDate, cardExpiry, periodOfStayEndsOn: cardExpiry }, today);
    const onRequest = e.caveats.some((c) => c.code === "signatureOnRequest");
    return [e.signatureCertificate?.bound ?? null, e.capabilities.eTaxSignature, onRequest];
  };
  it("15 on 2016-01-01 (attain day 2016-01-01 or earlier): every card was issued at 15 or older → exact, e-Tax works", () => {
    expect(face("1980-05-05", "2027-03-31", "2026-12-02")).toStrictEqual(["exact", true, false]);
    expect(face("2001-01-01", "2027-03-31", "2026-12-02")).toStrictEqual(["exact", true, false]);
    expect(face("2001-01-02", "2027-03-31", "2026-12-02")).toStrictEqual(["exact", true, false]);
  });
  it("attain day 2016-01-02 (14 on 2016-01-01): may have been issued under 15 → atMost, e-Tax unknown, caveat", () => {
    // issued 2016-01-01, the last day under 15: a 5-year card to 2020-01-03 (R-CARD-1)
    expect(face("2001-01-03", "2020-01-03", "2019-06-01")).toStrictEqual(["atMost", null, true]);
  });
  it("a C no card issued under 15 can reach (R-CARD-4: never past its R-CARD-1 date) → exact (review8 #3)", () => {
    expect(face("2001-01-03", "2020-01-04", "2019-06-01")).toStrictEqual(["exact", true, false]);
    expect(face("2001-01-03", "2027-03-31", "2026-12-02")).toStrictEqual(["exact", true, false]);
  });
  it("under 15 today → none (the day before the attain day), atMost from the attain day on (Feb 29: Feb 28)", () => {
    expect(face("2015-05-05", "2027-03-31", "2026-12-02")).toStrictEqual([null, false, false]);
    // born 2012-02-29: the 15th attain day is 2027-02-28 (R-AGE-1)
    expect(face("2012-02-29", "2028-06-30", "2027-02-27")).toStrictEqual([null, false, false]);
    expect(face("2012-02-29", "2028-06-30", "2027-02-28")).toStrictEqual(["atMost", null, true]);
  });
  it("a card that ended before the 15th attain day never had one; ending on it, it may", () => {
    expect(face("2008-12-04", "2018-12-30", "2025-12-03")).toStrictEqual([null, false, false]);
    // born 2008-12-04: attain day 2023-12-03
    expect(face("2008-12-04", "2023-12-02", "2025-12-03")).toStrictEqual([null, false, false]);
    expect(face("2008-12-04", "2023-12-03", "2025-12-03")[0]).toBe("atMost");
  });
});
