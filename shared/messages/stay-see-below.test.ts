// Closing-note-7 item 7 (R-INFER-6, R-CARD-4): the periodOfStay caveat says "see below" and asks
// to check the card's certificate box only where its other reading, an earlier birthday, follows.
// A typed certificate date (or the issue date) settles it: the sentence then keeps what still
// holds (a card extension does not extend the certificates; no notice letter) and points nowhere.

import { describe, expect, it } from "vitest";
import { JAPAN_HOLIDAYS } from "../holidays/index.ts";
import { LANGS, type Lang } from "../lang/index.ts";
import { evaluate } from "../rules/evaluate.ts";
import { plainDate } from "../rules/plain-date.ts";
import { present } from "./present.ts";

/** Each language's "see below" (the caveat's pointer to its alternatives). */
const SEE_BELOW: Record<Lang, string> = {
  // review8 #9: the pointer says what is below, the birthday case (the earlier stay end is not).
  ja: "下は誕生日の場合",
  "ja-easy": "下は 誕生日の とき",
  en: "below, the birthday case",
  "zh-Hans": "下文是生日的情况",
  ko: "아래는 생일인 경우",
  vi: "bên dưới là trường hợp ngày sinh nhật",
  "pt-BR": "abaixo, o caso do aniversário",
  tl: "nasa ibaba ang kaso ng kaarawan",
  ne: "तल जन्मदिनको अवस्था छ",
};

function stayCaveat(input: Record<string, string>, lang: Lang) {
  const outcome = evaluate(
    Object.fromEntries(Object.entries(input).map(([k, v]) => [k, plainDate(v)])),
    plainDate("2026-12-03"),
    JAPAN_HOLIDAYS,
  );
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  const presented = present(outcome.evaluation, lang);
  const i = presented.caveats.findIndex((c) => c.code === "periodOfStay");
  expect(i).toBeGreaterThanOrEqual(0);
  return { alternatives: presented.caveats[i]!.alternatives.length, message: presented.text.caveats[i]!.message };
}

const CARD = { birthDate: "1990-09-09", cardExpiry: "2027-01-15", periodOfStayEndsOn: "2027-01-15" };

describe("the periodOfStay caveat points below only to an alternative (closing-note-7 item 7)", () => {
  it.each(LANGS)("%s", (lang) => {
    const guessed = stayCaveat(CARD, lang);
    expect(guessed.alternatives).toBe(1);
    expect(guessed.message).toContain(SEE_BELOW[lang]);
    const settledInputs: Record<string, string>[] = [
      { ...CARD, certificateExpiry: "2027-01-15" }, // typed, as on the card's box
      { birthDate: "1990-09-09", cardIssuedOn: "2024-01-16", periodOfStayEndsOn: "2027-01-15" }, // issue date
    ];
    for (const settled of settledInputs) {
      const caveat = stayCaveat(settled, lang);
      expect(caveat.alternatives, JSON.stringify(settled)).toBe(0);
      expect(caveat.message).not.toContain(SEE_BELOW[lang]);
      expect(caveat.message.length).toBeGreaterThan(20);
    }
  });
});
