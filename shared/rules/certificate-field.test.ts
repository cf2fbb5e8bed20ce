// Review7 #15: the date typed as the certificate's may be the card's (R-DATE-6, R-CERT-1,
// R-CERT-3; R-INPUT-2 keeps it an answer, never an error).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JAPAN_HOLIDAYS } from "../holidays/index.ts";
import { parseEvaluateBody } from "../schema/index.ts";
import { nthBirthdayAfter } from "./birthdays.ts";
import { asCardExpiry, isCertificateFieldDoubt, latestCertificateExpiry } from "./certificate-field.ts";
import { evaluate } from "./evaluate.ts";
import type { EvaluateInput } from "./evaluate-input.ts";
import { PlainDate, plainDate } from "./plain-date.ts";
import type { Caveat, Evaluation } from "./result.ts";
import { CARD_2016 } from "./rule-set.ts";

const TODAY = "2026-12-02";

/** The request as typed, through the request parser (R-PARSE-1), then the engine. */
function answer(body: Record<string, string>, today = TODAY): Evaluation {
  const parsed = parseEvaluateBody(body);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const outcome = evaluate(parsed.input, parsed.today ?? plainDate(today), JAPAN_HOLIDAYS);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.evaluation;
}

const fieldCaveats = (e: Evaluation): Caveat[] => e.caveats.filter((c) => isCertificateFieldDoubt(c.code));
const codes = (e: Evaluation) => fieldCaveats(e).map((c) => c.code);
const readings = (e: Evaluation) =>
  fieldCaveats(e).flatMap((c) =>
    c.alternatives.map(({ assumption, certificateExpiresOn, stage, cardExpiresOn }) => ({
      assumption,
      certificateExpiresOn,
      stage,
      cardExpiresOn,
    })),
  );

describe("R-DATE-6: the card face's 「まで有効」 typed into the certificate field", () => {
  it("is read as the date (R-PARSE-1) and flagged, in the forms a person types it", () => {
    for (const text of [
      "2031年11月14日まで有効",
      "２０３１年１１月１４日まで有効",
      "2031年 11月 14日 まで 有効",
      "令和13年11月14日まで有効",
      "二〇三一年十一月十四日まで有効",
    ]) {
      const parsed = parseEvaluateBody({ certificateExpiry: text });
      expect(parsed.ok && parsed.input, text).toMatchObject({
        certificateExpiry: plainDate("2031-11-14"),
        certificateExpiryAsPrinted: true,
      });
    }
  });

  it("is not flagged for the certificate's own ways of writing its date, nor in other fields", () => {
    // 「有効期限…」 heads マイナポータル's and the notice letter's certificate date; 「…まで」 alone
    // is not what the card prints.
    for (const body of [
      { certificateExpiry: "2026年11月14日" },
      { certificateExpiry: "有効期限2026年11月14日" },
      { certificateExpiry: "2026年11月14日まで" },
      { certificateExpiry: "2026-11-14" },
      { certificateExpiry: "2026-11-14", cardExpiry: "2031年11月14日まで有効", birthDate: "1985-11-14" },
    ]) {
      const parsed = parseEvaluateBody(body);
      expect(parsed.ok && parsed.input.certificateExpiryAsPrinted, JSON.stringify(body)).toBeUndefined();
    }
  });

  it("alone: answered as typed, with the caveat and no other reading (no birth date to count from)", () => {
    const e = answer({ certificateExpiry: "2031年11月14日まで有効" });
    expect(e.stage).toBe("valid");
    expect(e.certificate.expiresOn).toBe("2031-11-14");
    expect(fieldCaveats(e)).toEqual([{ code: "cardExpiryInCertificateField", rule: "R-DATE-6", alternatives: [] }]);
    // The same date without the words is an ordinary certificate date.
    expect(codes(answer({ certificateExpiry: "2031-11-14" }))).toEqual([]);
  });

  it("with a birth date: the card-face reading is the other answer (review7 #15's own case, R-INFER-3)", () => {
    // Born 1985-11-14, card 2031-11-14: the first certificate ended 2026-11-14 (R-INFER-2); on
    // 2026-12-02 a holder who did not renew is in grace until 2027-02-28 (R-INS-1).
    const e = answer({ certificateExpiry: "2031年11月14日まで有効", birthDate: "昭和60年11月14日" });
    expect(e.stage).toBe("valid");
    expect(readings(e)).toEqual([
      {
        assumption: "cardFaceNotRenewed",
        certificateExpiresOn: "2026-11-14",
        stage: "grace",
        cardExpiresOn: "2031-11-14",
      },
    ]);
    // After G1 the card-face headline assumes a renewal (= the typed date, left out); the
    // not-renewed reading, lapsed, is still shown (Decisions: a false "valid" costs R-INS-4).
    expect(
      readings(answer({ certificateExpiry: "2031年11月14日まで有効", birthDate: "1985-11-14" }, "2027-03-01")),
    ).toEqual([
      {
        assumption: "cardFaceNotRenewed",
        certificateExpiresOn: "2026-11-14",
        stage: "lapsed",
        cardExpiresOn: "2031-11-14",
      },
    ]);
    // Before E1 there is nothing to renew yet: the certificate issued with the card.
    expect(
      readings(answer({ certificateExpiry: "2031年11月14日まで有効", birthDate: "1985-11-14" }, "2025-01-01")),
    ).toEqual([
      { assumption: "cardFace", certificateExpiresOn: "2026-11-14", stage: "valid", cardExpiresOn: "2031-11-14" },
    ]);
  });

  it("gives no other reading where the card reading adds no date or is impossible (R-INFER-1, R-INFER-2)", () => {
    // A 5-year card (issued at 11): its certificate ends with the card, the typed date itself.
    const child = answer({ certificateExpiry: "2027年5月5日まで有効", birthDate: "2010-05-05" });
    expect(fieldCaveats(child)).toEqual([{ code: "cardExpiryInCertificateField", rule: "R-DATE-6", alternatives: [] }]);
    // Age 25 on C: no card has that face (R-INFER-1), so no reading as the card's date.
    const impossible = answer({ certificateExpiry: "2027年5月5日まで有効", birthDate: "2002-05-05" });
    expect(fieldCaveats(impossible)[0]?.alternatives).toEqual([]);
    // Another card expiry typed beside it: the date is not that card's.
    expect(
      asCardExpiry({ certificateExpiry: plainDate("2031-11-14"), cardExpiry: plainDate("2031-11-15") }),
    ).toBeNull();
  });

  it("Feb 29 births: the card reading counts with the convention the printed date shows (R-DATE-4)", () => {
    // C = 2031-03-01, a common year: the system used Mar 1 birthdays, so E1 = 2026-03-01, past
    // its grace (2026-06-30) on 2026-12-02: the card-face headline assumes a renewal (= C, left
    // out), and the not-renewed reading has lapsed.
    const e = answer({ certificateExpiry: "2031年3月1日まで有効", birthDate: "平成12年2月29日" });
    expect(readings(e)).toEqual([
      {
        assumption: "cardFaceNotRenewed",
        certificateExpiresOn: "2026-03-01",
        stage: "lapsed",
        cardExpiresOn: "2031-03-01",
      },
    ]);
  });

  it("the same date typed in both fields: the card face's own answer without the typed certificate", () => {
    const e = answer({
      certificateExpiry: "2031年11月14日まで有効",
      cardExpiry: "2031年11月14日まで有効",
      birthDate: "1985-11-14",
    });
    expect(e.route).toBe("cardFace");
    expect(e.certificate).toMatchObject({ expiresOn: "2031-11-14", basis: "given" });
    expect(readings(e)).toEqual([
      {
        assumption: "cardFaceNotRenewed",
        certificateExpiresOn: "2026-11-14",
        stage: "grace",
        cardExpiresOn: "2031-11-14",
      },
    ]);
  });
});

describe("R-CERT-1 / R-CERT-3: no certificate issued by today ends after the 6th birthday after today", () => {
  it("without a birth date: today + 6 years is still possible, one day more is not", () => {
    expect(latestCertificateExpiry(plainDate(TODAY), CARD_2016).toString()).toBe("2032-12-02");
    expect(codes(answer({ certificateExpiry: "2032-12-02" }))).toEqual([]);
    expect(codes(answer({ certificateExpiry: "2032-12-03" }))).toEqual(["certificateExpiryTooLate"]);
    expect(codes(answer({ certificateExpiry: "2040-01-01" }))).toEqual(["certificateExpiryTooLate"]);
  });

  it("with a birth date: the 6th birthday after today exactly (earlier than today + 6 years)", () => {
    // Born 11-14: a renewal today (in its window) runs to the 6th birthday after, 2032-11-14.
    expect(latestCertificateExpiry(plainDate(TODAY), CARD_2016, plainDate("1985-11-14")).toString()).toBe("2032-11-14");
    expect(codes(answer({ certificateExpiry: "2032-11-14", birthDate: "1985-11-14" }))).toEqual([]);
    expect(codes(answer({ certificateExpiry: "2032-11-15", birthDate: "1985-11-14" }))).toEqual([
      "certificateExpiryTooLate",
    ]);
    // A birthday on today itself is not counted (R-DATE-3): the bound is today + 6 years.
    expect(latestCertificateExpiry(plainDate(TODAY), CARD_2016, plainDate("1990-12-02")).toString()).toBe("2032-12-02");
  });

  it("Feb 29 births (R-DATE-4): the later of both conventions, a day past today + 6 years", () => {
    // Issued on 2026-02-28, the Feb 28 birthday that day is not counted: 6th = 2032-02-29.
    const feb28 = plainDate("2026-02-28");
    expect(latestCertificateExpiry(feb28, CARD_2016, plainDate("2000-02-29")).toString()).toBe("2032-02-29");
    expect(latestCertificateExpiry(feb28, CARD_2016).toString()).toBe("2032-02-29");
    // Issued on 2028-02-29 under Mar 1 birthdays: 6th = 2034-03-01.
    expect(latestCertificateExpiry(plainDate("2028-02-29"), CARD_2016).toString()).toBe("2034-03-01");
    expect(codes(answer({ certificateExpiry: "2032-02-29" }, "2026-02-28"))).toEqual([]);
    expect(codes(answer({ certificateExpiry: "2032-03-01" }, "2026-02-28"))).toEqual(["certificateExpiryTooLate"]);
    expect(codes(answer({ certificateExpiry: "2034-03-01", birthDate: "2004-02-29" }, "2028-02-29"))).toEqual([]);
    expect(codes(answer({ certificateExpiry: "2034-03-02", birthDate: "2004-02-29" }, "2028-02-29"))).toEqual([
      "certificateExpiryTooLate",
    ]);
  });

  it("R-INPUT-2: an answer, never an error; a later `today` asks about that day and moves the bound", () => {
    const far = answer({ certificateExpiry: "2035-01-10" });
    expect(far.stage).toBe("valid");
    expect(far.certificate.expiresOn).toBe("2035-01-10");
    expect(codes(answer({ certificateExpiry: "2035-01-10", today: "2030-01-01" }))).toEqual([]);
  });

  it("a far date with 「まで有効」: both caveats, the proof first and the card reading once", () => {
    // Born 1990-04-10, card printed 2034-04-10 (a 10-year card issued 2024): the certificate
    // issued with it ends 2029-04-10 (R-INFER-2).
    const e = answer({ certificateExpiry: "2034年4月10日まで有効", birthDate: "1990-04-10" });
    expect(codes(e)).toEqual(["certificateExpiryTooLate", "cardExpiryInCertificateField"]);
    expect(fieldCaveats(e).map((c) => c.alternatives.length)).toEqual([1, 0]);
    expect(readings(e)[0]).toMatchObject({ assumption: "cardFace", certificateExpiresOn: "2029-04-10" });
  });

  const day = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((n) => plainDate(from).addDays(n));
  const birth = fc.oneof(
    day("1930-01-01", 33_000),
    fc.integer({ min: 1932, max: 2020 }).map((y) => plainDate(`${y - (y % 4)}-02-29`)),
  );

  it("is sound and tight: every certificate issued on or before today ends by the bound, and one issued today reaches it", () => {
    fc.assert(
      fc.property(birth, day("2016-01-01", 9_000), fc.integer({ min: 0, max: 4_000 }), (b, today, back) => {
        const issued = today.addDays(-back);
        for (const feb29 of ["feb28", "mar1"] as const) {
          // R-CERT-3: the longest a certificate runs, to the 6th birthday after its issue (R-DATE-3).
          const end = nthBirthdayAfter(b, issued, CARD_2016.renewedCertificateBirthdays, feb29);
          expect(PlainDate.compare(end, latestCertificateExpiry(today, CARD_2016, b))).toBeLessThanOrEqual(0);
          expect(PlainDate.compare(end, latestCertificateExpiry(today, CARD_2016))).toBeLessThanOrEqual(0);
        }
        const reached = ["feb28", "mar1"].map((c) =>
          nthBirthdayAfter(b, today, CARD_2016.renewedCertificateBirthdays, c as "feb28" | "mar1").toString(),
        );
        expect(reached).toContain(latestCertificateExpiry(today, CARD_2016, b).toString());
      }),
      { numRuns: 500 },
    );
  });

  it("never doubts a certificate the engine itself computed from an issue date (R-CERT-3, R-CERT-4)", () => {
    fc.assert(
      fc.property(birth, day("2016-01-01", 3_900), fc.integer({ min: 0, max: 3_000 }), (b, cardIssued, later) => {
        const today = cardIssued.addDays(later);
        const input: EvaluateInput = { birthDate: b, cardIssuedOn: cardIssued, certificateIssuedOn: today };
        const outcome = evaluate(input, today, JAPAN_HOLIDAYS);
        if (!outcome.ok || PlainDate.compare(b, cardIssued) > 0) return;
        const typed: EvaluateInput = { certificateExpiry: plainDate(outcome.evaluation.certificate.expiresOn) };
        for (const known of [typed, { ...typed, birthDate: b }]) {
          const again = evaluate(known, today, JAPAN_HOLIDAYS);
          expect(again.ok && again.evaluation.caveats.map((c) => c.code)).not.toContain("certificateExpiryTooLate");
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("review8: the first step under the check-first sentence settles it", () => {
  it("checkCertificateExpiry first, in grace after the re-issue (as R-INFER-3's), never for an ordinary date", () => {
    expect(answer({ certificateExpiry: "2031年11月14日まで有効" }).nextSteps[0]).toBe("checkCertificateExpiry");
    expect(answer({ certificateExpiry: "2040-01-01" }).nextSteps[0]).toBe("checkCertificateExpiry");
    // 2026-11-14 typed with the card's words, on 2026-12-02: grace; the re-issue stays first.
    expect(answer({ certificateExpiry: "2026年11月14日まで有効" }).nextSteps.slice(0, 2)).toEqual([
      "reissueCertificateAtOffice",
      "checkCertificateExpiry",
    ]);
    expect(answer({ certificateExpiry: "2031-11-14" }).nextSteps).not.toContain("checkCertificateExpiry");
  });
});

describe("second read A 1.1: an expired card keeps the new card first (R-INFER-5, R-CARD-5)", () => {
  // The card's printed date typed in both fields, the card already past: both certificates ended
  // with it, so checking the certificate's date settles nothing; the new card comes first.
  it("the first step is renewCard, and no check is put before it", () => {
    const e = answer({
      birthDate: "1964-11-14",
      cardExpiry: "2025-11-14",
      certificateExpiry: "2025年11月14日まで有効",
    });
    expect(e.caveats.map((c) => c.code)).toContain("cardExpired");
    expect(e.caveats.map((c) => c.code)).toContain("cardExpiryInCertificateField");
    expect(e.nextSteps[0]).toBe("renewCard");
  });
  it("a valid card still gets the check first", () => {
    const e = answer({
      birthDate: "1985-11-14",
      cardExpiry: "2031-11-14",
      certificateExpiry: "2031年11月14日まで有効",
    });
    expect(e.nextSteps[0]).toBe("checkCertificateExpiry");
  });
});
