// Issue 13: every catalog renders every evaluation completely and in its own language's dates.
// Completeness of keys is a type error (Record<Lang, Catalog>, Catalog's Records); this test
// renders: the worked examples (examples.md E-rows and the v2 doubt cases of the README), at days
// in every stage, and generated inputs on all three routes, in every language of LANGS. A text
// must have no unfilled `{slot}`, no `undefined`/`null`/`NaN`, no Devanagari digits (dates and
// numbers are Latin everywhere, shared/dates/forms/forms.ts), and every date it names in the
// form of its own language: a date of the evaluation written in another language's form (a
// Japanese 「2026年3月15日」 inside a Vietnamese sentence) is a hard-coded date or a wrong
// formatter.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DATE_FORMS } from "../dates/display.ts";
import { JAPAN_HOLIDAYS } from "../holidays/index.ts";
import { LANGS, type Lang } from "../lang/index.ts";
import { evaluate } from "../rules/evaluate.ts";
import { PlainDate, plainDate } from "../rules/plain-date.ts";
import type { Evaluation } from "../rules/result.ts";
import { evaluateIso, type IsoInput } from "../rules/test/evaluate-iso.ts";
import { API_TEXTS, CATALOGS } from "./catalogs.ts";
import { present } from "./present.ts";

const HOLES = /undefined|null|NaN|\{\w+\}|\[object|[०-९]/;

function allStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(allStrings);
  return [];
}

/** Every ISO date anywhere in the evaluation (certificate, card, timeline, caveats). */
function isoDates(e: Evaluation): string[] {
  const found = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) found.add(value);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(e);
  return [...found];
}

const FORM_NAMES = ["day", "dayWithWeekday", "short", "dayWithEra", "letter"] as const;

/** The texts of `e` in `lang`, checked; returns them for further checks. */
function checkRendering(e: Evaluation, lang: Lang): string[] {
  const texts = allStrings(present(e, lang).text);
  const own = DATE_FORMS[lang];
  for (const text of texts) expect(text, `${lang}: ${text}`).not.toMatch(HOLES);
  for (const iso of isoDates(e)) {
    const mine = FORM_NAMES.map((form) => own[form](iso));
    for (const other of LANGS) {
      const theirs = DATE_FORMS[other].day(iso);
      // A form that is (part of) one of this language's own is not foreign (ja and zh-Hans share 年月日).
      if (mine.some((form) => form.includes(theirs))) continue;
      for (const text of texts) expect(text, `${lang} writes ${iso} as ${other} does: ${text}`).not.toContain(theirs);
    }
  }
  return texts;
}

/** The worked examples and the cases of doubt, each on days that reach every stage. */
const EXAMPLES: [string, IsoInput, string[]][] = [
  [
    "E1/E2 card issue",
    { birthDate: "1980-10-10", cardIssuedOn: "2020-05-15" },
    ["2024-06-01", "2024-08-01", "2024-12-01", "2025-02-01"],
  ],
  [
    "E5 application before 2022-04-01",
    { birthDate: "2003-07-01", cardIssuedOn: "2022-04-15", applicationReceivedOn: "2022-03-20" },
    ["2026-01-01", "2026-05-01"],
  ],
  [
    "certificate expiry on a Saturday (R-COUNTER-1)",
    { certificateExpiry: "2026-11-14" },
    ["2026-01-10", "2026-09-01", "2026-12-01", "2027-03-01"],
  ],
  [
    "expiry in the new-year closure",
    { certificateExpiry: "2027-01-02" },
    ["2026-12-01", "2027-01-02", "2027-04-30", "2027-05-01"],
  ],
  [
    "Feb 29 birth (R-DATE-4)",
    { birthDate: "2004-02-29", cardIssuedOn: "2021-06-01" },
    ["2024-06-01", "2026-01-15", "2026-03-01"],
  ],
  [
    "card face, renewed or not (R-INFER-3)",
    { birthDate: "1985-11-14", cardExpiry: "2031-11-14" },
    ["2026-09-01", "2026-11-20", "2027-03-01", "2031-12-01"],
  ],
  [
    "stay-limited card (R-INFER-6)",
    { birthDate: "1990-09-09", cardExpiry: "2027-05-31", periodOfStayEndsOn: "2027-05-31" },
    ["2027-01-01", "2027-04-01", "2027-06-15", "2027-09-01"],
  ],
  ["issued under 15 (R-CERT-6)", { birthDate: "2012-04-01", cardIssuedOn: "2020-04-01" }, ["2024-01-01", "2026-06-01"]],
  ["the day before a birthday (R-AGE-2)", { birthDate: "2004-04-02", cardIssuedOn: "2022-04-01" }, ["2026-01-01"]],
];

describe.each(LANGS)("%s", (lang) => {
  it("has every API text filled, the {langs} slot aside", () => {
    for (const text of allStrings(API_TEXTS[lang])) expect(text).not.toMatch(HOLES);
    for (const text of Object.values(CATALOGS[lang].error)) expect(text).not.toMatch(/undefined|NaN/);
  });

  it("words the 415's detail for both of its causes: the Content-Type and a compressed body", () => {
    // One problem kind, two causes (worker/middleware/json-body): the detail may speak of neither alone.
    const { detail } = API_TEXTS[lang].problem["unsupported-media-type"];
    expect(detail).toContain("Content-Type: application/json");
    expect(detail).toContain("Content-Encoding");
  });

  it.each(EXAMPLES)("renders %s in every stage", (_, input, days) => {
    const stages = new Set<string>();
    for (const today of days) {
      const e = evaluateIso(input, today);
      stages.add(e.stage);
      checkRendering(e, lang);
    }
    expect(stages.size).toBeGreaterThan(days.length > 1 ? 1 : 0);
  });

  it("names the stage's deadline in its own date form", () => {
    const e = evaluateIso({ certificateExpiry: "2026-11-14" }, "2026-09-01");
    const texts = present(e, lang).text;
    const all = allStrings(texts).join("\n");
    expect(all).toContain(DATE_FORMS[lang].dayWithWeekday("2026-11-14"));
  });

  it("renders generated inputs on every route", () => {
    const day = fc.integer({ min: 0, max: 365 * 80 }).map((n) => plainDate("1950-01-01").add({ days: n }));
    const issue = fc.integer({ min: 0, max: 365 * 12 }).map((n) => plainDate("2016-01-01").add({ days: n }));
    const todayArb = fc.integer({ min: 0, max: 365 * 25 }).map((n) => plainDate("2016-01-01").add({ days: n }));
    fc.assert(
      fc.property(
        day,
        issue,
        todayArb,
        fc.constantFrom("issue", "face", "certificate"),
        (birth, issued, today, route) => {
          const base = { birthDate: birth, cardIssuedOn: issued };
          const first = evaluate(base, PlainDate.compare(today, issued) < 0 ? issued : today, JAPAN_HOLIDAYS);
          if (!first.ok) return;
          const input =
            route === "face"
              ? { birthDate: birth, cardExpiry: plainDate(first.evaluation.card!.expiresOn) }
              : route === "certificate"
                ? { certificateExpiry: plainDate(first.evaluation.certificate.expiresOn) }
                : base;
          const outcome = evaluate(input, today, JAPAN_HOLIDAYS);
          if (outcome.ok) checkRendering(outcome.evaluation, lang);
        },
      ),
      { numRuns: 150 },
    );
  });
});
