// Review8 #7 (R-COUNTER-1): the "nothing to do yet" step says renewal is possible from the first
// day the counter is open, as the checker's box does, never from a closed day: a window opening
// on 2026-12-31 (year-end closure) or on a Saturday (2027-02-06) names the next open day.

import { describe, expect, it } from "vitest";
import { formatLetter } from "../dates/display.ts";
import { JAPAN_HOLIDAYS } from "../holidays/index.ts";
import { LANGS } from "../lang/index.ts";
import { evaluate } from "../rules/evaluate.ts";
import { plainDate } from "../rules/plain-date.ts";
import { present } from "./present.ts";

describe("nothingYet names the window's first counter day (review8 #7)", () => {
  it.each(LANGS)("%s", (lang) => {
    for (const [expiry, opens, firstOpen] of [
      ["2027-03-30", "2026-12-31", "2027-01-04"],
      ["2027-05-05", "2027-02-06", "2027-02-08"],
    ] as const) {
      const outcome = evaluate({ certificateExpiry: plainDate(expiry) }, plainDate("2026-12-02"), JAPAN_HOLIDAYS);
      if (!outcome.ok) throw new Error("not ok");
      const e = outcome.evaluation;
      expect([e.stage, e.certificate.renewalOpensOn, e.certificate.firstCounterDay]).toStrictEqual([
        "valid",
        opens,
        firstOpen,
      ]);
      const step = present(e, lang).text.nextSteps.find((s) => s.code === "nothingYet")!;
      const said = step.detail.replace(/\{([^|}]+)\|[^}]+\}/g, "$1");
      // The API's own date form in ja and やさしい日本語 (「2027年1月4日（月）」), the letter form elsewhere.
      const md = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8))}日`;
      const form = (iso: string) => (lang === "ja" || lang === "ja-easy" ? md(iso) : formatLetter(iso, lang));
      expect(said).not.toContain(form(opens));
      expect(said, said).toContain(form(firstOpen));
    }
  });
});
