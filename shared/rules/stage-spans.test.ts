// stageSpans (R-INS-2, R-DATE-2): the spans agree with the engine's stage on every day, and the
// day renewal opens is in the renewal span (issue 8: the checker drew it inside "valid").
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PlainDate, plainDate } from "./plain-date.ts";
import { CARD_2016 } from "./rule-set.ts";
import { stageOn } from "./stage.ts";
import { spanOn, stageSpans } from "./stage-spans.ts";
import { graceEndsOn, renewalOpensOn } from "./windows.ts";

const spansFor = (expiry: string) => {
  const expiresOn = plainDate(expiry);
  return stageSpans({
    expiresOn: expiry,
    renewalOpensOn: renewalOpensOn(expiresOn, CARD_2016).toString(),
    graceEndsOn: graceEndsOn(expiresOn, CARD_2016).toString(),
  });
};

describe("stageSpans", () => {
  it("W3: expiry 2026-11-14 → valid to 08-14, renewal 08-15…11-14, grace 11-15…02-28, lapsed from 03-01", () => {
    expect(spansFor("2026-11-14")).toEqual([
      { stage: "valid", from: null, to: "2026-08-14" },
      { stage: "renewal", from: "2026-08-15", to: "2026-11-14" },
      { stage: "grace", from: "2026-11-15", to: "2027-02-28" },
      { stage: "lapsed", from: "2027-03-01", to: null },
    ]);
  });

  it("R-RENEW-1: the day renewal opens is in renewal, the day before in valid", () => {
    const spans = spansFor("2026-03-15"); // renewal opens 2025-12-16
    expect(spanOn(spans, "2025-12-16").stage).toBe("renewal");
    expect(spanOn(spans, "2025-12-15").stage).toBe("valid");
  });

  it("month ends and leap days: clamped window start (2027-05-31 → 03-01), grace to 29 February", () => {
    expect(spansFor("2027-05-31")[1]).toEqual({ stage: "renewal", from: "2027-03-01", to: "2027-05-31" });
    expect(spansFor("2027-05-31")[0]!.to).toBe("2027-02-28");
    expect(spansFor("2027-11-30")[2]).toEqual({ stage: "grace", from: "2027-12-01", to: "2028-02-29" });
    expect(spansFor("2027-11-30")[3]!.from).toBe("2028-03-01");
    expect(spansFor("2028-06-01")[0]!.to).toBe("2028-03-01"); // renewal opens 2028-03-02
  });

  it("property: every day's span is the engine's stage on that day (R-INS-2)", () => {
    const day = fc.integer({ min: 0, max: 365 * 60 }).map((n) => new PlainDate(2000, 1, 1).add({ days: n }));
    fc.assert(
      fc.property(day, fc.integer({ min: -200, max: 400 }), (expiry, offset) => {
        const today = expiry.add({ days: offset });
        expect(spanOn(spansFor(expiry.toString()), today.toString()).stage).toBe(stageOn(expiry, today, CARD_2016));
      }),
      { numRuns: 2000 },
    );
  });
});
