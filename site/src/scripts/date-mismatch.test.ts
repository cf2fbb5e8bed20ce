// Review7 #2 (R-PARSE-1): a typed date whose bracketed weekday or year disagrees with it is
// refused before the API is asked, by the checker (validate.ts) and the list (one parser,
// shared/dates, row.ts), with a sentence that names both sides in the page's language; a CSV cell
// with an agreeing weekday is read like the plain date.
import { describe, expect, it } from "vitest";
import { CHECK } from "../content/check";
import { LIST } from "../content/list";
import { conversionText } from "./date-text";
import { importTable } from "./list/import-table";
import { problemText } from "./list/problems";
import { checkRow, emptyRow } from "./list/row";
import { validateInput } from "./validate";

describe("the checker form", () => {
  it("reads its own conversion line back (= …（昭和29年）)", () => {
    const line = conversionText("1954-01-10", "ja");
    expect(line).toBe("= 1954年1月10日（昭和29年）");
    expect(validateInput({ birthDate: line, cardExpiry: "2032年1月10日（土）" }, CHECK.ja)).toStrictEqual({
      errors: [],
      body: { birthDate: "1954-01-10", cardExpiry: "2032-01-10" },
    });
  });
  it("names the date's weekday and the one written", () => {
    const typed = { certificateExpiry: "2027年1月10日（月）" };
    expect(validateInput(typed, CHECK.ja, "ja").errors).toStrictEqual([
      {
        field: "certificateExpiry",
        message:
          "電子証明書の有効期限の曜日が日付と合いません。2027年1月10日（日）ですが、月曜日と書かれています。日付と曜日を確かめてください。",
      },
    ]);
    expect(validateInput(typed, CHECK.en, "en").errors[0]?.message).toBe(
      "Certificate expiry date: Sunday 10 January 2027 is not a Monday. Check the date and the weekday.",
    );
  });
  it("names the year written and the date with its era year", () => {
    expect(validateInput({ certificateExpiry: "令和9年（2026年）1月10日" }, CHECK.ja, "ja").errors[0]?.message).toBe(
      "電子証明書の有効期限の年が合いません。かっこの中は「2026年」ですが、この日付は2027年1月10日（令和9年）です。どちらが正しいか確かめてください。",
    );
    expect(
      validateInput({ certificateExpiry: "2027年1月10日（令和8年）" }, CHECK["ja-easy"], "ja-easy").errors[0]?.message,
    ).toBe(
      "{電子証明書|でんししょうめいしょ}の {期限|きげん}の {年|ねん}が {合|あ}いません。（ ）の {中|なか}は「令和8年」ですが、この {日|ひ}は 2027年1月10日（令和9年）です。どちらが {正|ただ}しいか もう{一度|いちど} {見|み}て ください。",
    );
  });
  it("has both sentences in every language, each naming both sides", () => {
    for (const [lang, text] of Object.entries(CHECK) as [keyof typeof CHECK, (typeof CHECK)["ja"]][]) {
      const weekday = validateInput({ certificateExpiry: "2027年1月10日（月）" }, text, lang).errors[0]!.message;
      const year = validateInput({ certificateExpiry: "2027年1月10日（令和8年）" }, text, lang).errors[0]!.message;
      for (const message of [weekday, year])
        expect(message, lang).not.toMatch(/\{(date|weekday|year|dateWithEra)\}|undefined/);
      expect(year, lang).toContain("令和8年");
      expect(year, lang).toContain("2027");
      expect(weekday, lang).toContain("2027");
    }
  });
});

describe("the list's CSV import (the same parser)", () => {
  const csv = [
    "氏名,生年月日,カードの有効期限,電子証明書の有効期限",
    "山田 太郎,,,令和9年1月10日（日）",
    "佐藤 花子,,,2027/1/10(月)",
  ].join("\r\n");
  it("reads a cell with its weekday like the plain date", () => {
    const [first] = importTable(csv).lines;
    expect(first!.problems).toStrictEqual([]);
    expect(checkRow(first!.row)).toStrictEqual({ ok: true, item: { certificateExpiry: "2027-01-10" }, notes: [] });
  });
  it("refuses a cell whose weekday is not the date's, naming both", () => {
    const second = importTable(csv).lines[1]!;
    expect(second.problems).toStrictEqual([
      { column: "certificateExpiry", code: "weekday_mismatch", mismatch: { iso: "2027-01-10", weekday: 1 } },
    ]);
    expect(problemText(second.problems[0]!, LIST.ja, "ja")).toBe(
      "電子証明書の有効期限の曜日が日付と合いません。2027年1月10日（日）ですが、月曜日と書かれています。",
    );
    expect(problemText(second.problems[0]!, LIST.en, "en")).toBe(
      "Certificate expiry: Sunday 10 January 2027 is not a Monday.",
    );
  });
  it("gives the era names of a year mismatch their ふりがな in やさしい日本語", () => {
    const checked = checkRow({ ...emptyRow(), certificateExpiry: "2019年4月30日（令和元年）" });
    if (checked.ok) throw new Error("read");
    expect(problemText(checked.problems[0]!, LIST["ja-easy"], "ja-easy")).toBe(
      "{電子証明書|でんししょうめいしょ}の {期限|きげん}の {年|ねん}が {合|あ}いません。（ ）の {中|なか}は「{令和|れいわ}{元年|がんねん}」ですが、この {日|ひ}は 2019年4月30日（{平成|へいせい}31年）です。",
    );
  });
});

// Closing-note-7 6b: a date copied from the site's answers in another language, in a CSV cell.
describe("the list's CSV import of the site's own dates in other languages", () => {
  const csv = [
    "氏名,生年月日,カードの有効期限,電子証明書の有効期限",
    "A,,,Sunday 10 January 2027",
    'B,,,"Linggo, Enero 10, 2027"',
    "C,,,2027년 1월 10일 월요일",
  ].join("\r\n");
  it("reads them as the day they name", () => {
    for (const line of importTable(csv).lines.slice(0, 2)) {
      expect(line.problems).toStrictEqual([]);
      expect(checkRow(line.row)).toStrictEqual({ ok: true, item: { certificateExpiry: "2027-01-10" }, notes: [] });
    }
  });
  it("refuses a weekday that is not the date's, naming both", () => {
    const third = importTable(csv).lines[2]!;
    expect(third.problems).toStrictEqual([
      { column: "certificateExpiry", code: "weekday_mismatch", mismatch: { iso: "2027-01-10", weekday: 1 } },
    ]);
  });
});
