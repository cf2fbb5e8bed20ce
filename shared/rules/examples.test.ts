// Every row of the worked examples (examples.md beside the rule book), as a test (the typed-date rows live in shared/dates).
import { describe, expect, it } from "vitest";
import { plainDate } from "./plain-date.ts";
import { CARD_2016 } from "./rule-set.ts";
import { stageOn } from "./stage.ts";
import { errorsIso, evaluateIso, inputCaveats } from "./test/evaluate-iso.ts";
import { graceEndsOn, renewalOpensOn } from "./windows.ts";

const TODAY = "2026-11-27";

describe("dates from issue (examples E1–E10)", () => {
  it("E1 born 1980-10-10, issued 2020-05-15 → card 2029-10-10 (政府広報) [R-CARD-1]", () => {
    expect(evaluateIso({ birthDate: "1980-10-10", cardIssuedOn: "2020-05-15" }, TODAY).card?.expiresOn).toBe(
      "2029-10-10",
    );
  });
  it("E2 same → certificates 2024-10-10, renewal from 2024-07-11, grace to 2025-01-31 [R-CERT-1, R-RENEW-1, R-INS-1]", () => {
    const e = evaluateIso({ birthDate: "1980-10-10", cardIssuedOn: "2020-05-15" }, "2024-06-01");
    expect(e.certificate.expiresOn).toBe("2024-10-10");
    expect(e.signatureCertificate).toStrictEqual({ expiresOn: "2024-10-10", bound: "exact" });
    expect(e.certificate.renewalOpensOn).toBe("2024-07-11");
    expect(e.certificate.graceEndsOn).toBe("2025-01-31");
  });
  it("E3 a birthday on the issue day is not counted [R-DATE-3]", () => {
    expect(evaluateIso({ birthDate: "1990-04-10", cardIssuedOn: "2020-04-10" }, TODAY).card?.expiresOn).toBe(
      "2030-04-10",
    );
  });
  it("E4 issued the day before the birthday [R-DATE-3]", () => {
    expect(evaluateIso({ birthDate: "1990-04-10", cardIssuedOn: "2020-04-09" }, TODAY).card?.expiresOn).toBe(
      "2029-04-10",
    );
  });
  it("E5 application before 2022-04-01 → threshold 20, aged 18 → 5-year card [R-CARD-2]", () => {
    const e = evaluateIso(
      { birthDate: "2003-07-01", cardIssuedOn: "2022-04-15", applicationReceivedOn: "2022-03-20" },
      "2026-01-01",
    );
    expect(e.card?.expiresOn).toBe("2026-07-01");
    expect(e.card?.validityYears).toBe(5);
    expect(inputCaveats(e)).toStrictEqual([]);
  });
  it("E6 application on 2022-04-05 → threshold 18 → 10-year card [R-CARD-2]", () => {
    const e = evaluateIso(
      { birthDate: "2003-07-01", cardIssuedOn: "2022-04-15", applicationReceivedOn: "2022-04-05" },
      TODAY,
    );
    expect(e.card?.expiresOn).toBe("2031-07-01");
    expect(e.card?.validityYears).toBe(10);
  });
  it("E7 born 2010-06-01, issued 2022-05-10 → card and certificate 2026-06-01, no signature [R-CARD-1, R-CERT-6]", () => {
    // R-CERT-6 (v2): "none" is certain while the holder is under 15 (until the attain day 2025-05-31)
    const e = evaluateIso({ birthDate: "2010-06-01", cardIssuedOn: "2022-05-10" }, "2025-05-30");
    expect(e.card?.expiresOn).toBe("2026-06-01");
    expect(e.certificate.expiresOn).toBe("2026-06-01");
    expect(e.signatureCertificate).toBeNull();
  });
  it("E7 from the 15th attain day on: a signature certificate only if asked for (atMost, e-Tax unknown) [R-CERT-6]", () => {
    const e = evaluateIso({ birthDate: "2010-06-01", cardIssuedOn: "2022-05-10" }, "2025-05-31");
    expect(e.signatureCertificate).toStrictEqual({ expiresOn: "2026-06-01", bound: "atMost" });
    expect(e.capabilities.eTaxSignature).toBeNull();
    expect(inputCaveats(e).map((c) => c.code)).toStrictEqual(["signatureOnRequest"]);
  });
  it("E8 born 1985-03-20, issued 2020-09-01 → card 2030-03-20, certificate 2025-03-20, renewal from 2024-12-21", () => {
    const e = evaluateIso({ birthDate: "1985-03-20", cardIssuedOn: "2020-09-01" }, "2024-01-01");
    expect([e.card?.expiresOn, e.certificate.expiresOn, e.certificate.renewalOpensOn]).toStrictEqual([
      "2030-03-20",
      "2025-03-20",
      "2024-12-21",
    ]);
  });
  it("E9 E8 renewed 2025-01-15 inside the window → 2030-03-20 (6th birthday = card cap) [R-CERT-3]", () => {
    const e = evaluateIso(
      { birthDate: "1985-03-20", cardIssuedOn: "2020-09-01", certificateIssuedOn: "2025-01-15" },
      "2025-02-01",
    );
    expect(e.certificate.expiresOn).toBe("2030-03-20");
    expect(e.stage).toBe("valid");
  });
  it("E10 foreign resident: card and certificate end with the period of stay [R-CARD-4]", () => {
    const e = evaluateIso(
      { birthDate: "1990-09-09", cardIssuedOn: "2024-06-01", periodOfStayEndsOn: "2027-05-31" },
      TODAY,
    );
    expect(e.card?.expiresOn).toBe("2027-05-31");
    expect(e.card?.validityYears).toBeNull();
    expect(e.certificate.expiresOn).toBe("2027-05-31");
    expect(inputCaveats(e).map((c) => c.code)).toStrictEqual(["periodOfStay"]);
  });
});

describe("renewal window and grace (W1–W4)", () => {
  const cases: [string, string, "renewal" | "grace", string][] = [
    ["W1 (Tsurugashima)", "2025-06-15", "renewal", "2025-03-16"],
    ["W2 (Tama)", "2026-02-10", "grace", "2026-05-31"],
    ["W3 (MHLW wording)", "2026-11-14", "grace", "2027-02-28"],
    ["W4 (clamped month end)", "2027-05-31", "renewal", "2027-03-01"],
  ];
  it.each(cases)("%s expiry %s → %s %s", (_, expiry, kind, expected) => {
    const e = evaluateIso({ certificateExpiry: expiry }, TODAY);
    expect(kind === "renewal" ? e.certificate.renewalOpensOn : e.certificate.graceEndsOn).toBe(expected);
  });
});

describe("stage by day (certificate expiry 2025-03-20)", () => {
  const rows = [
    ["2024-12-20", "valid"],
    ["2024-12-21", "renewal"],
    ["2025-03-20", "renewal"],
    ["2025-03-21", "grace"],
    ["2025-06-30", "grace"],
    ["2025-07-01", "lapsed"],
  ] as const;
  it.each(rows)("on %s → %s [R-INS-2]", (today, stage) => {
    const e = evaluateIso({ certificateExpiry: "2025-03-20" }, today);
    expect(e.stage).toBe(stage);
    expect([e.certificate.renewalOpensOn, e.certificate.graceEndsOn]).toStrictEqual(["2024-12-21", "2025-06-30"]);
  });
  it("uses the same windows the pure helpers give", () => {
    const expiry = plainDate("2025-03-20");
    expect(renewalOpensOn(expiry, CARD_2016).toString()).toBe("2024-12-21");
    expect(graceEndsOn(expiry, CARD_2016).toString()).toBe("2025-06-30");
    expect(stageOn(expiry, plainDate("2025-07-01"), CARD_2016)).toBe("lapsed");
  });
});

describe("from the card face (F1–F4)", () => {
  it("F1 born 1985-11-14, card 2031-11-14 → adult card, first certificate 2026-11-14 [R-INFER-2]", () => {
    const e = evaluateIso({ birthDate: "1985-11-14", cardExpiry: "2031-11-14" }, "2026-11-01");
    expect(e.card?.validityYears).toBe(10);
    expect(e.certificate).toMatchObject({ expiresOn: "2026-11-14", basis: "firstCertificate" });
    // K1: 2026-11-14 is a Saturday (R-COUNTER-1); nothing about the input is uncertain.
    expect(e.caveats).toStrictEqual([{ code: "expiryOnClosedDay", rule: "R-COUNTER-1", alternatives: [] }]);
  });
  it("F2 born 2015-06-01, card 2027-06-01 → under 15: certificate 2027-06-01, no signature", () => {
    const e = evaluateIso({ birthDate: "2015-06-01", cardExpiry: "2027-06-01" }, TODAY);
    expect(e.certificate.expiresOn).toBe("2027-06-01");
    expect(e.signatureCertificate).toBeNull();
  });
  it("F3 born 2000-06-01, card 2026-06-01 → input error (aged 26) [R-INFER-1]", () => {
    expect(errorsIso({ birthDate: "2000-06-01", cardExpiry: "2026-06-01" }, TODAY)).toStrictEqual([
      { field: "cardExpiry", code: "impossible_card_age", params: { age: "26" } },
    ]);
  });
  it("F4 born 1980-07-01, card 2027-07-01, today 2026-10-03 → past G1: the renewed reading, both outcomes [R-INFER-3]", () => {
    const e = evaluateIso({ birthDate: "1980-07-01", cardExpiry: "2027-07-01" }, "2026-10-03");
    expect(e.stage).toBe("valid");
    expect(e.certificate).toMatchObject({ expiresOn: "2027-07-01", basis: "assumedRenewed" });
    expect(inputCaveats(e)).toStrictEqual([
      {
        code: "renewalUnknown",
        rule: "R-INFER-3",
        alternatives: [
          { assumption: "notRenewed", certificateExpiresOn: "2022-07-01", graceEndsOn: "2022-10-31", stage: "lapsed" },
        ],
        question: {
          renewedOnOrAfter: "2022-04-02",
          ifYes: { certificateExpiry: "2027-07-01" },
          ifNo: { certificateExpiry: "2022-07-01" },
        },
      },
    ]);
    expect(e.nextSteps[0]).toBe("checkCertificateExpiry");
  });
});

describe("renewed or not, expired cards (V1–V5, rules v2)", () => {
  const face = { birthDate: "1980-07-01", cardExpiry: "2031-07-01" };
  const issue = { birthDate: "1980-07-01", cardIssuedOn: "2021-08-01" };
  const question = {
    renewedOnOrAfter: "2026-04-02",
    ifYes: { certificateExpiry: "2031-07-01" },
    ifNo: { certificateExpiry: "2026-07-01" },
  };
  it("V1 born 1980-07-01, card 2031-07-01, today 2026-07-14 → not renewed: grace to 2026-10-31; caveat renewed → valid; W1 2026-04-02 [R-INFER-3]", () => {
    const e = evaluateIso(face, "2026-07-14");
    expect([e.stage, e.certificate.expiresOn, e.certificate.basis, e.certificate.graceEndsOn]).toStrictEqual([
      "grace",
      "2026-07-01",
      "firstCertificate",
      "2026-10-31",
    ]);
    expect(inputCaveats(e)).toStrictEqual([
      {
        code: "renewalUnknown",
        rule: "R-INFER-3",
        alternatives: [
          { assumption: "renewed", certificateExpiresOn: "2031-07-01", graceEndsOn: "2031-10-31", stage: "valid" },
        ],
        question,
      },
    ]);
    expect(e.nextSteps[0]).toBe("reissueCertificateAtOffice"); // renew now
  });
  it("V2 same, today 2026-11-01 → renewed: 2031-07-01 (assumedRenewed), valid; caveat not renewed → lapsed [R-INFER-3]", () => {
    const e = evaluateIso(face, "2026-11-01");
    expect([e.stage, e.certificate.expiresOn, e.certificate.basis]).toStrictEqual([
      "valid",
      "2031-07-01",
      "assumedRenewed",
    ]);
    expect(inputCaveats(e)).toStrictEqual([
      {
        code: "renewalUnknown",
        rule: "R-INFER-3",
        alternatives: [
          { assumption: "notRenewed", certificateExpiresOn: "2026-07-01", graceEndsOn: "2026-10-31", stage: "lapsed" },
        ],
        question,
      },
    ]);
    expect(e.nextSteps[0]).toBe("checkCertificateExpiry");
  });
  it("V3 born 1980-07-01, card issued 2021-08-01 → the same as V1 and V2 on the issue route [R-INFER-3]", () => {
    for (const today of ["2026-07-14", "2026-11-01"]) {
      const a = evaluateIso(face, today);
      const b = evaluateIso(issue, today);
      expect([b.stage, b.certificate, inputCaveats(b), b.nextSteps]).toStrictEqual([
        a.stage,
        a.certificate,
        inputCaveats(a),
        a.nextSteps,
      ]);
    }
  });
  it("V3: the question's answers settle it through certificateExpiry (yes → C, no → E1)", () => {
    expect(evaluateIso({ ...face, certificateExpiry: question.ifYes.certificateExpiry }, "2026-07-14")).toMatchObject({
      stage: "valid",
      caveats: [],
    });
    expect(evaluateIso({ ...issue, certificateExpiry: question.ifNo.certificateExpiry }, "2026-11-01")).toMatchObject({
      stage: "lapsed",
      caveats: [],
    });
  });
  it("V4 born 1980-07-01, card 2026-07-01, today 2026-07-14 → card expired: grace to 2026-10-31; caveat not renewed → 2021-07-01 lapsed; a new card first [R-INFER-5]", () => {
    const e = evaluateIso({ birthDate: "1980-07-01", cardExpiry: "2026-07-01" }, "2026-07-14");
    expect([e.stage, e.certificate.expiresOn, e.certificate.graceEndsOn]).toStrictEqual([
      "grace",
      "2026-07-01",
      "2026-10-31",
    ]);
    expect(inputCaveats(e)).toStrictEqual([
      {
        code: "cardExpired",
        rule: "R-INFER-5",
        alternatives: [
          { assumption: "notRenewed", certificateExpiresOn: "2021-07-01", graceEndsOn: "2021-10-31", stage: "lapsed" },
        ],
      },
    ]);
    expect(e.nextSteps[0]).toBe("renewCard");
    expect(e.capabilities.photoId).toBe(false);
    // the issue route too (issued 2016-07-01: the 10th birthday after is 2026-07-01)
    const b = evaluateIso({ birthDate: "1980-07-01", cardIssuedOn: "2016-07-01" }, "2026-07-14");
    expect([b.stage, b.certificate, inputCaveats(b), b.nextSteps]).toStrictEqual([
      e.stage,
      e.certificate,
      inputCaveats(e),
      e.nextSteps,
    ]);
  });
  it("V5 same, today 2026-11-01 → lapsed; caveat cardExpired without alternative [R-INFER-5]", () => {
    const e = evaluateIso({ birthDate: "1980-07-01", cardExpiry: "2026-07-01" }, "2026-11-01");
    expect(e.stage).toBe("lapsed");
    expect(inputCaveats(e)).toStrictEqual([{ code: "cardExpired", rule: "R-INFER-5", alternatives: [] }]);
    expect(e.nextSteps[0]).toBe("renewCard");
  });
});

describe("impossible faces, certificate dates, signatures, ages, Feb 29, stays (V6–V16, rules v2)", () => {
  it("V6 born 2000-06-01, card 2028-06-01, today 2026-06-01 → error on cardExpiry (age 28 needs C ≥ 2031-04-02) [R-INFER-1]", () => {
    expect(errorsIso({ birthDate: "2000-06-01", cardExpiry: "2028-06-01" }, "2026-06-01")).toStrictEqual([
      { field: "cardExpiry", code: "impossible_card_age", params: { age: "28", cardFrom: "2031-04-02" } },
    ]);
    // why: the same age on a C from 2031-04-02 is a 10-year card issued at 18 under threshold 18
    expect(evaluateIso({ birthDate: "2003-06-01", cardExpiry: "2031-06-01" }, "2026-06-01").card?.validityYears).toBe(
      10,
    );
  });
  it("V7 born 2004-11-01, card 2027-11-01, application received 2022-03-25 → 5-year card (threshold 20), no error [R-INFER-1]", () => {
    const e = evaluateIso(
      { birthDate: "2004-11-01", cardExpiry: "2027-11-01", applicationReceivedOn: "2022-03-25" },
      "2026-06-01",
    );
    expect([e.card?.validityYears, e.certificate.expiresOn, inputCaveats(e)]).toStrictEqual([5, "2027-11-01", []]);
    // why: without it the issue (on or after 2022-11-01) falls under threshold 18, where 18 is adult
    expect(errorsIso({ birthDate: "2004-11-01", cardExpiry: "2027-11-01" }, "2026-06-01")[0]).toMatchObject({
      code: "impossible_card_age",
    });
    expect(
      errorsIso(
        { birthDate: "2004-11-01", cardExpiry: "2027-11-01", applicationReceivedOn: "2022-04-01" },
        "2026-06-01",
      )[0],
    ).toMatchObject({ code: "impossible_card_age" });
  });
  it("V8 born 1985-11-14, card 2031-11-14, certificate issued 2021-11-13 → certificate_issued_before_card, earliest 2021-11-14 [R-INPUT-1]", () => {
    expect(
      errorsIso({ birthDate: "1985-11-14", cardExpiry: "2031-11-14", certificateIssuedOn: "2021-11-13" }, "2026-06-01"),
    ).toStrictEqual([
      { field: "certificateIssuedOn", code: "certificate_issued_before_card", params: { earliest: "2021-11-14" } },
    ]);
  });
  it("V9 same, certificate issued 2021-11-14, today 2026-06-01 → certificate 2026-11-14 (an issue with the card) [R-CERT-4]", () => {
    const e = evaluateIso(
      { birthDate: "1985-11-14", cardExpiry: "2031-11-14", certificateIssuedOn: "2021-11-14" },
      "2026-06-01",
    );
    expect([e.certificate.expiresOn, e.stage, inputCaveats(e)]).toStrictEqual(["2026-11-14", "valid", []]);
  });
  it("V10 born 2006-09-23, card issued 2020-09-15, certificate issued 2024-08-10 → user 2024-09-23; signature atMost, e-Tax unknown, caveat [R-CERT-6]", () => {
    const input = { birthDate: "2006-09-23", cardIssuedOn: "2020-09-15", certificateIssuedOn: "2024-08-10" };
    const e = evaluateIso(input, "2024-09-01");
    expect([e.certificate.expiresOn, e.signatureCertificate, e.capabilities.eTaxSignature]).toStrictEqual([
      "2024-09-23",
      { expiresOn: "2024-09-23", bound: "atMost" },
      null,
    ]);
    expect(inputCaveats(e)).toStrictEqual([{ code: "signatureOnRequest", rule: "R-CERT-6", alternatives: [] }]);
    // both routes alike: the card face of the same card
    const face = evaluateIso(
      { birthDate: "2006-09-23", cardExpiry: "2024-09-23", certificateIssuedOn: "2024-08-10" },
      "2024-09-01",
    );
    expect([face.signatureCertificate, face.capabilities.eTaxSignature]).toStrictEqual([e.signatureCertificate, null]);
  });
  it("V11 born 2002-06-16, card issued 2022-06-15 → card 2031-06-16, certificate 2026-06-16; caveat ageBoundary: 5-year card 2026-06-16 [R-AGE-2]", () => {
    const e = evaluateIso({ birthDate: "2002-06-16", cardIssuedOn: "2022-06-15" }, "2026-01-01");
    expect([e.card?.expiresOn, e.certificate.expiresOn]).toStrictEqual(["2031-06-16", "2026-06-16"]);
    expect(inputCaveats(e)).toStrictEqual([
      {
        code: "ageBoundary",
        rule: "R-AGE-2",
        alternatives: [
          {
            assumption: "minorCard",
            certificateExpiresOn: "2026-06-16",
            graceEndsOn: "2026-09-30",
            stage: "valid",
            cardExpiresOn: "2026-06-16",
          },
        ],
      },
    ]);
  });
  it("V12 V11 with printed card expiry 2026-06-16 → accepted: the 5-year card [R-AGE-2]", () => {
    const e = evaluateIso(
      { birthDate: "2002-06-16", cardIssuedOn: "2022-06-15", cardExpiry: "2026-06-16" },
      "2026-01-01",
    );
    expect([e.card?.expiresOn, e.card?.validityYears, inputCaveats(e)]).toStrictEqual(["2026-06-16", 5, []]);
    expect(
      evaluateIso({ birthDate: "2002-06-16", cardIssuedOn: "2022-06-15", cardExpiry: "2031-06-16" }, "2026-01-01").card
        ?.validityYears,
    ).toBe(10);
    expect(
      errorsIso({ birthDate: "2002-06-16", cardIssuedOn: "2022-06-15", cardExpiry: "2027-06-16" }, "2026-01-01")[0],
    ).toMatchObject({ code: "card_expiry_mismatch" });
  });
  it("V13 born 2000-02-29, card issued 2021-02-28 → card 2031-02-28, certificate 2026-02-28; Mar 1 recount: 2030-03-01, 2025-03-01 [R-DATE-4]", () => {
    const e = evaluateIso({ birthDate: "2000-02-29", cardIssuedOn: "2021-02-28" }, "2024-01-01");
    expect([e.card?.expiresOn, e.certificate.expiresOn]).toStrictEqual(["2031-02-28", "2026-02-28"]);
    expect(inputCaveats(e)).toStrictEqual([
      {
        code: "feb29",
        rule: "R-DATE-4",
        convention: "feb28",
        alternatives: [
          {
            assumption: "march1",
            certificateExpiresOn: "2025-03-01",
            graceEndsOn: "2025-06-30",
            stage: "valid",
            cardExpiresOn: "2030-03-01",
          },
        ],
      },
    ]);
  });
  it("V14 born 2000-02-29, card 2031-03-01 (printed, a common year) → Mar 1 convention, no alternative: certificate 2026-03-01 [R-DATE-4]", () => {
    const e = evaluateIso({ birthDate: "2000-02-29", cardExpiry: "2031-03-01" }, "2025-06-01");
    expect([e.certificate.expiresOn, inputCaveats(e)]).toStrictEqual([
      "2026-03-01",
      [{ code: "feb29", rule: "R-DATE-4", alternatives: [], convention: "mar1" }],
    ]);
  });
  it("V15 foreign resident, born 1990-09-09, card 2026-07-31 = stay, today 2025-10-01 → 2026-07-31; periodOfStay: may have ended 2025-09-09; notice null [R-INFER-6]", () => {
    const e = evaluateIso(
      { birthDate: "1990-09-09", cardExpiry: "2026-07-31", periodOfStayEndsOn: "2026-07-31" },
      "2025-10-01",
    );
    expect([e.certificate.expiresOn, e.certificate.noticeExpectedFrom, e.certificate.noticeExpectedTo]).toStrictEqual([
      "2026-07-31",
      null,
      null,
    ]);
    expect(inputCaveats(e)).toStrictEqual([
      {
        code: "periodOfStay",
        rule: "R-INFER-6",
        alternatives: [
          {
            assumption: "earlierBirthday",
            certificateExpiresOn: "2025-09-09",
            graceEndsOn: "2025-12-31",
            stage: "grace",
          },
        ],
      },
    ]);
  });
  it("V16 born 1990-09-09, card 2031-09-09, period of stay ends 2029-07-31 → error: the stay ends before the printed card expiry [R-INFER-6, R-INPUT-1]", () => {
    expect(
      errorsIso({ birthDate: "1990-09-09", cardExpiry: "2031-09-09", periodOfStayEndsOn: "2029-07-31" }, "2026-06-01"),
    ).toStrictEqual([{ field: "periodOfStayEndsOn", code: "stay_ends_before_card_expiry" }]);
  });
});
