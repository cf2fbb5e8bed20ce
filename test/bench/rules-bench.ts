// Bundled and run by scripts/bench-rules.mjs: evaluations per second for each input route.

import { JAPAN_HOLIDAYS } from "#shared/holidays/index.ts";
import { present } from "#shared/messages/index.ts";
import { evaluate } from "#shared/rules/evaluate.ts";
import type { EvaluateInput } from "#shared/rules/evaluate-input.ts";
import { PlainDate, plainDate } from "#shared/rules/plain-date.ts";
import { Temporal } from "#shared/rules/temporal.ts";
import { parseEvaluateBody } from "#shared/schema/index.ts";

const SAMPLES = 1_000;
const ROUNDS = 15;
const today = plainDate("2026-11-27");

// Deterministic spread of inputs (no Math.random: the same figures on every run).
const births = Array.from({ length: SAMPLES }, (_, i) => plainDate("1940-01-01").add({ days: (i * 7919) % 27000 }));
const issues = Array.from({ length: SAMPLES }, (_, i) => plainDate("2016-02-01").add({ days: (i * 104729) % 3900 }));

function cardExpiryFor(birth: PlainDate, issued: PlainDate): PlainDate {
  const outcome = evaluate({ birthDate: birth, cardIssuedOn: issued }, today, JAPAN_HOLIDAYS);
  return outcome.ok ? plainDate(outcome.evaluation.card!.expiresOn) : plainDate("2031-11-14");
}

const routes: Record<string, EvaluateInput[]> = {
  "(a) certificateExpiry": issues.map((d) => ({ certificateExpiry: d.add({ years: 5 }) })),
  "(b) birthDate + cardExpiry": births.map((b, i) => ({ birthDate: b, cardExpiry: cardExpiryFor(b, issues[i]!) })),
  "(c) birthDate + cardIssuedOn": births.map((b, i) => ({ birthDate: b, cardIssuedOn: issues[i]! })),
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function measure(run: () => void): number {
  const perEvaluation: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    run();
    perEvaluation.push(((performance.now() - start) * 1000) / SAMPLES);
  }
  return median(perEvaluation);
}

console.log(`rules engine: median of ${ROUNDS} rounds × ${SAMPLES} evaluations (µs per evaluation)`);
console.log("route".padEnd(32), "evaluate".padStart(10), "+present".padStart(10), "evals/s".padStart(10));
for (const [name, inputs] of Object.entries(routes)) {
  const evaluateAll = () => {
    for (const input of inputs) evaluate(input, today, JAPAN_HOLIDAYS);
  };
  measure(evaluateAll); // warm-up
  const bare = measure(evaluateAll);
  const presented = measure(() =>
    inputs.forEach((input) => {
      const outcome = evaluate(input, today, JAPAN_HOLIDAYS);
      if (outcome.ok) present(outcome.evaluation, "ja");
    }),
  );
  console.log(
    name.padEnd(32),
    bare.toFixed(2).padStart(10),
    presented.toFixed(2).padStart(10),
    Math.round(1e6 / bare)
      .toString()
      .padStart(10),
  );
}
const bodies = births.map((_, i) => ({ birthDate: "昭和60年11月14日", cardIssuedOn: issues[i]!.toString() }));
const parse = measure(() => {
  for (const body of bodies) parseEvaluateBody(body);
});
console.log("parse body (和暦 + ISO)".padEnd(32), parse.toFixed(2).padStart(10));
// Why the rules do not compute with the polyfill itself (plain-date.ts): the same four steps
// (parse, renewal opens R-RENEW-1, grace end R-INS-1, days left) both ways, in one run.
const isoDates = issues.map((d) => d.toString());
const withTemporal = measure(() =>
  isoDates.forEach((iso) => {
    const e = Temporal.PlainDate.from(iso);
    e.subtract({ months: 3 }).add({ days: 1 });
    const m = e.toPlainYearMonth().add({ months: 3 });
    m.toPlainDate({ day: m.daysInMonth });
    e.until(Temporal.PlainDate.from("2026-11-27"), { largestUnit: "days" });
  }),
);
const withRulesDate = measure(() =>
  isoDates.forEach((iso) => {
    const e = plainDate(iso);
    e.subtract({ months: 3 }).add({ days: 1 });
    new PlainDate(e.year, e.month, 1).add({ months: 3 }).endOfMonth();
    e.daysUntil(today);
  }),
);
console.log(
  `date steps: temporal-polyfill ${withTemporal.toFixed(2)} µs, rules' PlainDate ${withRulesDate.toFixed(2)} µs (${(withTemporal / withRulesDate).toFixed(1)}× faster)`,
);
console.log("target: route (c) ≤ 10 µs median, so 1,000 fit in a Worker's 10 ms CPU");
