// Every row of the worked examples (examples.md beside the rule book), as a test (the typed-date rows live in shared/dates).
import { describe, expect, it } from "vitest";
import { errorsIso, evaluateIso } from "./test/evaluate-iso.ts";
import { plainDate } from "./plain-date.ts";
import { CARD_2016 } from "./rule-set.ts";
import { graceEndsOn, renewalOpensOn } from "./windows.ts";
import { stageOn } from "./stage.ts";

const TODAY = "2026-11-27";

describe("dates from issue (examples E1–E10)", () => {
  it("E1 born 1980-10-10, issued 2020-05-15 → card 2029-10-10 (政府広報) [R-CARD-1]", () => {
    expect(evaluateIso({ birthDate: "1980-10-10", cardIssuedOn: "2020-05-15" }, TODAY).card?.expiresOn).toBe("2029-10-10");
  });
  it("E2 same → certificates 2024-10-10, renewal from 2024-07-11, grace to 2025-01-31 [R-CERT-1, R-RENEW-1, R-INS-1]", () => {
    const e = evaluateIso({ birthDate: "1980-10-10", cardIssuedOn: "2020-05-15" }, "2024-06-01");
    expect(e.certificate.expiresOn).toBe("2024-10-10");
    expect(e.signatureCertificate).toStrictEqual({ expiresOn: "2024-10-10", bound: "exact" });
    expect(e.certificate.renewalOpensOn).toBe("2024-07-11");
    expect(e.certificate.graceEndsOn).toBe("2025-01-31");
  });
  it("E3 a birthday on the issue day is not counted [R-DATE-3]", () => {
    expect(evaluateIso({ birthDate: "1990-04-10", cardIssuedOn: "2020-04-10" }, TODAY).card?.expiresOn).toBe("2030-04-10");
  });
  it("E4 issued the day before the birthday [R-DATE-3]", () => {
    expect(evaluateIso({ birthDate: "1990-04-10", cardIssuedOn: "2020-04-09" }, TODAY).card?.expiresOn).toBe("2029-04-10");
  });
  it("E5 application before 2022-04-01 → threshold 20, aged 18 → 5-year card [R-CARD-2]", () => {
    const e = evaluateIso({ birthDate: "2003-07-01", cardIssuedOn: "2022-04-15", applicationReceivedOn: "2022-03-20" }, "2026-01-01");
    expect(e.card?.expiresOn).toBe("2026-07-01");
    expect(e.card?.validityYears).toBe(5);
    expect(e.caveats).toStrictEqual([]);
  });
  it("E6 application on 2022-04-05 → threshold 18 → 10-year card [R-CARD-2]", () => {
    const e = evaluateIso({ birthDate: "2003-07-01", cardIssuedOn: "2022-04-15", applicationReceivedOn: "2022-04-05" }, TODAY);
    expect(e.card?.expiresOn).toBe("2031-07-01");
    expect(e.card?.validityYears).toBe(10);
  });
  it("E7 born 2010-06-01, issued 2022-05-10 → card and certificate 2026-06-01, no signature [R-CARD-1, R-CERT-6]", () => {
    const e = evaluateIso({ birthDate: "2010-06-01", cardIssuedOn: "2022-05-10" }, "2026-01-01");
    expect(e.card?.expiresOn).toBe("2026-06-01");
    expect(e.certificate.expiresOn).toBe("2026-06-01");
    expect(e.signatureCertificate).toBeNull();
  });
  it("E8 born 1985-03-20, issued 2020-09-01 → card 2030-03-20, certificate 2025-03-20, renewal from 2024-12-21", () => {
    const e = evaluateIso({ birthDate: "1985-03-20", cardIssuedOn: "2020-09-01" }, "2024-01-01");
    expect([e.card?.expiresOn, e.certificate.expiresOn, e.certificate.renewalOpensOn]).toStrictEqual(["2030-03-20", "2025-03-20", "2024-12-21"]);
  });
  it("E9 E8 renewed 2025-01-15 inside the window → 2030-03-20 (6th birthday = card cap) [R-CERT-3]", () => {
    const e = evaluateIso({ birthDate: "1985-03-20", cardIssuedOn: "2020-09-01", certificateIssuedOn: "2025-01-15" }, "2025-02-01");
    expect(e.certificate.expiresOn).toBe("2030-03-20");
    expect(e.stage).toBe("valid");
  });
  it("E10 foreign resident: card and certificate end with the period of stay [R-CARD-4]", () => {
    const e = evaluateIso({ birthDate: "1990-09-09", cardIssuedOn: "2024-06-01", periodOfStayEndsOn: "2027-05-31" }, TODAY);
    expect(e.card?.expiresOn).toBe("2027-05-31");
    expect(e.card?.validityYears).toBeNull();
    expect(e.certificate.expiresOn).toBe("2027-05-31");
    expect(e.caveats.map((c) => c.code)).toStrictEqual(["periodOfStay"]);
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
  it("F2 born 2015-06-01, card 2033-06-01 → under 15: certificate 2033-06-01, no signature", () => {
    const e = evaluateIso({ birthDate: "2015-06-01", cardExpiry: "2033-06-01" }, TODAY);
    expect(e.certificate.expiresOn).toBe("2033-06-01");
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
    expect(e.caveats).toStrictEqual([
      {
        code: "renewalUnknown",
        rule: "R-INFER-3",
        alternatives: [{ assumption: "notRenewed", certificateExpiresOn: "2022-07-01", graceEndsOn: "2022-10-31", stage: "lapsed" }],
        question: { renewedOnOrAfter: "2022-04-02", ifYes: { certificateExpiry: "2027-07-01" }, ifNo: { certificateExpiry: "2022-07-01" } },
      },
    ]);
    expect(e.nextSteps[0]).toBe("checkCertificateExpiry");
  });
});

describe("renewed or not, expired cards (V1–V5, rules v2)", () => {
  const face = { birthDate: "1980-07-01", cardExpiry: "2031-07-01" };
  const issue = { birthDate: "1980-07-01", cardIssuedOn: "2021-08-01" };
  const question = { renewedOnOrAfter: "2026-04-02", ifYes: { certificateExpiry: "2031-07-01" }, ifNo: { certificateExpiry: "2026-07-01" } };
  it("V1 born 1980-07-01, card 2031-07-01, today 2026-07-14 → not renewed: grace to 2026-10-31; caveat renewed → valid; W1 2026-04-02 [R-INFER-3]", () => {
    const e = evaluateIso(face, "2026-07-14");
    expect([e.stage, e.certificate.expiresOn, e.certificate.basis, e.certificate.graceEndsOn]).toStrictEqual(["grace", "2026-07-01", "firstCertificate", "2026-10-31"]);
    expect(e.caveats).toStrictEqual([
      {
        code: "renewalUnknown",
        rule: "R-INFER-3",
        alternatives: [{ assumption: "renewed", certificateExpiresOn: "2031-07-01", graceEndsOn: "2031-10-31", stage: "valid" }],
        question,
      },
    ]);
    expect(e.nextSteps[0]).toBe("reissueCertificateAtOffice"); // renew now
  });
  it("V2 same, today 2026-11-01 → renewed: 2031-07-01 (assumedRenewed), valid; caveat not renewed → lapsed [R-INFER-3]", () => {
    const e = evaluateIso(face, "2026-11-01");
    expect([e.stage, e.certificate.expiresOn, e.certificate.basis]).toStrictEqual(["valid", "2031-07-01", "assumedRenewed"]);
    expect(e.caveats).toStrictEqual([
      {
        code: "renewalUnknown",
        rule: "R-INFER-3",
        alternatives: [{ assumption: "notRenewed", certificateExpiresOn: "2026-07-01", graceEndsOn: "2026-10-31", stage: "lapsed" }],
        question,
      },
    ]);
    expect(e.nextSteps[0]).toBe("checkCertificateExpiry");
  });
  it("V3 born 1980-07-01, card issued 2021-08-01 → the same as V1 and V2 on the issue route [R-INFER-3]", () => {
    for (const today of ["2026-07-14", "2026-11-01"]) {
      const a = evaluateIso(face, today);
      const b = evaluateIso(issue, today);
      expect([b.stage, b.certificate, b.caveats, b.nextSteps]).toStrictEqual([a.stage, a.certificate, a.caveats, a.nextSteps]);
    }
  });
  it("V3: the question's answers settle it through certificateExpiry (yes → C, no → E1)", () => {
    expect(evaluateIso({ ...face, certificateExpiry: question.ifYes.certificateExpiry }, "2026-07-14")).toMatchObject({ stage: "valid", caveats: [] });
    expect(evaluateIso({ ...issue, certificateExpiry: question.ifNo.certificateExpiry }, "2026-11-01")).toMatchObject({ stage: "lapsed", caveats: [] });
  });
  it("V4 born 1980-07-01, card 2026-07-01, today 2026-07-14 → card expired: grace to 2026-10-31; caveat not renewed → 2021-07-01 lapsed; a new card first [R-INFER-5]", () => {
    const e = evaluateIso({ birthDate: "1980-07-01", cardExpiry: "2026-07-01" }, "2026-07-14");
    expect([e.stage, e.certificate.expiresOn, e.certificate.graceEndsOn]).toStrictEqual(["grace", "2026-07-01", "2026-10-31"]);
    expect(e.caveats).toStrictEqual([
      {
        code: "cardExpired",
        rule: "R-INFER-5",
        alternatives: [{ assumption: "notRenewed", certificateExpiresOn: "2021-07-01", graceEndsOn: "2021-10-31", stage: "lapsed" }],
      },
    ]);
    expect(e.nextSteps[0]).toBe("renewCard");
    expect(e.capabilities.photoId).toBe(false);
  });
  it("V5 same, today 2026-11-01 → lapsed; caveat cardExpired without alternative [R-INFER-5]", () => {
    const e = evaluateIso({ birthDate: "1980-07-01", cardExpiry: "2026-07-01" }, "2026-11-01");
    expect(e.stage).toBe("lapsed");
    expect(e.caveats).toStrictEqual([{ code: "cardExpired", rule: "R-INFER-5", alternatives: [] }]);
    expect(e.nextSteps[0]).toBe("renewCard");
  });
});
