// The worked examples the resident pages write out (worked-examples.ts) are the engine's answer
// (R-RENEW-1, R-INS-1, R-INFER-2), and every language's page states those dates: a change of a
// rule or of an example fails here, in the language whose sentence is left behind.
import { describe, expect, it } from "vitest";
import { evaluateIso } from "#shared/rules/test/evaluate-iso.ts";
import { FAQ } from "./faq";
import { RENEW } from "./renew";
import { STAGES_TEXT } from "./stages";
import { monthDay, sentences } from "./test/month-day";
import { WORKED_EXAMPLES } from "./worked-examples";

const TODAY = "2026-06-01"; // before every example's dates: each is still ahead

describe("the worked examples are what evaluate answers", () => {
  it.each([WORKED_EXAMPLES.renewalOpens, WORKED_EXAMPLES.renewalOpensAtMonthEnd])(
    "R-RENEW-1: expiry $expiry → renewal opens $opens",
    ({ expiry, opens }) => {
      expect(evaluateIso({ certificateExpiry: expiry }, TODAY).certificate.renewalOpensOn).toBe(opens);
    },
  );
  it.each([WORKED_EXAMPLES.graceEnds, WORKED_EXAMPLES.graceEndsNextYear, WORKED_EXAMPLES.graceEndsIntoLeapYear])(
    "R-INS-1: expiry $expiry → the card works until $graceEnds",
    ({ expiry, graceEnds }) => {
      expect(evaluateIso({ certificateExpiry: expiry }, TODAY).certificate.graceEndsOn).toBe(graceEnds);
    },
  );
  it("R-INFER-2: an adult's card ending 2031-11-14 → its first certificate ends 2026-11-14", () => {
    const { birthDate, cardExpiry, certificateExpiry } = WORKED_EXAMPLES.firstCertificate;
    const certificate = evaluateIso({ birthDate, cardExpiry }, TODAY).certificate;
    expect([certificate.expiresOn, certificate.basis]).toStrictEqual([certificateExpiry, "firstCertificate"]);
  });
});

/** A sentence that names `from` and, after it, `to`. */
const example = (texts: string[], from: string, to: string) =>
  texts.find((s) => s.includes(from) && s.lastIndexOf(to) > s.indexOf(from));

/** The pages that write each example out, and the languages whose page leaves it out
 *  (やさしい日本語 keeps one example only: the renewal window's, on /easy/renew/). */
const WRITTEN = [
  ["renewalOpens", "renew", []],
  ["renewalOpens", "stages", ["ja-easy"]],
  ["renewalOpensAtMonthEnd", "renew", ["ja-easy"]],
  ["graceEnds", "stages", ["ja-easy"]],
  ["graceEndsNextYear", "stages", ["ja-easy"]],
  ["graceEndsIntoLeapYear", "stages", ["ja-easy"]],
] as const;
const PAGES = { renew: RENEW, stages: STAGES_TEXT };

describe.each(Object.keys(RENEW) as (keyof typeof RENEW)[])("%s pages state the worked examples", (lang) => {
  const date = (iso: string) => monthDay(lang, iso);
  const cases = WRITTEN.filter(([, , leftOut]) => !(leftOut as readonly string[]).includes(lang)).map(
    ([name, page]) => [name, page] as const,
  );
  it.each(cases)("%s on %s (R-RENEW-1, R-INS-1)", (name, page) => {
    const { expiry, ...rest } = WORKED_EXAMPLES[name];
    const to = "opens" in rest ? rest.opens : rest.graceEnds;
    expect(
      example(sentences(PAGES[page][lang]), date(expiry), date(to)),
      `${date(expiry)} → ${date(to)}`,
    ).toBeDefined();
  });
});

/** Each question with its answer, as one text. */
function questions(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(questions);
  if (!value || typeof value !== "object") return [];
  if ("q" in value && "a" in value) return [sentences([value.q, value.a]).join(" ")];
  return Object.values(value).flatMap(questions);
}

describe.each(["ja", "en"] as const)("%s FAQ states the first certificate's example (R-INFER-2)", (lang) => {
  const { cardExpiry, certificateExpiry } = WORKED_EXAMPLES.firstCertificate;
  const year = (iso: string) => Number(iso.slice(0, 4));
  // The question quotes the card face, in Japanese in both; the answer is in the page's language.
  const printed = `${year(cardExpiry)}年${monthDay("ja", cardExpiry)}`;
  const answer =
    lang === "ja"
      ? printed.replace(String(year(cardExpiry)), String(year(certificateExpiry)))
      : `${monthDay(lang, certificateExpiry)} ${year(certificateExpiry)}`;
  it(`${cardExpiry} → ${certificateExpiry}`, () => {
    expect(example(questions(FAQ[lang]), printed, answer), `${printed} → ${answer}`).toBeDefined();
  });
});
