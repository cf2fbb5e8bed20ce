// The compact answer (evaluatedWithoutTimeline, which has the engine skip the timeline) is the
// full evaluation's JSON without `timeline`, byte for byte: the same keys in the same order, on
// answers of every input route (R-INFER-*), errors, and with input notes (R-PARSE-3).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Evaluation } from "#shared/rules/result.ts";
import { parseEvaluateBody } from "#shared/schema/index.ts";
import { evaluated, evaluatedWithoutTimeline, todayOnce } from "./answer.ts";
import type { CompactEvaluation } from "./compact.ts";

const day = fc
  .date({ min: new Date("1930-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const body = fc.oneof(
  fc.record({ certificateExpiry: day, today: day }),
  fc.record({ birthDate: day, cardExpiry: day, today: day }),
  fc.record({ birthDate: day, cardIssuedOn: day, today: day }),
  fc.record(
    { birthDate: day, cardIssuedOn: day, certificateIssuedOn: day, periodOfStayEndsOn: day, today: day },
    { requiredKeys: ["birthDate", "cardIssuedOn", "today"] },
  ),
);

function evaluation(input: Record<string, string>): Evaluation | undefined {
  const result = evaluated(parseEvaluateBody(input), "ja", todayOnce());
  return result.ok ? result.evaluation : undefined;
}

function compact(input: Record<string, string>): CompactEvaluation | undefined {
  const result = evaluatedWithoutTimeline(parseEvaluateBody(input), "ja", todayOnce());
  return result.ok ? result.evaluation : undefined;
}

describe("compact", () => {
  it("is the evaluation's JSON without the timeline, on generated answers", () => {
    let compared = 0;
    fc.assert(
      fc.property(body, (input) => {
        const e = evaluation(input);
        if (!e) {
          expect(evaluatedWithoutTimeline(parseEvaluateBody(input), "ja", todayOnce())).toStrictEqual(
            evaluated(parseEvaluateBody(input), "ja", todayOnce()),
          );
          return;
        }
        compared++;
        const { timeline: _timeline, ...rest } = e;
        expect(JSON.stringify(compact(input))).toBe(JSON.stringify(rest));
      }),
      { numRuns: 500 },
    );
    expect(compared).toBeGreaterThan(100);
  });

  it("keeps input notes, last, as the evaluation has them (R-PARSE-3)", () => {
    const input = { birthDate: "平成31年5月1日", cardExpiry: "2029-05-01", today: "2026-01-10" };
    const e = evaluation(input)!;
    expect(e.inputNotes).toHaveLength(1);
    const { timeline: _timeline, ...rest } = e;
    expect(JSON.stringify(compact(input))).toBe(JSON.stringify(rest));
    expect(Object.keys(compact(input)!).at(-1)).toBe("inputNotes");
  });
});
