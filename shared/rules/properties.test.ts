// Property-based tests of the rules engine (fast-check, 1,000 runs each): what must hold for every
// birth date 1930–2020 and card issue date 2016–2030, whatever the worked examples cover.
// Hint: the oracles below (leap years, month lengths, "− 3 months", birthdays, attain days) are
// restated from rules.md with `Date` in UTC as an independent calendar, never taken from the code
// under test, so a wrong helper in the engine cannot agree with itself.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JAPAN_HOLIDAYS } from "../holidays/index.ts";
import { type EvaluateInput, evaluate } from "./evaluate.ts";
import { plainDate } from "./plain-date.ts";
import { type Evaluation, type Outcome, STAGES, type Stage } from "./result.ts";
import type { IsoInput } from "./test/evaluate-iso.ts";

const RUNS = { numRuns: 1000 };

// ---- an independent calendar ---------------------------------------------------------------
const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOfDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
const addDays = (iso: string, days: number): string => isoOfDay(dayNumber(iso) + days);
const ymd = (iso: string): [number, number, number] => iso.split("-").map(Number) as [number, number, number];
const iso = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number): number =>
  [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
/** R-RENEW-1's "− 3 months", clamped to the end of a shorter month. */
function minusMonths(date: string, months: number): string {
  const [y, m, d] = ymd(date);
  const index = y * 12 + (m - 1) - months;
  const [ny, nm] = [Math.floor(index / 12), (index % 12) + 1];
  return iso(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}
const isFeb29 = (date: string): boolean => date.slice(5) === "02-29";
/** R-DATE-4: the birthday in a year (Feb 29 → Feb 28 in a common year). */
function birthdayIn(birth: string, year: number): string {
  const [, m, d] = ymd(birth);
  return isFeb29(birth) && !isLeap(year) ? iso(year, 2, 28) : iso(year, m, d);
}
/** R-AGE-1: the day on which `birth` counts as `n` years old. */
function attainDay(birth: string, n: number): string {
  const [y, m, d] = ymd(birth);
  return isFeb29(birth) ? iso(y + n, 2, 28) : addDays(iso(y + n, m, d), -1);
}
/** R-DATE-3: how many birthdays fall strictly after `from` and on or before `to`. */
function birthdaysBetween(birth: string, from: string, to: string): number {
  let count = 0;
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    const b = birthdayIn(birth, y);
    if (b > from && b <= to) count++;
  }
  return count;
}

// ---- generators --------------------------------------------------------------------------
const dateIn = (from: string, to: string) => fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map(isoOfDay);
// Uniform dates rarely hit the boundaries, so a share of the runs is drawn near them: issues in
// the 2022 transition (R-CARD-3), births a few days either side of the 15th, 18th, 19th and 20th
// birthday on the issue day (R-AGE-2, R-CERT-6), and Feb 29 births (R-DATE-4).
const birthArb = fc.oneof(
  dateIn("1930-01-01", "2020-12-31"),
  fc
    .integer({ min: 1932, max: 2020 })
    .filter(isLeap)
    .map((y) => iso(y, 2, 29)),
);
const issueArb = fc.oneof(dateIn("2016-01-01", "2030-12-31"), dateIn("2022-03-25", "2022-10-07"));
const yearsBefore = (date: string, years: number): string => {
  const [y, m, d] = ymd(date);
  return iso(y - years, m, Math.min(d, daysInMonth(y - years, m)));
};
const birthIssueArb = fc.oneof(
  fc.record({ birthDate: birthArb, cardIssuedOn: issueArb }),
  fc
    .record({ cardIssuedOn: issueArb, age: fc.constantFrom(15, 18, 19, 20), shift: fc.integer({ min: -3, max: 3 }) })
    .map(({ cardIssuedOn, age, shift }) => ({
      cardIssuedOn,
      birthDate: addDays(yearsBefore(cardIssuedOn, age), shift),
    })),
);
/** A valid route (c) input (born on or before the issue) and a today on or after the issue. */
const cardIssueArb = fc
  .tuple(birthIssueArb, fc.integer({ min: 0, max: 6000 }))
  .map(([{ birthDate, cardIssuedOn }, todayOffset]) => ({ birthDate, cardIssuedOn, todayOffset }))
  .filter(({ birthDate, cardIssuedOn }) => birthDate <= cardIssuedOn)
  .map(({ birthDate, cardIssuedOn, todayOffset }) => ({
    input: { birthDate, cardIssuedOn } as IsoInput,
    today: addDays(cardIssuedOn, todayOffset),
  }));

const toInput = (input: IsoInput): EvaluateInput =>
  Object.fromEntries(
    Object.entries(input)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, plainDate(v as string)]),
  );
const run = (input: IsoInput, today: string): Outcome => evaluate(toInput(input), plainDate(today), JAPAN_HOLIDAYS);
function ok(input: IsoInput, today: string): Evaluation {
  const outcome = run(input, today);
  if (!outcome.ok) throw new Error(`${JSON.stringify(input)} on ${today}: ${JSON.stringify(outcome.errors)}`);
  return outcome.evaluation;
}
const order = (stage: Stage): number => STAGES.indexOf(stage);
/** R-INFER-3 / R-INFER-5: the stage under one fixed assumption, whichever reading the headline
 *  follows: the headline's own, or the other reading's when a caveat carries it. */
function stageAssuming(e: Evaluation, assumption: "renewed" | "notRenewed"): Stage {
  const other = e.caveats
    .filter((c) => c.code === "renewalUnknown" || c.code === "cardExpired")
    .flatMap((c) => c.alternatives)
    .find((a) => a.assumption === assumption);
  return other?.stage ?? e.stage;
}

// ---- (1) ---------------------------------------------------------------------------------
describe("(1) R-CERT-1(b) / R-CERT-2 / R-CARD-5: the certificate never outlives the card", () => {
  it("R-CERT-1(b), R-CERT-2: user certificate ≤ card; signature certificate ≤ user certificate (with renewals and typed expiries)", () => {
    const arb = fc.tuple(
      cardIssueArb,
      fc.option(fc.integer({ min: 0, max: 5500 })),
      fc.option(fc.integer({ min: 0, max: 6000 })),
    );
    fc.assert(
      fc.property(arb, ([{ input, today }, certificateOffset, expiryOffset]) => {
        const certificateIssuedOn =
          certificateOffset === null ? undefined : addDays(input.cardIssuedOn!, certificateOffset);
        const certificateExpiry = expiryOffset === null ? undefined : addDays(input.cardIssuedOn!, expiryOffset);
        const outcome = run({ ...input, certificateIssuedOn, certificateExpiry }, today);
        if (!outcome.ok) {
          // Only the certificate dates can be wrong here, never the birth or issue date.
          for (const e of outcome.errors) expect(["certificateIssuedOn", "certificateExpiry"]).toContain(e.field);
          return;
        }
        const e = outcome.evaluation;
        expect(e.certificate.expiresOn <= e.card!.expiresOn).toBe(true);
        if (e.signatureCertificate) expect(e.signatureCertificate.expiresOn <= e.certificate.expiresOn).toBe(true);
        for (const caveat of e.caveats) {
          for (const alt of caveat.alternatives) {
            if (alt.certificateExpiresOn && alt.cardExpiresOn)
              expect(alt.certificateExpiresOn <= alt.cardExpiresOn).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });
});

// ---- (2) ---------------------------------------------------------------------------------
describe("(2) R-RENEW-1 / R-INS-1: the windows around any expiry", () => {
  function checkWindows(expiry: string, renewal: string, grace: string) {
    expect(renewal <= expiry && expiry < grace).toBe(true);
    const minus3 = minusMonths(expiry, 3);
    expect(renewal > addDays(minus3, -1)).toBe(true);
    expect(renewal).toBe(addDays(minus3, 1));
    const [ey, em] = ymd(expiry);
    const [gy, gm, gd] = ymd(grace);
    expect(gy * 12 + gm).toBe(ey * 12 + em + 3);
    expect(gd).toBe(daysInMonth(gy, gm));
  }
  it("R-RENEW-1, R-INS-1: renewalOpensOn ≤ expiresOn < graceEndsOn; opens the day after expiry − 3 months; grace ends on a month end (any expiry 1900–2100)", () => {
    fc.assert(
      fc.property(
        dateIn("1900-01-01", "2100-09-30"),
        dateIn("1900-01-01", "2100-12-31"),
        (certificateExpiry, today) => {
          const e = ok({ certificateExpiry }, today);
          checkWindows(e.certificate.expiresOn, e.certificate.renewalOpensOn, e.certificate.graceEndsOn);
        },
      ),
      RUNS,
    );
  });
  it("R-RENEW-1, R-INS-1, R-CARD-6: the same for computed certificates and cards", () => {
    fc.assert(
      fc.property(cardIssueArb, ({ input, today }) => {
        const e = ok(input, today);
        checkWindows(e.certificate.expiresOn, e.certificate.renewalOpensOn, e.certificate.graceEndsOn);
        expect(e.card!.renewalOpensOn).toBe(addDays(minusMonths(e.card!.expiresOn, 3), 1));
      }),
      RUNS,
    );
  });
});

// ---- (3) ---------------------------------------------------------------------------------
describe("(3) R-INS-2: stages only move forward as today advances", () => {
  /** An input of any route, and the first day of a range of about 15 years (in 2-day steps) to sample. */
  const routeArb = fc.oneof(
    dateIn("2000-01-01", "2090-12-31").map((certificateExpiry) => ({
      input: { certificateExpiry } as IsoInput,
      from: addDays(certificateExpiry, -2000),
    })),
    cardIssueArb.map(({ input }) => ({ input, from: input.cardIssuedOn! })),
    // Route (b): the card face of the same card
    cardIssueArb.map(({ input, today }) => ({
      input: { birthDate: input.birthDate, cardExpiry: ok(input, today).card!.expiresOn } as IsoInput,
      from: input.cardIssuedOn!,
    })),
  );
  const offsetsArb = fc.array(fc.integer({ min: 0, max: 2800 }), { minLength: 6, maxLength: 6 });

  it("R-INS-2 / R-INFER-3 / R-INFER-5: for a fixed assumption (not renewed) valid → renewal → grace → lapsed, never back; the headline itself switches readings at G1 by design", () => {
    fc.assert(
      fc.property(routeArb, offsetsArb, ({ input, from }, offsets) => {
        const days = [...new Set(offsets.map((o) => addDays(from, o * 2)))].sort();
        const stages = days.map((d) => stageAssuming(ok(input, d), "notRenewed"));
        for (let i = 1; i < stages.length; i++) expect(order(stages[i])).toBeGreaterThanOrEqual(order(stages[i - 1]));
      }),
      RUNS,
    );
  });
  it("R-INFER-3: under the renewed assumption, once the first certificate is past, stages never go back either", () => {
    fc.assert(
      fc.property(routeArb, offsetsArb, ({ input, from }, offsets) => {
        const days = [...new Set(offsets.map((o) => addDays(from, o * 2)))].sort();
        const evaluations = days.map((d) => ok(input, d));
        // from the first day the question is open (or the card has expired) on
        const start = evaluations.findIndex((e) =>
          e.caveats.some((c) => c.code === "renewalUnknown" || c.code === "cardExpired"),
        );
        if (start < 0) return;
        const stages = evaluations.slice(start).map((e) => stageAssuming(e, "renewed"));
        for (let i = 1; i < stages.length; i++) expect(order(stages[i])).toBeGreaterThanOrEqual(order(stages[i - 1]));
      }),
      RUNS,
    );
  });
});

// ---- (4) ---------------------------------------------------------------------------------
describe("(4) R-INFER-1 / R-INFER-2 / R-INFER-3: the card face agrees with the issue date", () => {
  it("R-INFER-1, R-INFER-2, R-INFER-3, R-DATE-4: birth + C (from birth + issue) gives the same card and certificate", () => {
    fc.assert(
      fc.property(cardIssueArb, ({ input, today }) => {
        const fromIssue = ok(input, today);
        const card = fromIssue.card!.expiresOn;
        // the first certificate: the answer on the issue day itself, before any doubt
        const first = ok(input, input.cardIssuedOn!).certificate.expiresOn;
        const face = ok({ birthDate: input.birthDate, cardExpiry: card }, today);
        expect(face.card!.expiresOn).toBe(card);
        expect(face.card!.validityYears).toBe(fromIssue.card!.validityYears);
        expect(face.caveats.map((c) => c.code)).not.toContain("cardExpiryNotBirthday");
        if (today <= first) {
          expect(face.certificate.expiresOn).toBe(first);
        } else if (first !== card) {
          // R-INFER-3 / R-INFER-5: the first certificate is past: both routes give the same
          // reading, stage and caveat (renewed or not, the first certificate as one of them).
          const doubt = (e: Evaluation) =>
            e.caveats.filter((c) => c.code === "renewalUnknown" || c.code === "cardExpired");
          expect([face.certificate, face.stage, doubt(face)]).toStrictEqual([
            fromIssue.certificate,
            fromIssue.stage,
            doubt(fromIssue),
          ]);
          const readings = [
            face.certificate.expiresOn,
            ...doubt(face).flatMap((c) => c.alternatives.map((a) => a.certificateExpiresOn)),
          ];
          expect(readings).toContain(card);
          if (today <= card || doubt(face)[0]!.alternatives.length > 0) expect(readings).toContain(first);
        } else {
          expect(face.certificate.expiresOn).toBe(card); // a 5-year card: the certificate ends with it
        }
        // R-DATE-4: every result for a Feb 29 birth carries the caveat, and only those
        const feb29 = isFeb29(input.birthDate!);
        expect(fromIssue.caveats.some((c) => c.code === "feb29")).toBe(feb29);
        expect(face.caveats.some((c) => c.code === "feb29")).toBe(feb29);
        if (!face.caveats.some((c) => c.code === "signatureUncertain")) {
          expect(face.signatureCertificate === null).toBe(fromIssue.signatureCertificate === null);
        }
      }),
      RUNS,
    );
  });
});

describe("(4b) R-INFER-3: the same person gets the same stage and caveat on both routes", () => {
  /** R-INS-1, restated: the last day of the third month after E's month. */
  const graceEnd = (e: string): string => {
    const [y, m] = ymd(e);
    const index = y * 12 + (m - 1) + 3;
    const [ny, nm] = [Math.floor(index / 12), (index % 12) + 1];
    return iso(ny, nm, daysInMonth(ny, nm));
  };
  it("R-INFER-3 / R-INFER-5: on E1+1, G1 and G1+1 the card face and the issue date agree (stage, certificate, caveat)", () => {
    fc.assert(
      fc.property(cardIssueArb, ({ input }) => {
        const onIssue = ok(input, input.cardIssuedOn!);
        const first = onIssue.certificate.expiresOn;
        const card = onIssue.card!.expiresOn;
        const face = { birthDate: input.birthDate, cardExpiry: card } as IsoInput;
        for (const day of [addDays(first, 1), graceEnd(first), addDays(graceEnd(first), 1)]) {
          const a = ok(input, day);
          const b = ok(face, day);
          const doubt = (e: Evaluation) =>
            e.caveats.filter((c) => c.code === "renewalUnknown" || c.code === "cardExpired");
          expect([b.stage, b.certificate, doubt(b)]).toStrictEqual([a.stage, a.certificate, doubt(a)]);
          if (first < card && day <= card) {
            // the headline: not renewed through G1, renewed after (Decisions)
            expect(a.certificate.basis).toBe(day <= graceEnd(first) ? "firstCertificate" : "assumedRenewed");
            expect(doubt(a).map((c) => c.code)).toStrictEqual(["renewalUnknown"]);
          }
        }
      }),
      RUNS,
    );
  });
});

// ---- (5) ---------------------------------------------------------------------------------
describe("(5) R-CARD-1 / R-CARD-2 / R-CARD-3 / R-DATE-3 / R-DATE-4: the card expiry is the 5th or 10th birthday after issue", () => {
  it("R-CARD-1: a birthday (Feb 28 for Feb 29 births in common years), 10 birthdays after issue for an adult, else 5", () => {
    const arb = fc.tuple(cardIssueArb, fc.option(fc.integer({ min: 0, max: 400 })));
    fc.assert(
      fc.property(arb, ([{ input, today }, applicationDaysBefore]) => {
        const applicationReceivedOn =
          applicationDaysBefore === null ? undefined : addDays(input.cardIssuedOn!, -applicationDaysBefore);
        const e = ok({ ...input, applicationReceivedOn }, today);
        const birth = input.birthDate!;
        const issued = input.cardIssuedOn!;
        const card = e.card!.expiresOn;
        expect(card).toBe(birthdayIn(birth, Number(card.slice(0, 4))));
        // R-CARD-2 / R-CARD-3 (the earlier card when the application date is unknown and it matters)
        const aged = (n: number) => issued >= attainDay(birth, n);
        const adultAge = applicationReceivedOn
          ? applicationReceivedOn < "2022-04-01"
            ? 20
            : 18
          : issued < "2022-04-01"
            ? 20
            : issued > "2022-09-30"
              ? 18
              : aged(18) && !aged(20)
                ? 20
                : 18;
        const years = aged(adultAge) ? 10 : 5;
        expect(e.card!.validityYears).toBe(years);
        expect(birthdaysBetween(birth, issued, card)).toBe(years);
      }),
      RUNS,
    );
  });
});

// ---- (6) ---------------------------------------------------------------------------------
const FIELDS = [
  "certificateExpiry",
  "birthDate",
  "cardExpiry",
  "cardIssuedOn",
  "applicationReceivedOn",
  "certificateIssuedOn",
  "periodOfStayEndsOn",
] as const;
const anyInputArb = (from: string, to: string) =>
  fc.record(
    Object.fromEntries(FIELDS.map((f) => [f, dateIn(from, to)])) as Record<
      (typeof FIELDS)[number],
      fc.Arbitrary<string>
    >,
    { requiredKeys: [] },
  );

describe("(6) contract: the evaluation is a pure function of input and today", () => {
  it("same input, same today → deep-equal results, whatever was evaluated in between", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          cardIssueArb.map((x) => x.input),
          anyInputArb("1990-01-01", "2040-12-31"),
        ),
        anyInputArb("1900-01-01", "2100-12-31"),
        dateIn("2016-01-01", "2040-12-31"),
        (input, other, today) => {
          const frozen = Object.freeze({ ...input });
          const a = run(frozen, today);
          run(other, today);
          const b = run(frozen, today);
          expect(b).toStrictEqual(a);
          expect(JSON.parse(JSON.stringify(a))).toStrictEqual(a); // plain JSON values only
        },
      ),
      RUNS,
    );
  });
});

// ---- (7) ---------------------------------------------------------------------------------
describe("(7) R-INS-2: the timeline is sorted and its stages agree with the stage on each day", () => {
  const inputArb = fc.oneof(
    dateIn("2000-01-01", "2090-12-31").map((certificateExpiry) => ({ certificateExpiry }) as IsoInput),
    cardIssueArb.map((x) => x.input),
  );
  it("R-INS-2: dates in order; each stageFrom milestone's day has that stage and the day before the stage before it", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const timeline = ok(input, input.cardIssuedOn ?? "2000-01-01").timeline;
        for (let i = 1; i < timeline.length; i++) expect(timeline[i - 1].date <= timeline[i].date).toBe(true);
        const starts = timeline.filter((m) => m.stageFrom !== null);
        expect(starts.map((m) => m.stageFrom)).toStrictEqual(["renewal", "grace", "lapsed"]);
        // The timeline of the issue day is the first certificate's: its stages are the
        // not-renewed reading's on later days (R-INFER-3).
        for (const m of starts) {
          expect(stageAssuming(ok(input, m.date), "notRenewed")).toBe(m.stageFrom);
          expect(stageAssuming(ok(input, addDays(m.date, -1)), "notRenewed")).toBe(STAGES[order(m.stageFrom!) - 1]);
        }
      }),
      RUNS,
    );
  });
});

// ---- (8) ---------------------------------------------------------------------------------
const CODES = [
  "birth_date_in_future",
  "card_issued_before_first_cards",
  "card_issued_before_birth",
  "card_issued_in_future",
  "application_after_card_issue",
  "certificate_issued_before_card",
  "certificate_issued_before_birth",
  "certificate_issued_after_card_expiry",
  "certificate_issued_in_future",
  "certificate_issued_after_expiry",
  "card_expiry_not_after_birth",
  "card_expiry_not_after_issue",
  "certificate_expiry_not_after_birth",
  "certificate_outlives_card",
  "stay_ends_before_card_issue",
  "stay_ends_before_card_expiry",
  "card_expiry_mismatch",
  "impossible_card_age",
  "missing_input",
];

describe("(8) R-INPUT-1: evaluate never throws", () => {
  function assertAnswer(outcome: Outcome) {
    if (outcome.ok) {
      expect(STAGES).toContain(outcome.evaluation.stage);
    } else {
      expect(outcome.errors.length).toBeGreaterThan(0);
      for (const e of outcome.errors) {
        expect(FIELDS).toContain(e.field);
        expect(CODES).toContain(e.code);
      }
    }
  }
  it("R-INPUT-1: any subset of dates 1900–2100 → an evaluation or errors naming known fields", () => {
    fc.assert(
      fc.property(anyInputArb("1900-01-01", "2100-12-31"), dateIn("1900-01-01", "2100-12-31"), (input, today) =>
        assertAnswer(run(input, today)),
      ),
      RUNS,
    );
  });
  it("R-INPUT-1: the same with dates near each other (so that more combinations pass the checks)", () => {
    fc.assert(
      fc.property(anyInputArb("1995-01-01", "2035-12-31"), dateIn("2016-01-01", "2040-12-31"), (input, today) =>
        assertAnswer(run(input, today)),
      ),
      RUNS,
    );
  });
});
