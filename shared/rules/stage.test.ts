// Boundary tests for stage.ts and what follows from the stage (R-INS-2, R-INS-3, R-INS-6, R-INS-7,
// R-DATE-2). Each row: the day before, the day of and the day after a stage change.
import { describe, expect, it } from "vitest";
import { plainDate } from "./plain-date.ts";
import { CARD_2016 } from "./rule-set.ts";
import { READER_SCREEN, stageOn } from "./stage.ts";
import { evaluateIso } from "./test/evaluate-iso.ts";

const stage = (expiry: string, today: string) => stageOn(plainDate(expiry), plainDate(today), CARD_2016);

describe("R-INS-2: stages around each boundary", () => {
  // expiry, [day, stage] … (renewal start from R-RENEW-1, grace end from R-INS-1, by hand)
  const cases: [string, [string, string][]][] = [
    [
      "2027-05-31", // window from 2027-03-01 (clamped), grace to 2027-08-31
      [
        ["2027-02-28", "valid"],
        ["2027-03-01", "renewal"],
        ["2027-03-02", "renewal"],
        ["2027-05-30", "renewal"],
        ["2027-05-31", "renewal"],
        ["2027-06-01", "grace"],
        ["2027-08-30", "grace"],
        ["2027-08-31", "grace"],
        ["2027-09-01", "lapsed"],
      ],
    ],
    [
      "2026-11-14", // window from 2026-08-15, grace to 2027-02-28
      [
        ["2026-08-14", "valid"],
        ["2026-08-15", "renewal"],
        ["2026-11-14", "renewal"],
        ["2026-11-15", "grace"],
        ["2027-02-28", "grace"],
        ["2027-03-01", "lapsed"],
      ],
    ],
    [
      "2026-12-31", // window from 2026-10-01, grace to 2027-03-31 (year end)
      [
        ["2026-09-30", "valid"],
        ["2026-10-01", "renewal"],
        ["2026-12-31", "renewal"],
        ["2027-01-01", "grace"],
        ["2027-03-31", "grace"],
        ["2027-04-01", "lapsed"],
      ],
    ],
    [
      "2027-11-30", // window from 2027-08-31, grace to 2028-02-29 (leap)
      [
        ["2027-08-30", "valid"],
        ["2027-08-31", "renewal"],
        ["2027-11-30", "renewal"],
        ["2027-12-01", "grace"],
        ["2028-02-28", "grace"],
        ["2028-02-29", "grace"],
        ["2028-03-01", "lapsed"],
      ],
    ],
  ];
  for (const [expiry, days] of cases) {
    it.each(days)(`R-INS-2: expiry ${expiry}, on %s → %s`, (today, expected) => {
      expect(stage(expiry, today)).toBe(expected);
      expect(evaluateIso({ certificateExpiry: expiry }, today).stage).toBe(expected);
    });
  }

  it("R-INS-2 / R-INS-7: the reader screen per stage", () => {
    expect(READER_SCREEN).toStrictEqual({
      valid: "normal",
      renewal: "renewalAlert",
      grace: "qualificationOnly",
      lapsed: "lapsed",
    });
    const screens = ["2024-12-20", "2024-12-21", "2025-03-21", "2025-07-01"].map(
      (d) => evaluateIso({ certificateExpiry: "2025-03-20" }, d).reader,
    );
    expect(screens).toStrictEqual(["normal", "renewalAlert", "qualificationOnly", "lapsed"]);
  });
});

describe("R-INS-2 / R-INS-3: what works on each stage", () => {
  const works = (today: string) => evaluateIso({ certificateExpiry: "2025-03-20" }, today).capabilities;
  it("R-INS-2: valid and renewal: everything works; e-Tax unknown from the certificate expiry alone (R-CERT-7)", () => {
    const all = {
      insuranceFull: true,
      insuranceQualificationOnly: true,
      myNaPortalLogin: true,
      convenienceStoreCopies: true,
      eTaxSignature: null,
      photoId: true,
    };
    expect(works("2024-12-20")).toStrictEqual(all);
    expect(works("2025-03-20")).toStrictEqual(all);
  });
  it("R-INS-2 / R-INS-3: grace: qualification only; no portal, copies or e-Tax", () => {
    expect(works("2025-03-21")).toStrictEqual({
      insuranceFull: false,
      insuranceQualificationOnly: true,
      myNaPortalLogin: false,
      convenienceStoreCopies: false,
      eTaxSignature: false,
      photoId: null,
    });
    expect(works("2025-06-30")).toStrictEqual(works("2025-03-21"));
  });
  it("R-INS-2: lapsed: not usable as an insurance card", () => {
    expect(works("2025-07-01")).toStrictEqual({
      insuranceFull: false,
      insuranceQualificationOnly: false,
      myNaPortalLogin: false,
      convenienceStoreCopies: false,
      eTaxSignature: false,
      photoId: null,
    });
  });
  it("R-INS-3: in grace the card is still a photo ID while the card itself is valid", () => {
    // born 1980-10-10, issued 2020-05-15: certificate 2024-10-10, card 2029-10-10 (E1, E2)
    const e = evaluateIso({ birthDate: "1980-10-10", cardIssuedOn: "2020-05-15" }, "2024-12-01");
    expect(e.stage).toBe("grace");
    expect(e.capabilities).toStrictEqual({
      insuranceFull: false,
      insuranceQualificationOnly: true,
      myNaPortalLogin: false,
      convenienceStoreCopies: false,
      eTaxSignature: false,
      photoId: true,
    });
  });
});

describe("R-INS-6 / R-CARD-5: an expired card ends the certificates", () => {
  // E7: born 2010-06-01, issued 2022-05-10 → card and certificate 2026-06-01; grace to 2026-09-30.
  it("R-INS-6: on the card expiry day: renewal stage, no cardExpired caveat", () => {
    const e = evaluateIso({ birthDate: "2010-06-01", cardIssuedOn: "2022-05-10" }, "2026-06-01");
    expect([e.stage, e.caveats.map((c) => c.code), e.capabilities.photoId]).toStrictEqual([
      "renewal",
      ["signatureOnRequest"],
      true,
    ]);
  });
  it("R-INS-6: the day after: grace from the certificate that ended with the card, caveat cardExpired", () => {
    const e = evaluateIso({ birthDate: "2010-06-01", cardIssuedOn: "2022-05-10" }, "2026-06-02");
    expect([e.stage, e.certificate.graceEndsOn, e.caveats, e.capabilities.photoId]).toStrictEqual([
      "grace",
      "2026-09-30",
      [
        { code: "signatureOnRequest", rule: "R-CERT-6", alternatives: [] },
        { code: "cardExpired", rule: "R-INFER-5", alternatives: [] },
      ],
      false,
    ]);
    expect(evaluateIso({ birthDate: "2010-06-01", cardIssuedOn: "2022-05-10" }, "2026-10-01").stage).toBe("lapsed");
  });
});

describe("whole days until each date", () => {
  it("R-INS-2: the day after expiry 2025-03-20", () => {
    expect(evaluateIso({ certificateExpiry: "2025-03-20" }, "2025-03-21").daysUntil).toStrictEqual({
      renewalOpens: -90,
      certificateExpires: -1,
      graceEnds: 101,
      cardExpires: null,
    });
  });
  it("R-INS-2: on the expiry day, with a card (E8: card 2030-03-20)", () => {
    expect(evaluateIso({ birthDate: "1985-03-20", cardIssuedOn: "2020-09-01" }, "2025-03-20").daysUntil).toStrictEqual({
      renewalOpens: -89,
      certificateExpires: 0,
      graceEnds: 102,
      cardExpires: 1826,
    });
  });
});
