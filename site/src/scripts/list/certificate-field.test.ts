// Review8 #16 (R-DATE-6, R-CERT-3): the card's printed 「…まで有効」 in the list's certificate
// column, or a date no certificate can have, got 「有効」 and "nobody needs anything". The list
// now sends the printed words as typed (as the checker does) and shows the API's caveat like a
// doubt row: with a birth date, the card-face reading's stage and dates and its counter day in
// 今すること, the CSV and the .ics. The reviewer's three rows, through the request parser and
// the engine, as the API answers them.
import ICAL from "ical.js";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { calendarWords } from "#shared/calendar/words.ts";
import { JAPAN_HOLIDAYS } from "#shared/holidays/index.ts";
import { stageName } from "#shared/messages/stages.ts";
import { evaluate } from "#shared/rules/evaluate.ts";
import { plainDate } from "#shared/rules/plain-date.ts";
import { STAGES, type Stage } from "#shared/rules/result.ts";
import { parseEvaluateBody } from "#shared/schema/index.ts";
import { LIST } from "../../content/list";
import { plainText } from "../../lib/inline";
import { actionParts, stageReadings } from "./action-text";
import { sortEntries, toEntries } from "./entries";
import { resultsCsv } from "./export-csv";
import { listCalendar } from "./export-ics";
import { checkRow, emptyRow, type Row } from "./row";

const TODAY = "2026-12-02";
const ROWS: Row[] = [
  { ...emptyRow(), label: "201 山田 一郎", birthDate: "昭和60年11月14日", certificateExpiry: "2031年11月14日まで有効" },
  { ...emptyRow(), label: "202 佐藤 花", certificateExpiry: "2031年11月14日まで有効" },
  { ...emptyRow(), label: "203 鈴木 次郎", certificateExpiry: "2035-01-10" },
];

const people = ROWS.map((row, index) => {
  const checked = checkRow(row);
  if (!checked.ok) throw new Error(`fixture row ${index} is not valid`);
  return { index, row, item: checked.item };
});
const answer = (body: Record<string, string>) => {
  const parsed = parseEvaluateBody(body);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const outcome = evaluate(parsed.input, plainDate(TODAY), JAPAN_HOLIDAYS);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.evaluation;
};
const entries = sortEntries(
  toEntries(
    people,
    people.map(({ item }) => ({ ok: true as const, evaluation: answer(item as Record<string, string>) })),
  ),
);
const byLabel = (label: string) => {
  const entry = entries.find((e) => e.row.label === label);
  if (!entry?.ok) throw new Error(`no computed entry for ${label}`);
  return entry;
};
const ja = { results: LIST.ja.results, date: (iso: string) => iso, stageName: (s: Stage) => stageName(s, "ja") };
const stageNames = Object.fromEntries(STAGES.map((s) => [s, stageName(s, "ja")])) as Record<Stage, string>;

describe("the printed words go to the API as typed; other dates as ISO", () => {
  it("sends 「まで有効」 as typed, a plain date as ISO", () => {
    expect(people.map((p) => p.item.certificateExpiry)).toStrictEqual([
      "2031年11月14日まで有効",
      "2031年11月14日まで有効",
      "2035-01-10",
    ]);
    expect(people[0]!.item.birthDate).toBe("1985-11-14");
  });
});

describe("each row is a check, never 「有効」 and nothing to do", () => {
  it("201 (birth date given): the card-face reading, in grace, by its last counter day 2027-02-26", () => {
    const { action, evaluation } = byLabel("201 山田 一郎");
    expect(action).toMatchObject({ kind: "checkCertificateExpiry", relation: "by", date: "2027-02-26", now: true });
    expect(stageReadings(action, evaluation.stage)).toStrictEqual([
      { label: "ifCardExpiry", stage: "grace" },
      { label: "asTyped", stage: "valid" },
    ]);
    const words = plainText(actionParts(action, ja).when);
    expect(words).toContain("「まで有効」は、カードの有効期限の書き方です。");
    expect(words).toContain("電子証明書は2026-11-14に切れています。");
    expect(words).toContain("2027-02-26までに窓口で再発行");
  });

  it("202 (no birth date): check now, and move the date to the card's column with the birth date", () => {
    const { action } = byLabel("202 佐藤 花");
    expect(action).toMatchObject({ kind: "checkCertificateExpiry", relation: "check", now: true });
    expect(plainText(actionParts(action, ja).when)).toContain(
      "「カードの有効期限」の列に移して、生年月日も入れてください。",
    );
  });

  it("203 (more than 6 years away): no certificate can end then (R-CERT-3)", () => {
    const { action } = byLabel("203 鈴木 次郎");
    expect(action).toMatchObject({ kind: "checkCertificateExpiry", now: true });
    expect(plainText(actionParts(action, ja).when)).toContain("今日から6年より先");
  });

  it("all three are due now (今すること), the counter deadline first", () => {
    expect(entries.filter((e) => e.ok && e.action.now).map((e) => e.row.label)).toStrictEqual([
      "202 佐藤 花",
      "203 鈴木 次郎",
      "201 山田 一郎",
    ]);
  });
});

describe("the CSV and the .ics", () => {
  it("CSV: what to check, and the card-face reading's stage and dates", () => {
    const csv = resultsCsv(entries, LIST.ja, stageNames, "ja");
    const [header, ...lines] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    const line = lines.find((l) => l[0] === "201 山田 一郎")!;
    const cell = (name: string) => line[header!.indexOf(name)];
    expect(cell("電子証明書の有効期限")).toBe("2031年11月14日まで有効");
    expect(cell("段階")).toBe(`カードの有効期限だった場合：${stageNames.grace}／入力どおりなら：${stageNames.valid}`);
    expect(cell("確かめること")).toContain("「まで有効」は、カードの有効期限の書き方です。");
    expect(cell("確かめること：もう一方の場合の電子証明書の有効期限")).toBe("2026-11-14");
    expect(cell("結果の列の前提")).toBe("入力どおりなら");
  });

  it(".ics: the check on the day checked, and 201's counter day before its answer's events", () => {
    const ics = listCalendar(entries, calendarWords("ja"), "https://myna.test", "/check/", LIST.ja, "ja");
    const events = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v))
      .filter((e) => e.summary.startsWith("201 山田 一郎"))
      .map((e) => ({ date: e.startDate.toString(), summary: e.summary }));
    expect(events.slice(0, 2)).toStrictEqual([
      { date: "2026-12-02", summary: "201 山田 一郎：電子証明書の有効期限を確かめる" },
      { date: "2027-02-26", summary: `201 山田 一郎：${plainText(LIST.ja.results.field.counterDay)}` },
    ]);
  });
});
