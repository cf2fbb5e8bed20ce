// R-CARD-4 in the next steps: a stay-limited card whose certificate ends with it is extended at
// the municipal office only after immigration (出入国在留管理局) has extended the stay. Every
// language names immigration first, then the municipal office, and gives the last counter day.
import { describe, expect, it } from "vitest";
import { JAPAN_HOLIDAYS } from "../holidays/index.ts";
import { LANGS, type Lang } from "../lang/index.ts";
import { evaluate } from "../rules/evaluate.ts";
import { plainDate } from "../rules/plain-date.ts";
import { JA_TERMS } from "./glossary/terms.ts";
import { present } from "./index.ts";

/** The review's input: the card and the stay both end on Sunday 2026-12-20; checked on 2026-12-02. */
const STAY = { birthDate: "1995-08-15", cardExpiry: "2026-12-20", periodOfStayEndsOn: "2026-12-20" };

const presented = (input: Record<string, string>, today: string, lang: Lang) => {
  const parsed = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, plainDate(v)]));
  const outcome = evaluate(parsed, plainDate(today), JAPAN_HOLIDAYS);
  if (!outcome.ok) throw new Error("expected an evaluation");
  return present(outcome.evaluation, lang);
};

/** How each language names the municipal office in these sentences. */
const MUNICIPAL: Record<Lang, string> = {
  ja: JA_TERMS.municipalOffice,
  "ja-easy": "市区町村の 窓口",
  en: "municipal office",
  "zh-Hans": JA_TERMS.municipalOffice,
  ko: JA_TERMS.municipalOffice,
  vi: JA_TERMS.municipalOffice,
  "pt-BR": JA_TERMS.municipalOffice,
  tl: JA_TERMS.municipalOffice,
  ne: JA_TERMS.municipalOffice,
};

describe("extendCardValidity (R-CARD-4): immigration first, then the municipal office", () => {
  it.each(LANGS)("%s", (lang) => {
    const p = presented(STAY, "2026-12-02", lang);
    expect(p.stage).toBe("renewal");
    const step = p.text.nextSteps.find((s) => s.code === "extendCardValidity");
    expect(step, "the step is there").toBeDefined();
    const { detail } = step!;
    const immigration = detail.indexOf(JA_TERMS.immigration);
    const office = detail.indexOf(MUNICIPAL[lang]);
    expect(immigration, "names 出入国在留管理局").toBeGreaterThanOrEqual(0);
    expect(office, "names the municipal office").toBeGreaterThan(immigration);
    // The card ends on a Sunday: the last day the office can do it is Friday 12-18 (R-COUNTER-1).
    expect(p.text.lastCounterDay).not.toBeNull();
    expect(detail.endsWith(p.text.lastCounterDay!)).toBe(true);
    expect(detail).not.toMatch(/undefined|\$\{|\{\w+\}/);
  });

  it.each([
    ["ja", "出入国在留管理局で在留期間を更新してから"],
    ["en", "at the immigration office first"],
    ["ja-easy", "まず 入管で"],
  ] as const)("%s: the title says the order", (lang, words) => {
    const step = presented(STAY, "2026-12-02", lang).text.nextSteps.find((s) => s.code === "extendCardValidity")!;
    expect(step.title).toContain(words);
  });

  it.each(LANGS)("%s: while still valid, the stay card's 'nothing yet' names immigration too", (lang) => {
    const p = presented(
      { birthDate: "1995-08-15", cardExpiry: "2030-03-20", periodOfStayEndsOn: "2030-03-20" },
      "2026-12-02",
      lang,
    );
    expect(p.stage).toBe("valid");
    const step = p.text.nextSteps.find((s) => s.code === "nothingYet")!;
    expect(step.detail.indexOf(JA_TERMS.immigration)).toBeGreaterThanOrEqual(0);
    expect(step.detail.indexOf(MUNICIPAL[lang])).toBeGreaterThan(step.detail.indexOf(JA_TERMS.immigration));
  });
});
