// Review findings 1, 2, 4, 5: the sentences that name what to do say the step that applies.
// - R-CARD-5, R-CARD-4, R-INFER-5: where the certificate ends with the card, or the card has
//   expired, text.stage never offers a renewal at the counter (cardStep agrees with next-steps.ts
//   and with the calendar's calendarAction, over many inputs);
// - R-INFER-4: a card expiry that is not a birthday, no stay end given: check the card first;
// - R-INS-5: the not-renewed reading, once lapsed, names the 資格確認書 and the reception;
// - R-INFER-6 / R-COUNTER-1: an alternative's grace end on a closed day comes with its last counter day.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerEvents, calendarAction, calendarAnswer } from "../calendar/events.ts";
import { formatDayWithWeekday } from "../dates/display.ts";
import { JAPAN_HOLIDAYS } from "../holidays/index.ts";
import { LANGS } from "../lang/index.ts";
import { evaluate } from "../rules/evaluate.ts";
import { plainDate } from "../rules/plain-date.ts";
import type { Evaluation, NextStepCode } from "../rules/result.ts";
import { evaluateIso, type IsoInput } from "../rules/test/evaluate-iso.ts";
import { CATALOGS } from "./catalogs.ts";
import { present } from "./present.ts";
import { type CardStep, cardStep } from "./readings.ts";

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOfDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
const dateIn = (from: string, to: string) => fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map(isoOfDay);

/** The step code of next-steps.ts for each card step (R-CARD-6, R-CARD-4, R-RENEW-2, R-CERT-4). */
const STEP_CODES: Record<CardStep, readonly NextStepCode[]> = {
  newCard: ["renewCard"],
  cardExpired: ["renewCard"],
  extendCard: ["extendCardValidity"],
  certificate: ["renewCertificateAtOffice", "reissueCertificateAtOffice"],
};
const ALL_CODES = new Set(Object.values(STEP_CODES).flat());

/** Card faces of every kind: a birthday expiry (5/10-year cards), any day (R-INFER-4/6), a stay end. */
const inputs = fc
  .record({
    birth: dateIn("1935-01-01", "2016-12-31"),
    years: fc.integer({ min: 0, max: 14 }),
    offset: fc.oneof(fc.constant(0), fc.integer({ min: -200, max: 200 })),
    stay: fc.boolean(),
    today: dateIn("2025-01-01", "2036-12-31"),
  })
  .map(({ birth, years, offset, stay, today }): [IsoInput, string] => {
    const year = Number(today.slice(0, 4)) + years - 4;
    const birthday = `${year}${birth.slice(4)}`.replace(/-02-29$/, "-02-28");
    const cardExpiry = isoOfDay(dayNumber(birthday) + offset);
    return [{ birthDate: birth, cardExpiry, ...(stay && { periodOfStayEndsOn: cardExpiry }) }, today];
  });

function evaluated(input: IsoInput, today: string): Evaluation | null {
  const toDate = (v?: string) => (v ? plainDate(v) : undefined);
  const outcome = evaluate(
    {
      birthDate: toDate(input.birthDate),
      cardExpiry: toDate(input.cardExpiry),
      periodOfStayEndsOn: toDate(input.periodOfStayEndsOn),
    },
    plainDate(today),
    JAPAN_HOLIDAYS,
  );
  return outcome.ok ? outcome.evaluation : null;
}

describe("review finding 1: the step the card calls for (R-CARD-5, R-CARD-4, R-INFER-5)", () => {
  it("cardStep agrees with next-steps.ts and the calendar, and text.stage offers no counter renewal for a card step", () => {
    let cardSteps = 0;
    fc.assert(
      fc.property(inputs, ([input, today]) => {
        const e = evaluated(input, today);
        if (!e) return;
        const step = cardStep(e);
        const named = e.nextSteps.filter((code) => ALL_CODES.has(code));
        for (const code of named) expect(STEP_CODES[step], `${JSON.stringify(input)} ${today}`).toContain(code);
        expect(calendarAction(calendarAnswer(e))).toBe(step);
        expect(answerEvents(calendarAnswer(e)).wording.action).toBe(step);
        if (step === "certificate") return;
        cardSteps++;
        const ja = present(e, "ja").text.stage;
        const en = present(e, "en").text.stage;
        expect(ja).not.toContain("今、更新の手続きができます");
        expect(ja).not.toMatch(/窓口で(電子証明書を)?(更新|再発行)してください/);
        expect(en).not.toContain("You can renew it now");
      }),
      { numRuns: 3000 },
    );
    // The generator really reaches the card steps (a property that never ran would prove nothing).
    expect(cardSteps).toBeGreaterThan(300);
  });

  const cases: [string, IsoInput, string, CardStep][] = [
    // Review: a child's card ending with its certificate, checked 7 days before (R-CARD-5).
    [
      "child's 5-year card, renewal stage",
      { birthDate: "2012-12-10", cardExpiry: "2026-12-10" },
      "2026-12-03",
      "newCard",
    ],
    // The same card, the day before, of and after the expiry.
    ["child's card, day before expiry", { birthDate: "2012-12-10", cardExpiry: "2026-12-10" }, "2026-12-09", "newCard"],
    ["child's card, day of expiry", { birthDate: "2012-12-10", cardExpiry: "2026-12-10" }, "2026-12-10", "newCard"],
    [
      "child's card, day after expiry",
      { birthDate: "2012-12-10", cardExpiry: "2026-12-10" },
      "2026-12-11",
      "cardExpired",
    ],
    // R-INFER-5: an expired adult card.
    ["expired adult card", { birthDate: "1956-03-31", cardExpiry: "2026-03-31" }, "2026-12-03", "cardExpired"],
    // R-CARD-4: a card ending with the period of stay, month end.
    [
      "stay-limited card",
      { birthDate: "1990-09-09", cardExpiry: "2027-01-15", periodOfStayEndsOn: "2027-01-15" },
      "2026-12-03",
      "extendCard",
    ],
    // R-INFER-3, renewed reading: the certificate ends with a 10-year card.
    ["R-INFER-3 renewed reading", { birthDate: "1956-03-31", cardExpiry: "2030-03-31" }, "2030-02-01", "newCard"],
    // Feb 29 birth, a 5-year card ending on Feb 28 of a common year.
    ["Feb 29 birth, 5-year card", { birthDate: "2012-02-29", cardExpiry: "2027-02-28" }, "2027-01-10", "newCard"],
  ];
  for (const [name, input, today, step] of cases) {
    it(name, () => {
      const e = evaluateIso(input, today);
      expect(cardStep(e)).toBe(step);
      if (e.stage !== "renewal") return;
      for (const lang of LANGS) {
        const certificateOnly = present(evaluateIso({ certificateExpiry: e.certificate.expiresOn }, today), lang);
        // The renewal sentence is not the certificate's own one.
        expect(present(e, lang).text.stage, lang).not.toBe(certificateOnly.text.stage);
      }
    });
  }
});

describe("review finding 2: R-INFER-4, a card expiry that is not a birthday", () => {
  // 昭和31年3月31日 + 2030年3月30日 (a typo for 3月31日), and the day before/after a birthday.
  for (const cardExpiry of ["2030-03-30", "2030-04-01", "2030-02-28"]) {
    it(`check first, in every language (${cardExpiry})`, () => {
      const e = evaluateIso({ birthDate: "1956-03-31", cardExpiry }, "2026-12-03");
      expect(e.caveats.map((c) => c.code)).toContain("cardExpiryNotBirthday");
      for (const lang of LANGS) {
        const p = present(e, lang);
        expect(p.text.stage.startsWith(CATALOGS[lang].checkCardExpiry), lang).toBe(true);
        // The stay-limited step is worded as a condition.
        const stay = p.text.nextSteps.find((s) => s.code === "nothingYet" || s.code === "extendCardValidity");
        expect(stay?.detail.startsWith(CATALOGS[lang].ifStayCard), lang).toBe(true);
      }
    });
  }
  it("no check-first when the card expiry is the birthday, or the stay end is given", () => {
    for (const input of [
      { birthDate: "1956-03-31", cardExpiry: "2030-03-31" },
      { birthDate: "1956-03-31", cardExpiry: "2030-03-30", periodOfStayEndsOn: "2030-03-30" },
    ]) {
      const e = evaluateIso(input, "2026-12-03");
      for (const lang of LANGS) {
        const p = present(e, lang);
        expect(p.text.stage.includes(CATALOGS[lang].checkCardExpiry), lang).toBe(false);
        expect(
          p.text.nextSteps.some((s) => s.detail.startsWith(CATALOGS[lang].ifStayCard)),
          lang,
        ).toBe(false);
      }
    }
  });
  it("every language words both sentences, distinct from each other", () => {
    for (const lang of LANGS) {
      const { checkCardExpiry, ifStayCard } = CATALOGS[lang];
      expect(checkCardExpiry.trim().length, lang).toBeGreaterThan(20);
      expect(ifStayCard.trim().length, lang).toBeGreaterThan(5);
      expect(checkCardExpiry).not.toBe(ifStayCard);
    }
  });
});

describe("review finding 4: R-INS-5 in the not-renewed reading (R-INFER-3)", () => {
  const step = (lang: (typeof LANGS)[number], today: string) =>
    present(evaluateIso({ birthDate: "1956-03-31", cardExpiry: "2030-03-31" }, today), lang).text.nextSteps.find(
      (s) => s.code === "checkCertificateExpiry",
    )!.detail;
  it("lapsed (first grace ended 2025-06-30): the 資格確認書 and the reception, in every language", () => {
    for (const lang of LANGS) {
      const detail = step(lang, "2026-12-03");
      expect(detail, lang).toContain("資格確認書");
    }
    expect(step("ja", "2026-12-03")).toContain("受付");
    expect(step("en", "2026-12-03")).toContain("reception");
  });
  it("the day of the grace end (2025-06-30) still speaks of the grace; the day after, of the 資格確認書", () => {
    expect(step("ja", "2025-07-01")).toContain("資格確認書");
    // On G1 itself the headline is the not-renewed reading; its step is the re-issue, not the question.
    const onG1 = evaluateIso({ birthDate: "1956-03-31", cardExpiry: "2030-03-31" }, "2025-06-30");
    expect(onG1.stage).toBe("grace");
  });
});

describe("review finding 5: an alternative's last counter day (R-INFER-6, R-COUNTER-1)", () => {
  const alt = (input: IsoInput, today: string) =>
    evaluateIso(input, today).caveats.find((c) => c.code === "periodOfStay")!.alternatives[0]!;
  const stay = (birthDate: string, card: string): IsoInput => ({
    birthDate,
    cardExpiry: card,
    periodOfStayEndsOn: card,
  });
  it("grace end 12-31 (year-end closure): Mon 12-28, and the sentence says it in every language", () => {
    const a = alt(stay("1990-09-09", "2027-01-15"), "2026-12-03");
    expect([a.certificateExpiresOn, a.graceEndsOn, a.graceLastCounterDay]).toStrictEqual([
      "2026-09-09",
      "2026-12-31",
      "2026-12-28",
    ]);
    const e = evaluateIso(stay("1990-09-09", "2027-01-15"), "2026-12-03");
    for (const lang of LANGS) {
      const text = present(e, lang).text.caveats.find((c) => c.code === "periodOfStay")!.alternatives[0]!;
      const counter = CATALOGS[lang].counter.graceLastDay({
        evaluation: e,
        date: (iso) => iso,
        dates: { graceLastCounterDay: "@@" } as never,
      });
      const [before] = counter.split("@@");
      expect(text.includes(before!), lang).toBe(true);
    }
    expect(present(e, "ja").text.caveats.find((c) => c.code === "periodOfStay")!.alternatives[0]).toContain(
      "2026年12月28日（月）",
    );
  });
  it("on the last counter day it is still said; after it, and on an open grace end, it is not", () => {
    const text = (today: string, input = stay("1990-09-09", "2027-01-15")) =>
      present(evaluateIso(input, today), "ja").text.caveats.find((c) => c.code === "periodOfStay")!.alternatives[0]!;
    expect(text("2026-12-28")).toContain("窓口で手続きできる最後の日は2026年12月28日（月）");
    expect(text("2026-12-29")).not.toContain("窓口で手続きできる最後の日");
    // Born 1990-06-10: grace end 2026-09-30, a Wednesday: no counter day sentence.
    const open = alt(stay("1990-06-10", "2027-01-15"), "2026-08-01");
    expect([open.graceEndsOn, open.graceLastCounterDay]).toStrictEqual(["2026-09-30", "2026-09-30"]);
    expect(text("2026-08-01", stay("1990-06-10", "2027-01-15"))).not.toContain("窓口で手続きできる最後の日");
  });
  it("month end and Feb 29: a grace end on Sun 2027-02-28 gives Fri 02-26", () => {
    // Born 2000-11-30: the earlier birthday 2026-11-30, grace end 2027-02-28 (a Sunday).
    const a = alt(stay("2000-11-30", "2027-06-15"), "2026-12-03");
    expect([a.graceEndsOn, a.graceLastCounterDay]).toStrictEqual(["2027-02-28", "2027-02-26"]);
    // Born 2004-02-29: earlier birthday 2027-02-28 (common year), grace end 2027-05-31 (Mon).
    const b = alt(stay("2004-02-29", "2027-06-15"), "2026-12-03");
    expect([b.certificateExpiresOn, b.graceEndsOn, b.graceLastCounterDay]).toStrictEqual([
      "2027-02-28",
      "2027-05-31",
      "2027-05-31",
    ]);
  });
  it("every alternative with a grace end carries it (R-INFER-3's renewalUnknown too)", () => {
    const e = evaluateIso({ birthDate: "1956-03-31", cardExpiry: "2030-03-31" }, "2026-12-03");
    for (const c of e.caveats)
      for (const a of c.alternatives) expect(!!a.graceLastCounterDay, c.code).toBe(!!a.graceEndsOn);
  });
});

describe("review 7 finding 7: after an expired card, the steps follow the new card (R-INFER-5, R-CERT-4)", () => {
  const AFTER_NEW_CARD: Record<(typeof LANGS)[number], string> = {
    ja: "新しいカードを受け取った後",
    "ja-easy": "新しい カードを もらった あと",
    en: "you receive the new card",
    "zh-Hans": "领取新卡以后",
    ko: "새 카드를 받은 뒤에",
    vi: "nhận thẻ mới",
    "pt-BR": "receber o cartão novo",
    tl: "matanggap ang bagong card",
    ne: "नयाँ कार्ड पाएपछि",
  };
  // 昭和29年6月5日 + 2026年6月5日まで有効: the 10-year card and its certificate ended; lapsed since 2026-09-01.
  const expired = () => evaluateIso({ birthDate: "1954-06-05", cardExpiry: "2026-06-05" }, "2026-12-02");
  // The same person's certificate alone, ended on the same day: a re-issue at the counter.
  const certificateOnly = () => evaluateIso({ certificateExpiry: "2026-06-05" }, "2026-12-02");

  it.each(LANGS)("%s", (lang) => {
    const card = present(expired(), lang).text.nextSteps;
    expect(card.map((s) => s.code)).toContain("renewCard");
    const after = card.filter((s) => s.code === "registerInsuranceAgain" || s.code === "setUpSmartphoneAgain");
    expect(after.length).toBeGreaterThan(0);
    for (const step of after) expect(step.detail, step.code).toContain(AFTER_NEW_CARD[lang]);
    // A certificate that can be re-issued keeps its own words.
    for (const step of present(certificateOnly(), lang).text.nextSteps)
      expect(step.detail, step.code).not.toContain(AFTER_NEW_CARD[lang]);
  });
});

describe("review 7 finding 5: an expired card names no last counter day (R-INFER-5, R-CERT-4)", () => {
  // Card and certificate ended 2026-11-18; grace to 2027-02-28 (Sunday, so a counter day 02-26 exists).
  it.each(LANGS)("%s", (lang) => {
    const e = evaluateIso({ birthDate: "1956-11-18", cardExpiry: "2026-11-18" }, "2026-12-02");
    expect(e.stage).toBe("grace");
    expect(cardStep(e)).toBe("cardExpired");
    const p = present(e, lang);
    expect(p.text.lastCounterDay).toBeNull();
    const step = p.text.nextSteps.find((s) => s.code === "renewCard")!;
    // The grace's last counter day, Fri 2027-02-26, in the language's own form.
    expect(step.detail).not.toContain(formatDayWithWeekday(e.certificate.graceLastCounterDay, lang));
  });
});
