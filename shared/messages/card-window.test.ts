// Review7 #1b and oracle O9: once the card's own window is open (today ≥ card.renewalOpensOn,
// fewer than 3 months left, R-CARD-6), a certificate renewed or re-issued now ends with the card
// (R-CERT-1(b), R-CERT-3, R-CERT-4, R-CARD-5). So for a certificate in renewal, grace or lapsed
// the card comes first (a new card, or a stay-limited card's extension, R-CARD-4, R-INFER-6),
// and the certificate's renewal or re-issue is an optional bridge until it, ending on the card's
// expiry. The day before the window opens the answer is as before. Boundaries: the day before,
// of and after the window opens, a month end (2027-05-31 → window 03-01) and a Feb 29 birthday.
import { describe, expect, it } from "vitest";
import { formatDayWithWeekday } from "#shared/dates/display.ts";
import { LANGS } from "#shared/lang/index.ts";
import type { NextStepCode } from "#shared/rules/result.ts";
import { evaluateIso, type IsoInput } from "#shared/rules/test/evaluate-iso.ts";
import { CATALOGS } from "./index.ts";
import { present } from "./present.ts";
import { certificateBridges } from "./readings.ts";

interface Case {
  name: string;
  input: IsoInput;
  /** The card's window opens on this day (R-CARD-6). */
  opens: string;
  dayBefore: string;
  dayAfter: string;
  stage: "renewal" | "grace" | "lapsed";
  before: NextStepCode[];
  from: NextStepCode[];
}

const CASES: Case[] = [
  {
    // The review's 72-year-old: a 10-year card from 2017 to 2027-03-01, the first certificate
    // lapsed in 2022 (the はい/いいえ answer "not renewed" types it).
    name: "lapsed, card 2027-03-01",
    input: { birthDate: "1954-03-01", cardExpiry: "2027-03-01", certificateExpiry: "2022-03-01" },
    opens: "2026-12-02",
    dayBefore: "2026-12-01",
    dayAfter: "2026-12-03",
    stage: "lapsed",
    before: ["showCardAtReception", "reissueCertificateAtOffice", "registerInsuranceAgain", "eligibilityCertificate"],
    from: [
      "renewCard",
      "reissueCertificateAtOffice",
      "showCardAtReception",
      "registerInsuranceAgain",
      "eligibilityCertificate",
    ],
  },
  {
    name: "renewal, certificate 2026-12-20, card 2027-02-10",
    input: { certificateExpiry: "2026-12-20", birthDate: "1950-02-10", cardExpiry: "2027-02-10" },
    opens: "2026-11-11",
    dayBefore: "2026-11-10",
    dayAfter: "2026-11-12",
    stage: "renewal",
    before: ["renewCertificateAtOffice", "wait24Hours", "setUpSmartphoneAgain"],
    from: ["renewCard", "renewCertificateAtOffice", "wait24Hours", "setUpSmartphoneAgain"],
  },
  {
    name: "grace, certificate 2026-10-10, card 2027-02-10",
    input: { certificateExpiry: "2026-10-10", birthDate: "1950-02-10", cardExpiry: "2027-02-10" },
    opens: "2026-11-11",
    dayBefore: "2026-11-10",
    dayAfter: "2026-11-12",
    stage: "grace",
    before: ["reissueCertificateAtOffice", "wait24Hours", "setUpSmartphoneAgain", "eligibilityCertificate"],
    from: ["renewCard", "reissueCertificateAtOffice", "wait24Hours", "setUpSmartphoneAgain", "eligibilityCertificate"],
  },
  {
    // A month end: 2027-05-31 − 3 months clamps to 02-28, so the window opens on 03-01 (R-CARD-6).
    name: "lapsed, card 2027-05-31 (month end)",
    input: { birthDate: "1950-05-31", cardExpiry: "2027-05-31", certificateExpiry: "2022-05-31" },
    opens: "2027-03-01",
    dayBefore: "2027-02-28",
    dayAfter: "2027-03-02",
    stage: "lapsed",
    before: ["showCardAtReception", "reissueCertificateAtOffice", "registerInsuranceAgain", "eligibilityCertificate"],
    from: [
      "renewCard",
      "reissueCertificateAtOffice",
      "showCardAtReception",
      "registerInsuranceAgain",
      "eligibilityCertificate",
    ],
  },
  {
    // Born on Feb 29: the card ends on 2028-02-29 (a leap year), its window opens 2027-11-30;
    // the first certificate ended on 2023-02-28 (R-DATE-4).
    name: "lapsed, born Feb 29, card 2028-02-29",
    input: { birthDate: "1956-02-29", cardExpiry: "2028-02-29", certificateExpiry: "2023-02-28" },
    opens: "2027-11-30",
    dayBefore: "2027-11-29",
    dayAfter: "2027-12-01",
    stage: "lapsed",
    before: ["showCardAtReception", "reissueCertificateAtOffice", "registerInsuranceAgain", "eligibilityCertificate"],
    from: [
      "renewCard",
      "reissueCertificateAtOffice",
      "showCardAtReception",
      "registerInsuranceAgain",
      "eligibilityCertificate",
    ],
  },
  {
    // Oracle O9: the issue route, a card that ends with the stay on 2026-10-20 (R-CARD-4), the
    // first certificate in grace (not-renewed headline, R-INFER-3): the extension first.
    name: "grace, stay-limited card 2026-10-20 (O9)",
    input: { birthDate: "2001-06-30", cardIssuedOn: "2021-10-21", periodOfStayEndsOn: "2026-10-20" },
    opens: "2026-07-21",
    dayBefore: "2026-07-20",
    dayAfter: "2026-07-22",
    stage: "grace",
    before: [
      "reissueCertificateAtOffice",
      "checkCertificateExpiry",
      "wait24Hours",
      "setUpSmartphoneAgain",
      "eligibilityCertificate",
    ],
    from: [
      "extendCardValidity",
      "reissueCertificateAtOffice",
      "checkCertificateExpiry",
      "wait24Hours",
      "setUpSmartphoneAgain",
      "eligibilityCertificate",
    ],
  },
];

describe.each(CASES)("$name: the card first once its window opens on $opens", (c) => {
  it("the engine's steps: as before the day before, the card's step first from the day it opens", () => {
    expect(evaluateIso(c.input, c.opens).card!.renewalOpensOn).toBe(c.opens);
    for (const day of [c.dayBefore, c.opens, c.dayAfter]) expect(evaluateIso(c.input, day).stage).toBe(c.stage);
    expect(evaluateIso(c.input, c.dayBefore).nextSteps).toStrictEqual(c.before);
    expect(evaluateIso(c.input, c.opens).nextSteps).toStrictEqual(c.from);
    expect(evaluateIso(c.input, c.dayAfter).nextSteps).toStrictEqual(c.from);
  });

  it.each(LANGS)("%s: the certificate's step is said as a bridge ending on the card's expiry", (lang) => {
    const bridge = c.from[1] as "renewCertificateAtOffice" | "reissueCertificateAtOffice";
    const card = formatDayWithWeekday(evaluateIso(c.input, c.opens).card!.expiresOn, lang);
    const from = present(evaluateIso(c.input, c.opens), lang);
    expect(certificateBridges(from)).toBe(true);
    const step = from.text.nextSteps.find((s) => s.code === bridge)!;
    const plain = CATALOGS[lang].nextStep[bridge];
    expect(step.title).not.toBe(plain({ evaluation: from, dates: {} as never, date: () => "" }).title);
    expect(step.detail).toContain(card);
    // The card's own step carries no counter deadline of the certificate's (R-COUNTER-1 is the bridge's).
    const first = from.text.nextSteps.find((s) => s.code === c.from[0])!;
    expect(first.detail).not.toContain(formatDayWithWeekday(from.certificate.lastCounterDay, lang));

    const before = present(evaluateIso(c.input, c.dayBefore), lang);
    expect(certificateBridges(before)).toBe(false);
    const old = before.text.nextSteps.find((s) => s.code === bridge)!;
    expect(old.title).not.toBe(step.title);
    expect(old.detail).not.toContain(step.detail.slice(0, 20));
  });
});

describe("the card's step wording holds where the certificate ends before the card (review7 #1b)", () => {
  it.each(LANGS)("%s: the renewal stage's sentence and the card step differ from the day before", (lang) => {
    const c = CASES[1]!;
    const before = present(evaluateIso(c.input, c.dayBefore), lang);
    const from = present(evaluateIso(c.input, c.opens), lang);
    // The same expiry, another second sentence: the new card, not the renewal.
    expect(from.text.stage).not.toBe(before.text.stage);
    // It never claims the certificate ends on the card's day: it ends on 2026-12-20.
    const renewCard = from.text.nextSteps.find((s) => s.code === "renewCard")!;
    expect(renewCard.detail).toContain(formatDayWithWeekday("2027-02-10", lang));
  });

  it("ja: the words say the certificate, renewed now, would end with the card; not that it does", () => {
    const from = present(evaluateIso(CASES[1]!.input, CASES[1]!.opens), "ja");
    expect(from.text.stage).toContain("今更新しても");
    expect(from.text.stage).not.toContain("カードと同じ日に切れるので");
    const steps = from.text.nextSteps;
    expect(steps[0]!.title).toBe("マイナンバーカードを新しくする");
    expect(steps[1]!.title).toContain("新しいカードが届くまで");
    expect(steps[1]!.title).toContain("しなくてもかまいません");
    expect(steps[1]!.detail).toContain("2027年2月10日");
  });
});
