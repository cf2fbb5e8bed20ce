// R-COUNTER-1 in the sentences: the last counter day is said when it comes before the stage's
// deadline (the expiry; in grace, the grace end), in every language, and the counter steps say it.
import { describe, expect, it } from "vitest";
import { formatDayWithWeekday } from "../dates/display.ts";
import { JAPAN_HOLIDAYS } from "../holidays/index.ts";
import { LANGS } from "../lang/index.ts";
import { evaluate } from "../rules/evaluate.ts";
import { plainDate } from "../rules/plain-date.ts";
import { present } from "./index.ts";
import { projectedDayRoles } from "./readings.ts";

const presented = (certificateExpiry: string, today: string, lang: (typeof LANGS)[number] = "ja") => {
  const outcome = evaluate({ certificateExpiry: plainDate(certificateExpiry) }, plainDate(today), JAPAN_HOLIDAYS);
  if (!outcome.ok) throw new Error("expected an evaluation");
  return present(outcome.evaluation, lang);
};

describe("text.lastCounterDay (R-COUNTER-1)", () => {
  it.each([
    ["ja", "窓口で手続きできる最後の日は2026年11月13日（金）です。"],
    ["en", "The last day you can do this at the counter is Friday 13 November 2026."],
    ["ja-easy", "窓口で 手続きが できる 最後の 日は 2026年11月13日（金曜日）です。"],
  ] as const)("%s: expiry Saturday 2026-11-14, in the window → %s", (lang, sentence) => {
    const p = presented("2026-11-14", "2026-10-01", lang);
    expect(p.text.lastCounterDay).toBe(sentence);
    // The step gives the last counter day as its own deadline (review 7 finding 1), not twice.
    const step = p.text.nextSteps.find((s) => s.code === "renewCertificateAtOffice")!;
    expect(step.detail.endsWith(sentence)).toBe(false);
    expect(p.text.caveats.map((c) => c.code)).toStrictEqual(["expiryOnClosedDay"]);
    expect(p.text.counterNote.length).toBeGreaterThan(20);
  });

  it("null when the expiry is itself an open day, and no counter sentence in the steps", () => {
    const p = presented("2026-11-13", "2026-10-01");
    expect(p.text.lastCounterDay).toBeNull();
    expect(p.text.nextSteps.some((s) => s.detail.includes("窓口で手続きできる最後の日"))).toBe(false);
  });

  it("in grace it names the last counter day before the grace end (Sunday 2027-02-28 → Friday 2/26)", () => {
    expect(presented("2026-11-14", "2026-12-01").text.lastCounterDay).toBe(
      "マイナ保険証が使えるうちに窓口で手続きできる最後の日は2027年2月26日（金）です。",
    );
  });

  it("null once lapsed: no deadline is running", () => {
    expect(presented("2026-11-14", "2027-03-01").text.lastCounterDay).toBeNull();
  });

  it("every language has the caveats' sentences with the dates filled in", () => {
    for (const lang of LANGS) {
      const p = presented("2100-09-23", "2100-09-01", lang);
      expect(p.text.caveats.map((c) => c.code)).toStrictEqual(["expiryOnClosedDay", "holidaysOutsideFormula"]);
      for (const c of p.text.caveats) expect(c.message).not.toMatch(/undefined|\{\w+\}/);
      expect(p.text.caveats[0]!.message).toContain("2100");
      const projected = presented("2030-09-23", "2030-09-01", lang).text.caveats.find(
        (c) => c.code === "holidaysProjected",
      );
      expect(projected?.message.length).toBeGreaterThan(20);
    }
  });
});

describe("holidaysProjected names the counter days it concerns (R-COUNTER-2)", () => {
  // The session 6 review: born 1957-01-02, card to 2032-01-02, asked on 2026-12-03. The urgent
  // date, the certificate's last counter day 2026-12-28, rests on announced holidays only; the
  // card's days around New Year 2032 rest on projected ones. Saying "the counter days use
  // holidays not announced yet" without naming them made the resident doubt 12-28.
  const evaluation = () => {
    const outcome = evaluate(
      { birthDate: plainDate("1957-01-02"), cardExpiry: plainDate("2032-01-02") },
      plainDate("2026-12-03"),
      JAPAN_HOLIDAYS,
    );
    if (!outcome.ok) throw new Error("expected an evaluation");
    return outcome.evaluation;
  };

  it("the caveat lists the card's days, not the certificate's", () => {
    const e = evaluation();
    const caveat = e.caveats.find((c) => c.code === "holidaysProjected")!;
    expect(caveat.days).toContain(e.card!.lastCounterDay);
    expect(caveat.days).not.toContain(e.certificate.lastCounterDay);
    expect(caveat.days).toStrictEqual([...caveat.days!].sort());
  });

  it.each(LANGS)("%s: the sentence names those days and no other", (lang) => {
    const e = evaluation();
    const p = present(e, lang);
    const message = p.text.caveats.find((c) => c.code === "holidaysProjected")!.message;
    const cardDay = e.card!.lastCounterDay.slice(0, 4);
    expect(message).toContain(cardDay);
    expect(message).not.toContain("2026");
  });
});

describe("the renewal step's deadline is the last counter day (review 7 finding 1, R-COUNTER-1, R-RENEW-2)", () => {
  // 12-30 is in the year-end closure (last counter day Mon 12-28); 2027-01-10 is a Sunday
  // (Fri 01-08); 2026-11-13 is an open Friday, its own last counter day.
  it.each(
    LANGS.flatMap((lang) =>
      [
        ["2026-12-30", "2026-12-01", "2026-12-28"],
        ["2027-01-10", "2026-12-01", "2027-01-08"],
      ].map(([expiry, today, last]) => [lang, expiry!, today!, last!] as const),
    ),
  )("%s: expiry %s → the step says %s first", (lang, expiry, today, last) => {
    const p = presented(expiry, today, lang);
    const detail = p.text.nextSteps.find((s) => s.code === "renewCertificateAtOffice")!.detail;
    const lastWords = formatDayWithWeekday(last, lang);
    const expiryWords = formatDayWithWeekday(expiry, lang);
    expect(detail.indexOf(lastWords), detail).toBeGreaterThanOrEqual(0);
    expect(detail.indexOf(lastWords), detail).toBeLessThan(detail.indexOf(expiryWords));
    // Said once: no trailing "the last counter day is …" sentence.
    expect(detail.split(lastWords).length - 1).toBe(1);
  });

  it.each(LANGS)("%s: an open expiry day is the deadline itself, with no closed-counter words", (lang) => {
    const detail = presented("2026-11-13", "2026-10-01", lang).text.nextSteps.find(
      (s) => s.code === "renewCertificateAtOffice",
    )!.detail;
    expect(detail).toContain(formatDayWithWeekday("2026-11-13", lang));
    expect(detail.split(formatDayWithWeekday("2026-11-13", lang)).length - 1).toBe(1);
  });
});

describe("holidaysProjected says what each day is for (review 8 #14, R-COUNTER-2)", () => {
  // Born 1954-01-10, card to 2032-01-10, asked on 2026-12-03: the box's deadline is
  // 2027-01-08; the note concerned the card's first counter day in October 2031, named by its
  // date alone, so a reader took it as a doubt on the deadline.
  const evaluationOf = (birthDate: string, cardExpiry: string) => {
    const outcome = evaluate(
      { birthDate: plainDate(birthDate), cardExpiry: plainDate(cardExpiry) },
      plainDate("2026-12-03"),
      JAPAN_HOLIDAYS,
    );
    if (!outcome.ok) throw new Error("expected an evaluation");
    return outcome.evaluation;
  };

  it("each projected day gets the role of the answer's date it is", () => {
    const e = evaluationOf("1954-01-10", "2032-01-10");
    const roles = projectedDayRoles(e);
    expect(roles.length).toBeGreaterThan(0);
    for (const { day, role } of roles) {
      const expected =
        day === e.card?.firstCounterDay ? "cardFirst" : day === e.card?.lastCounterDay ? "cardLast" : "other";
      expect(role).toBe(expected);
    }
    expect(roles.map((r) => r.role)).toContain("cardFirst");
  });

  it("a day that is no date of this answer is 'other'", () => {
    const e = evaluationOf("1954-01-10", "2032-01-10");
    const withStranger = {
      ...e,
      caveats: e.caveats.map((c) => (c.code === "holidaysProjected" ? { ...c, days: ["2031-05-07"] } : c)),
    };
    expect(projectedDayRoles(withStranger)).toStrictEqual([{ day: "2031-05-07", role: "other" }]);
  });

  it.each([
    ["ja", "新しいカードを窓口で申請できる最初の日（"],
    ["ja-easy", "窓口で 新しい カードを 申し込める 最初の 日（"],
    ["en", "the first counter day to apply for a new card ("],
  ] as const)("%s names the card's first counter day by its role", (lang, role) => {
    const p = present(evaluationOf("1954-01-10", "2032-01-10"), lang);
    const message = p.text.caveats.find((c) => c.code === "holidaysProjected")!.message;
    expect(message).toContain(role);
  });

  it.each(LANGS)("%s: the sentence changes with the day's role, not only with its date", (lang) => {
    const e = evaluationOf("1954-01-10", "2032-01-10");
    const cardFirst = e.card!.firstCounterDay;
    expect(projectedDayRoles(e).find((r) => r.day === cardFirst)?.role).toBe("cardFirst");
    // The same day, no longer this answer's card first counter day: the role becomes "other".
    const unnamed = { ...e, card: { ...e.card!, firstCounterDay: "2031-10-01" } };
    const message = (x: typeof e) => present(x, lang).text.caveats.find((c) => c.code === "holidaysProjected")!.message;
    expect(message(unnamed)).not.toBe(message(e));
  });
});
