/**
 * @module
 * Filling the list page's content strings: `{n}`, `{date}`, … (content/list.ts). Only the named
 * keys are replaced, so ruby markup `{漢字|かんじ}` passes through untouched.
 */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** Names in a sentence: 「居室」と「氏名」 / “Room” and “Name”. */
export const quoteList = (items: readonly string[], lang: string): string =>
  lang === "en"
    ? items.map((item) => `“${item}”`).join(items.length > 2 ? ", " : " and ")
    : items.map((item) => `「${item}」`).join(items.length > 2 ? "" : "と");

const ERA_READINGS: Record<string, string> = {
  明治: "めいじ",
  大正: "たいしょう",
  昭和: "しょうわ",
  平成: "へいせい",
  令和: "れいわ",
  元年: "がんねん",
};

/**
 * ふりがな for the era names (and 元年) in a date the page writes, for やさしい日本語 (review B6):
 * 「令和元年5月1日」 → 「{令和|れいわ}{元年|がんねん}5月1日」. Other languages are unchanged.
 */
export const withEraReadings = (date: string, lang: string): string =>
  lang === "ja-easy"
    ? date.replace(/明治|大正|昭和|平成|令和|元年/g, (word) => `{${word}|${ERA_READINGS[word]}}`)
    : date;
