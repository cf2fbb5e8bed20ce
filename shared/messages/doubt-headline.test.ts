// Review finding 1: a headline that rests on an assumption says so. Whenever a caveat's other
// reading gives another stage (R-INFER-6's earlier birthday, R-INFER-4's non-birthday expiry,
// R-INPUT-3, R-AGE-2, R-DATE-4), the stage sentence starts with what it assumed, in every language,
// as the renewed / not renewed answers do (R-INFER-3).

import { describe, expect, it } from "vitest";
import { LANGS } from "../lang/index.ts";
import { evaluateIso, type IsoInput } from "../rules/test/evaluate-iso.ts";
import { CATALOGS } from "./catalogs.ts";
import { present } from "./present.ts";
import { doubtAssumptions } from "./present-with.ts";

const TODAY = "2026-12-02";

describe("a headline whose other reading has another stage says what it assumed", () => {
  const doubtful: [string, IsoInput][] = [
    [
      "R-CARD-4 / R-INFER-6: a card limited by the period of stay",
      { birthDate: "1998-05-10", cardExpiry: "2027-03-31", periodOfStayEndsOn: "2027-03-31" },
    ],
    [
      "R-INFER-4: a card expiry that is not a birthday (S17.7.4, 令和9年3月2日)",
      { birthDate: "1942-07-04", cardExpiry: "2027-03-02" },
    ],
  ];
  for (const [name, input] of doubtful) {
    it(name, () => {
      const e = evaluateIso(input, TODAY);
      expect(e.stage).toBe("valid");
      const other = e.caveats.find((c) => c.code === "periodOfStay")!.alternatives[0]!;
      expect([other.assumption, other.stage]).toStrictEqual(["earlierBirthday", "lapsed"]);
      expect(doubtAssumptions(e)).toStrictEqual(["earlierBirthday"]);
      for (const lang of LANGS) {
        const p = present(e, lang);
        // R-INFER-4 (review finding 2): a date that is not a birthday is checked first, then the assumption.
        const first = input.periodOfStayEndsOn ? "" : CATALOGS[lang].checkCardExpiry;
        expect(p.text.stage.startsWith(first + CATALOGS[lang].assumed.earlierBirthday), lang).toBe(true);
        // The other answer is visible: the caveat's alternative names the lapsed stage's dates.
        expect(p.text.caveats.find((c) => c.code === "periodOfStay")!.alternatives, lang).toHaveLength(1);
      }
    });
  }

  it("no condition when the other reading gives the same stage", () => {
    const e = evaluateIso(
      { birthDate: "1998-05-10", cardExpiry: "2030-03-31", periodOfStayEndsOn: "2030-03-31" },
      TODAY,
    );
    const other = e.caveats.find((c) => c.code === "periodOfStay")!.alternatives[0]!;
    expect(other.stage).toBe(e.stage);
    for (const lang of LANGS) {
      expect(present(e, lang).text.stage.includes(CATALOGS[lang].assumed.earlierBirthday), lang).toBe(false);
    }
  });

  it("every language has a plain sentence for every assumption, distinct per assumption", () => {
    for (const lang of LANGS) {
      const texts = Object.values(CATALOGS[lang].assumed);
      expect(
        texts.every((s) => s.trim().length > 20),
        lang,
      ).toBe(true);
      expect(new Set(texts).size, lang).toBe(texts.length);
    }
  });
});
