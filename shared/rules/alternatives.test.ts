// alternative() counts the grace end once, for the answer and for the stage: the same as
// stageOn's own count (R-INS-1, R-INS-2, R-RENEW-1) on any expiry and today.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alternative } from "./alternatives.ts";
import { plainDate } from "./plain-date.ts";
import { CARD_2016 } from "./rule-set.ts";
import { stageOn } from "./stage.ts";
import { graceEndsOn } from "./windows.ts";

const day = fc.integer({ min: 0, max: 40_000 }).map((n) => plainDate("1990-01-01").addDays(n));

describe("alternative", () => {
  it("gives the dates and the stage the plain functions give, keys in the same order", () => {
    fc.assert(
      fc.property(day, day, fc.option(day, { nil: undefined }), (certificate, today, card) => {
        const plain: Record<string, unknown> = {
          assumption: "renewed",
          certificateExpiresOn: certificate.toString(),
          graceEndsOn: graceEndsOn(certificate, CARD_2016).toString(),
          stage: stageOn(certificate, today, CARD_2016),
        };
        if (card) plain.cardExpiresOn = card.toString();
        const ours = alternative("renewed", { certificate, card }, today, CARD_2016);
        expect(JSON.stringify(ours)).toBe(JSON.stringify(plain));
      }),
      { numRuns: 5_000 },
    );
    expect(alternative("x", { card: plainDate("2030-01-01") }, plainDate("2026-01-01"), CARD_2016)).toStrictEqual({
      assumption: "x",
      cardExpiresOn: "2030-01-01",
    });
  });
});
