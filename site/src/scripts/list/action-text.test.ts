// actionParts: the one wording of a row's action that the table, the list of what to do now and
// the CSV put together (results-view.ts, export-csv.ts), from real evaluations: its name, its
// date or what is in doubt, and the doubt to note beside it (R-INFER-3, R-INFER-4, R-INFER-5).
import { describe, expect, it } from "vitest";
import { formatDay } from "#shared/dates/display.ts";
import { stageName } from "#shared/messages/stages.ts";
import { evaluateIso } from "#shared/rules/test/evaluate-iso.ts";
import { LIST } from "../../content/list";
import { type ActionWords, actionParts, notCheckedText, otherReading, whenText } from "./action-text";
import { nextAction } from "./next-action";

const page: ActionWords = {
  results: LIST.ja.results,
  date: (iso) => formatDay(iso, "ja"),
  stageName: (stage) => stageName(stage, "ja"),
};
const csv: ActionWords = { ...page, date: (iso) => iso };
// Born 昭和30年4月1日, 10-year card to 2031-04-01: E1 = 2026-04-01, W1 = 2026-01-02, G1 = 2026-07-31.
const FACE = { birthDate: "1955-04-01", cardExpiry: "2031-04-01" };
const on = (today: string, input: Record<string, string>) => nextAction(evaluateIso(input, today));

describe("actionParts", () => {
  it("a plain visit: its name and date, no doubt", () => {
    expect(actionParts(on("2026-12-02", { certificateExpiry: "2026-12-20" }), page)).toStrictEqual({
      what: "窓口で電子証明書を更新する",
      when: "2026年12月18日まで",
      sentence: false,
      doubt: null,
    });
  });

  it("R-INFER-3 after G1: the other reading is the action's own words, a sentence, noted nowhere else", () => {
    const action = on("2026-12-02", FACE);
    const parts = actionParts(action, page);
    expect(parts).toMatchObject({ what: "更新したか確かめる", sentence: true, doubt: null });
    expect(parts.when).toBe(otherReading(action.renewal!, page));
    expect(parts.when).toMatch(/^2026年1月2日以降に更新・再発行していなければ/);
  });

  it("R-INFER-3 before G1: the re-issue's date, the other reading beside it", () => {
    const action = on("2026-05-01", FACE);
    expect(actionParts(action, page)).toStrictEqual({
      what: "窓口で電子証明書を再発行する",
      when: "2026年7月31日まで",
      sentence: false,
      doubt: "2026年1月2日以降に更新・再発行していれば、電子証明書は2031年4月1日まで有効です。",
    });
  });

  it("R-INFER-5: an expired card's new card, the other reading beside it", () => {
    const parts = actionParts(on("2026-12-02", { birthDate: "1936-11-11", cardExpiry: "2026-11-11" }), csv);
    // Review finding 7: applied for now (online, post, photo booth or counter; about a month),
    // never 「窓口で…（2027年2月26日まで）」; the card works until G(C), then the 資格確認書 (R-INS-5).
    expect(parts).toStrictEqual({
      what: "新しいマイナンバーカードを申請する",
      when: "今すぐ。受け取りまで1カ月ほどかかります。2027-02-28まではこのカードで、そのあとは資格確認書で受診できます",
      sentence: false,
      doubt: expect.stringMatching(/^最初の電子証明書を更新・再発行していなければ、電子証明書は2021-11-11に切れていて/),
    });
  });

  // R-CARD-6, R-INFER-5: a new card is not a counter errand with a counter deadline, in any of the
  // list's languages; the grace end and the 資格確認書 are said. A card about to expire (the
  // certificate ends with it, renewal stage) and one expired (grace).
  it.each(["ja", "en", "ja-easy"] as const)(
    "a new card in %s: now, the grace end, the 資格確認書, no counter",
    (lang) => {
      const words: ActionWords = { ...csv, results: LIST[lang].results };
      for (const [input, today] of [
        [{ birthDate: "1936-11-11", cardExpiry: "2026-11-11" }, "2026-12-02"],
        [{ birthDate: "1985-11-14", cardExpiry: "2031-11-14", certificateExpiry: "2031-11-14" }, "2031-10-01"],
      ] as const) {
        const action = on(today, input);
        expect(action).toMatchObject({
          kind: "renewCard",
          relation: "apply",
          date: evaluateIso(input, today).certificate.graceEndsOn,
        });
        const { what, when } = actionParts(action, words);
        expect(`${what} ${when}`).not.toMatch(/窓口|まどぐち|office|counter/);
        expect(when).toContain(action.date);
        expect(when).toMatch(/資格確認書|しかくかくにんしょ/);
      }
    },
  );

  it("R-INFER-4: the card expiry to check, the typo to look for beside it", () => {
    const action = on("2026-12-02", { birthDate: "1955-04-01", cardExpiry: "2031-04-02" });
    expect(actionParts(action, csv)).toStrictEqual({
      what: "カードの有効期限を確かめる",
      when: "入力された2031-04-02は誕生日ではありません",
      sentence: false,
      doubt: LIST.ja.results.doubt.typo,
    });
    expect(whenText(action, csv)).toBe(actionParts(action, csv).when);
  });
});

describe("notCheckedText (review finding 3, R-INS-5)", () => {
  it.each([
    ["ja", "", "カードの日付がないので、調べていません。カードがない人は、資格確認書で受診できます。カードがあれば、"],
    [
      "en",
      " ",
      "Not checked: no card dates. Without a card, the resident can see a doctor with the eligibility certificate (資格確認書). If there is a card,",
    ],
    [
      "ja-easy",
      "",
      "カードの {日|ひ}にちが ないので、{調|しら}べて いません。カードが ない {人|ひと}は、「{資格確認書|しかくかくにんしょ}」で",
    ],
  ] as const)("%s: not checked, the 資格確認書 without a card, the dates with one", (lang, space, start) => {
    expect(notCheckedText(LIST[lang].results, space).startsWith(start)).toBe(true);
  });
});
