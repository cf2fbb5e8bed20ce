// R-INFER-3's last point: "A certificate date the user gives (`certificateExpiry`,
// `certificateIssuedOn`) always beats the assumption" — in the caveats' other readings too.
import { describe, expect, it } from "vitest";
import { evaluateIso, inputCaveats } from "./test/evaluate-iso.ts";

const alternativesOf = (e: ReturnType<typeof evaluateIso>, code: string) =>
  inputCaveats(e).find((c) => c.code === code)?.alternatives;

describe("a typed certificateExpiry in another card reading (R-CARD-3, R-AGE-2; oracle O2)", () => {
  // born 2003-07-10, issued 2022-07-01 at 18, application date unknown (R-CARD-3): 5-year card
  // 2026-07-10 (threshold 20) or 10-year 2031-07-10 (threshold 18); the certificate as typed.
  const transition = (today: string) =>
    alternativesOf(
      evaluateIso({ birthDate: "2003-07-10", cardIssuedOn: "2022-07-01", certificateExpiry: "2024-08-01" }, today),
      "thresholdTransition",
    );
  it("R-CARD-3: the adult card's alternative keeps the typed 2024-08-01; only the card differs", () => {
    expect(transition("2026-12-02")).toStrictEqual([
      {
        assumption: "adultCard",
        certificateExpiresOn: "2024-08-01",
        graceEndsOn: "2024-11-30",
        stage: "lapsed",
        cardExpiresOn: "2031-07-10",
      },
    ]);
  });
  it("R-CARD-3: its stage is the typed date's, the day of (renewal) and the day after (grace)", () => {
    expect(transition("2024-08-01")?.[0]?.stage).toBe("renewal");
    expect(transition("2024-08-02")?.[0]?.stage).toBe("grace");
  });
  it("R-AGE-2: issued the day before the 18th birthday, the minor card's alternative keeps the typed date", () => {
    const e = evaluateIso(
      { birthDate: "2006-01-15", cardIssuedOn: "2024-01-14", certificateExpiry: "2024-07-01" },
      "2025-05-26",
    );
    expect(alternativesOf(e, "ageBoundary")).toStrictEqual([
      {
        assumption: "minorCard",
        certificateExpiresOn: "2024-07-01",
        graceEndsOn: "2024-10-31",
        stage: "lapsed",
        cardExpiresOn: "2028-01-15",
      },
    ]);
  });
  it("R-AGE-2 + R-DATE-4: born Feb 29, issued on the 20th attain day 2020-02-28: the typed date in the minor card too", () => {
    const e = evaluateIso(
      { birthDate: "2000-02-29", cardIssuedOn: "2020-02-28", certificateExpiry: "2023-06-01" },
      "2023-06-01",
    );
    expect(alternativesOf(e, "ageBoundary")).toStrictEqual([
      {
        assumption: "minorCard",
        certificateExpiresOn: "2023-06-01",
        graceEndsOn: "2023-09-30",
        stage: "renewal",
        cardExpiresOn: "2024-02-29",
      },
    ]);
  });
});

describe("R-INFER-6 / R-CARD-4: a stay-limited card with a typed certificate date (oracle O4, O7)", () => {
  const stay = (input: Record<string, string>, today: string) =>
    inputCaveats(evaluateIso({ birthDate: "2011-02-02", cardExpiry: "2026-01-26", ...input }, today)).find(
      (c) => c.code === "periodOfStay",
    );
  it("R-INFER-6: without one, the earlier birthday 2025-02-02 is the other reading", () => {
    expect(stay({}, "2025-02-02")?.alternatives.map((a) => a.certificateExpiresOn)).toStrictEqual(["2025-02-02"]);
  });
  it("R-INFER-3's last point: a typed certificateExpiry (before, on, after the earlier birthday) keeps the note, no alternative", () => {
    for (const certificateExpiry of ["2022-02-27", "2025-02-01", "2025-02-02", "2025-02-03", "2026-01-26"])
      expect(stay({ certificateExpiry }, "2028-02-11")).toStrictEqual({
        code: "periodOfStay",
        rule: "R-INFER-6",
        alternatives: [],
      });
  });
  it("O7: a typed certificateIssuedOn keeps the note too, no alternative", () => {
    const e = evaluateIso(
      { birthDate: "2025-12-27", cardExpiry: "2030-11-30", certificateIssuedOn: "2030-09-30" },
      "2031-12-14",
    );
    expect(inputCaveats(e).find((c) => c.code === "periodOfStay")).toStrictEqual({
      code: "periodOfStay",
      rule: "R-INFER-6",
      alternatives: [],
    });
  });
});

describe("R-RENEW-3 / R-CARD-4: the letter on a stay-limited issue-route card with a typed expiry (oracle O5)", () => {
  // born 1995-01-25, issued 2023-04-10, stay ends 2026-07-10: the card ends with the stay.
  const notice = (certificateExpiry: string) => {
    const c = evaluateIso(
      { birthDate: "1995-01-25", cardIssuedOn: "2023-04-10", periodOfStayEndsOn: "2026-07-10", certificateExpiry },
      "2028-06-08",
    ).certificate;
    return [c.noticeExpectedFrom, c.noticeExpectedTo];
  };
  const letter = (certificateExpiry: string) => {
    const c = evaluateIso({ certificateExpiry }, "2028-06-08").certificate;
    return [c.noticeExpectedFrom, c.noticeExpectedTo];
  };
  it("a certificate ending before the stay (2025-10-14, or the day before the stay's end) gets a letter", () => {
    expect(notice("2025-10-14")).toStrictEqual(letter("2025-10-14"));
    expect(notice("2026-07-09")).toStrictEqual(letter("2026-07-09"));
    expect(notice("2026-07-09")[0]).not.toBeNull();
  });
  it("a certificate ending with the stay (2026-07-10) gets none", () => {
    expect(notice("2026-07-10")).toStrictEqual([null, null]);
  });
});
