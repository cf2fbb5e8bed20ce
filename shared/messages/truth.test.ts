// Issue 9: no sentence in any language says "valid" / 有効 / 使えます about a date in the past,
// whatever the route, the reading (R-INFER-3, R-INFER-5, R-INFER-6) or the day. Every sentence a
// result carries is split off, the dates in it are read back, and a sentence that names a day
// before `today` must not claim that something is (or stays) valid or usable.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { en } from "../dates/forms/en.ts";
import { JAPAN_HOLIDAYS } from "../holidays/index.ts";
import { LANGS } from "../lang/index.ts";
import { evaluate } from "../rules/evaluate.ts";
import { plainDate } from "../rules/plain-date.ts";
import type { PresentedEvaluation } from "../rules/result.ts";
import { evaluateIso, type IsoInput } from "../rules/test/evaluate-iso.ts";
import { present } from "./present.ts";

const DAY_MS = 86_400_000;
const isoOfDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const dateIn = (from: string, to: string) => fc.integer({ min: dayOf(from), max: dayOf(to) }).map(isoOfDay);
const pad = (n: string | number) => String(n).padStart(2, "0");
/** The English month names, from the English date forms (the words the sentences use). */
const MONTHS = Array.from({ length: 12 }, (_, i) => en.month(`2026-${pad(i + 1)}-01`).split(" ")[0]!);

/** Every date a sentence names, as ISO (ja / ja-easy 2026年7月1日, en "1 July 2026"). */
function datesIn(sentence: string): string[] {
  const ja = [...sentence.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)].map(
    ([, y, m, d]) => `${y}-${pad(m!)}-${pad(d!)}`,
  );
  const en = [...sentence.matchAll(new RegExp(`(\\d{1,2}) (${MONTHS.join("|")}) (\\d{4})`, "g"))].map(
    ([, d, m, y]) => `${y}-${pad(MONTHS.indexOf(m!) + 1)}-${pad(d!)}`,
  );
  return [...ja, ...en];
}

/** Words that state validity or usability (ja, ja-easy, en). */
const CLAIMS_VALID = /有効です|まで有効|使えます|valid until|is valid|works (?:as|for)[^.]*until|works until|still use/;

function sentences(p: PresentedEvaluation): string[] {
  const t = p.text;
  const all = [
    t.stage,
    t.daysLeft,
    ...t.capabilities.map((c) => c.text),
    ...t.nextSteps.flatMap((s) => [s.title, s.detail]),
    ...t.caveats.flatMap((c) => [c.message, ...c.alternatives]),
    ...(t.inputNotes ?? []),
  ];
  // one claim per sentence: split at 。 and at ". " (and the en alternatives' "; ")
  return all.flatMap((text) => text.split(/(?<=。)|(?<=\.) |; /)).filter((s) => s.trim() !== "");
}

function falseClaims(p: PresentedEvaluation): string[] {
  return sentences(p).filter((s) => CLAIMS_VALID.test(s) && datesIn(s).some((d) => d < p.today));
}

const birthArb = fc.oneof(
  dateIn("1930-01-01", "2015-12-31"),
  fc
    .integer({ min: 1932, max: 2012 })
    .filter((y) => y % 4 === 0)
    .map((y) => `${y}-02-29`),
);
const inputArb = fc
  .tuple(
    birthArb,
    dateIn("2016-01-01", "2030-12-31"),
    fc.integer({ min: 0, max: 6500 }),
    fc.constantFrom("issue", "face", "stay"),
  )
  .filter(([birth, issued]) => birth <= issued)
  .map(([birthDate, cardIssuedOn, offset, route]) => ({
    birthDate,
    cardIssuedOn,
    today: isoOfDay(dayOf(cardIssuedOn) + offset),
    route,
  }));

describe("issue 9: no sentence says valid about a date in the past", () => {
  it("every route, every language: a sentence naming a past day never claims validity", () => {
    fc.assert(
      fc.property(inputArb, ({ birthDate, cardIssuedOn, today, route }) => {
        const fromIssue = evaluateIso({ birthDate, cardIssuedOn }, today);
        const card = fromIssue.card!.expiresOn;
        const input: IsoInput =
          route === "issue"
            ? { birthDate, cardIssuedOn }
            : route === "face"
              ? { birthDate, cardExpiry: card }
              : { birthDate, cardExpiry: card, periodOfStayEndsOn: card };
        const outcome = evaluate(
          Object.fromEntries(Object.entries(input).map(([k, v]) => [k, plainDate(v!)])),
          plainDate(today),
          JAPAN_HOLIDAYS,
        );
        if (!outcome.ok) return; // a face the possibility test refuses (e.g. a stay card issued before today's bounds)
        for (const lang of LANGS) expect(falseClaims(present(outcome.evaluation, lang))).toStrictEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("V1, V2, V4, V5, V15 read in every language: no valid-claim about a past day (and the checks can fail)", () => {
    const rows: [IsoInput, string][] = [
      [{ birthDate: "1980-07-01", cardExpiry: "2031-07-01" }, "2026-07-14"],
      [{ birthDate: "1980-07-01", cardExpiry: "2031-07-01" }, "2026-11-01"],
      [{ birthDate: "1980-07-01", cardExpiry: "2026-07-01" }, "2026-07-14"],
      [{ birthDate: "1980-07-01", cardExpiry: "2026-07-01" }, "2026-11-01"],
      [{ birthDate: "1990-09-09", cardExpiry: "2026-07-31", periodOfStayEndsOn: "2026-07-31" }, "2025-10-01"],
    ];
    for (const [input, today] of rows) {
      for (const lang of LANGS) expect(falseClaims(present(evaluateIso(input, today), lang))).toStrictEqual([]);
    }
    // the detector itself: the sentence the issue quotes would be caught
    expect(
      CLAIMS_VALID.test("電子証明書は2026年7月1日（水）まで有効です。") &&
        datesIn("電子証明書は2026年7月1日（水）まで有効です。"),
    ).toStrictEqual(["2026-07-01"]);
    expect(datesIn("the card works for health insurance until Sat 31 October 2026.")).toStrictEqual(["2026-10-31"]);
    expect(CLAIMS_VALID.test("the card works for health insurance until Sat 31 October 2026.")).toBe(true);
  });
});
