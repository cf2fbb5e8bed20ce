// Review P1-D: a card expiry that is not a birthday is most likely a typo (R-INFER-4), and only
// maybe a stay-limited card (R-INFER-6). The list's calendar says so as a condition, as the page
// does, in the list's three languages; a stay given as ending that day keeps the plain sentence.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { answerEvents, calendarAnswer } from "#shared/calendar/events.ts";
import { calendarWords } from "#shared/calendar/words.ts";
import { evaluateIso } from "#shared/rules/test/evaluate-iso.ts";
import { LIST } from "../../content/list";
import { toEntries } from "./entries";
import { listCalendar } from "./export-ics";
import { checkRow, emptyRow } from "./row";

const TODAY = "2026-12-02";
// 昭和17年7月4日 with a card to 令和9年3月2日: not a birthday (the reviewer's row 401).
const row = { ...emptyRow(), label: "401 吉田 一郎", birthDate: "昭和17年7月4日", cardExpiry: "令和9年3月2日" };

const descriptions = (lang: "ja" | "en" | "ja-easy") => {
  const checked = checkRow(row);
  if (!checked.ok) throw new Error("fixture row is not valid");
  const entries = toEntries(
    [{ index: 0, row, item: checked.item }],
    [{ ok: true, evaluation: evaluateIso(checked.item, TODAY) }],
  );
  const ics = listCalendar(entries, calendarWords(lang), "https://myna.test", "/check/", LIST[lang], lang);
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v).description);
};

describe("the list's .ics for a card expiry that is not a birthday (review P1-D)", () => {
  it.each([
    [
      "ja",
      "入力されたカードの有効期限は誕生日ではないので",
      "打ち間違いでなく、在留期間の満了日で切れるカードなら",
      "このカードは在留期間の満了日に切れ",
    ],
    [
      "en",
      "The card expiry entered is not a birthday",
      "If there is none and the card ends with your period of stay",
      "This card ends with your period of stay",
    ],
    [
      "ja-easy",
      "書いた カードの 期限は 誕生日では ありません",
      "間違いが なくて、在留期間の 最後の 日に 終わる カードなら",
      "この カードは 在留期間の 最後の 日に 終わります",
    ],
  ] as const)("in %s: a condition, never the fact", (lang, opening, condition, fact) => {
    const all = descriptions(lang);
    expect(all.length).toBeGreaterThan(0);
    for (const description of all) {
      expect(description.startsWith(opening)).toBe(true);
      expect(description).toContain(condition);
      expect(description).not.toContain(fact);
    }
  });

  it("a card whose stay is given as ending that day is stay-limited: the plain sentence stays", () => {
    const evaluation = evaluateIso(
      { birthDate: "1998-05-10", cardExpiry: "2027-03-31", periodOfStayEndsOn: "2027-03-31" },
      TODAY,
    );
    const { wording } = answerEvents(calendarAnswer(evaluation));
    expect(wording).toStrictEqual({ action: "extendCard", unsure: true });
    expect(calendarWords("ja").card.detail.extendCard).toMatch(/^このカードは在留期間の満了日に切れ/);
  });
});
