// Review7 finding 3: a card that ends with the period of stay (R-CARD-4, R-INFER-6). With the
// stay's end given, the list shows both readings like a doubt row: the certificate may have
// ended on the last birthday before the card (its grace's last counter day is the day to act),
// or run to the card (extend the card after the stay). Real evaluations, in the CSV (read back
// with papaparse and through the import) and the calendar (read back with ical.js).
import ICAL from "ical.js";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { calendarWords } from "#shared/calendar/words.ts";
import { formatDay } from "#shared/dates/display.ts";
import { stageName } from "#shared/messages/stages.ts";
import { STAGES, type Stage } from "#shared/rules/result.ts";
import { evaluateIso } from "#shared/rules/test/evaluate-iso.ts";
import { LIST } from "../../content/list";
import { plainText } from "../../lib/inline";
import { type ActionWords, actionParts, mayBeLapsed, readingsOf, stageReadings } from "./action-text";
import { entryFilter, type ListEntry, sortEntries, toEntries } from "./entries";
import { resultsCsv } from "./export-csv";
import { listCalendar } from "./export-ics";
import { importTable } from "./import-table";
import { checkRow, emptyRow, type Row } from "./row";

const TODAY = "2026-12-02";
// The reviewer's row 17: born 1990-09-09, card and stay both end 2027-01-15 (not a birthday, so
// the card ends with the stay). The earlier birthday is 2026-09-09: grace to 2026-12-31, whose
// last counter day is 2026-12-28 (R-INS-1, R-COUNTER-1: 12-29 to 01-03 closed).
const NGUYEN: Row = {
  ...emptyRow(),
  label: "116 Nguyen Van An",
  birthDate: "1990/9/9",
  cardExpiry: "2027/1/15",
  periodOfStayEndsOn: "令和9年1月15日",
};

const entriesOf = (rows: readonly Row[], today = TODAY): ListEntry[] => {
  const people = rows.map((row, index) => {
    const checked = checkRow(row);
    if (!checked.ok) throw new Error(`fixture row ${index} is not valid`);
    return { index, row, item: checked.item };
  });
  return sortEntries(
    toEntries(
      people,
      people.map(({ item }) => ({ ok: true as const, evaluation: evaluateIso(item, today) })),
    ),
  );
};
const computed = (entry: ListEntry | undefined) => {
  if (!entry?.ok) throw new Error("expected a computed entry");
  return entry;
};
const wordsIn = (lang: "ja" | "en" | "ja-easy"): ActionWords => ({
  results: LIST[lang].results,
  date: (iso) => formatDay(iso, lang),
  stageName: (stage) => stageName(stage, lang),
});
const stageNames = Object.fromEntries(STAGES.map((s) => [s, stageName(s, "ja")])) as Record<Stage, string>;

describe("the stay's end is read and sent (dates only)", () => {
  it("goes to the API as ISO beside the card's dates, never the label", () => {
    const checked = checkRow(NGUYEN);
    expect(checked).toStrictEqual({
      ok: true,
      item: { birthDate: "1990-09-09", cardExpiry: "2027-01-15", periodOfStayEndsOn: "2027-01-15" },
      notes: [],
    });
  });

  it("is read from a 在留期間満了日 column in 和暦", () => {
    const table = importTable(
      "氏名,生年月日,カードの有効期限,在留期間満了日\r\n116 Nguyen Van An,1990/9/9,2027/1/15,令和9年1月15日\r\n",
    );
    expect(table.mapping).toStrictEqual(["label", "birthDate", "cardExpiry", "periodOfStayEndsOn"]);
    expect(table.lines[0]!.row).toStrictEqual(NGUYEN);
  });
});

describe("R-INFER-6: the earlier birthday's reading, like a doubt row", () => {
  const [entry] = entriesOf([NGUYEN]).map(computed);

  it("checks the certificate expiry now, by the earlier reading's last counter day", () => {
    expect(entry!.action).toStrictEqual({
      kind: "checkCertificateExpiry",
      relation: "by",
      date: "2026-12-28",
      now: true,
      renewal: null,
      stay: {
        other: {
          stage: "grace",
          certificateExpiresOn: "2026-09-09",
          graceEndsOn: "2026-12-31",
          graceLastCounterDay: "2026-12-28",
        },
        card: { expiresOn: "2027-01-15", lastCounterDay: "2027-01-15" },
      },
    });
    expect(entryFilter(entry!)).toBe("checkCertificateExpiry");
    expect(mayBeLapsed(entry!.action, entry!.evaluation.stage)).toBe(false);
  });

  it("shows both readings, the earlier (riskier) first, with their dates", () => {
    expect(stageReadings(entry!.action, entry!.evaluation.stage)).toStrictEqual([
      { label: "ifEarlier", stage: "grace" },
      { label: "ifWithCard", stage: "renewal" },
    ]);
    expect(readingsOf(entry!.action, entry!.evaluation.certificate)).toStrictEqual([
      { label: "ifEarlier", certificateExpiresOn: "2026-09-09", graceEndsOn: "2026-12-31" },
      { label: "ifWithCard", certificateExpiresOn: "2027-01-15", graceEndsOn: "2027-04-30" },
    ]);
  });

  it.each([
    ["ja", ["2026年9月9日", "2026年12月28日までに窓口で再発行", "在留期間を更新してから", "2027年1月15日"]],
    ["en", ["9 September 2026", "by 28 December 2026", "extend the period of stay first"]],
    ["ja-easy", ["12月28日", "もう一度 作って もらって", "在留期間を 延ばして"]],
  ] as const)("in %s, the 12-28 is in the action's words (今すること), with how to tell", (lang, says) => {
    const parts = actionParts(entry!.action, wordsIn(lang));
    expect(parts.sentence).toBe(true);
    const words = plainText(`${parts.what} ${parts.when} ${parts.doubt}`);
    for (const said of says) expect(words).toContain(said);
    expect(words).not.toMatch(/窓口で電子証明書を更新する|Renew the certificate at the office/);
  });

  it("names the card's last counter day where the card ends on a closed day (R-COUNTER-1)", () => {
    // 2027-01-17 is a Sunday: the counter's last day before it is Friday the 15th.
    const row = { ...NGUYEN, cardExpiry: "2027-01-17", periodOfStayEndsOn: "2027-01-17" };
    const [sunday] = entriesOf([row]).map(computed);
    expect(plainText(actionParts(sunday!.action, wordsIn("ja")).when)).toContain(
      "カードと同じ2027年1月17日まで有効なら、在留期間を更新してから、2027年1月15日までに窓口で",
    );
    expect(plainText(actionParts(entry!.action, wordsIn("ja")).when)).toContain(
      "カードと同じ2027年1月15日まで有効なら、在留期間を更新してから、その日までに窓口で",
    );
  });

  it("comes first among what needs doing: its counter day is within the month (R-COUNTER-1)", () => {
    const later: Row = { ...emptyRow(), label: "later", certificateExpiry: "2026-12-25" }; // renewal, by 12-25
    const order = entriesOf([later, NGUYEN]).map((e) => e.row.label);
    expect(order).toStrictEqual(["later", "116 Nguyen Van An"]); // both rank "near": by date, 12-25 before 12-28
    const far: Row = { ...emptyRow(), label: "far", certificateExpiry: "2027-02-25" };
    expect(entriesOf([far, NGUYEN]).map((e) => e.row.label)).toStrictEqual(["116 Nguyen Van An", "far"]);
  });
});

describe("the other cases of a card that ends with the stay", () => {
  it("a certificate expiry typed as the card's: no doubt left; extend the card after the stay (R-CARD-4)", () => {
    const [entry] = entriesOf([{ ...NGUYEN, certificateExpiry: "2027-01-15" }]).map(computed);
    expect(entry!.action).toStrictEqual({
      kind: "extendCardValidity",
      relation: "by",
      date: "2027-01-15",
      now: true,
      renewal: null,
    });
    expect(plainText(actionParts(entry!.action, wordsIn("ja")).what)).toBe(
      "出入国在留管理局で在留期間を更新してから、カードの有効期間を延ばす",
    );
  });

  it("both readings still valid: a check, but nothing due (sorted with the later ones)", () => {
    const row = { ...NGUYEN, cardExpiry: "2029-01-15", periodOfStayEndsOn: "2029-01-15" };
    const [entry] = entriesOf([row]).map(computed);
    expect(entry!.action).toMatchObject({ kind: "checkCertificateExpiry", relation: "check", now: false });
    const opens: Row = { ...emptyRow(), label: "opens", certificateExpiry: "2027-06-01" }; // valid, opens 2027-03
    expect(entriesOf([row, opens]).map((e) => e.row.label)).toStrictEqual(["opens", "116 Nguyen Van An"]);
  });

  it("the earlier reading lapsed: overdue since its grace end, and the 資格確認書 (R-INS-5)", () => {
    const [entry] = entriesOf([NGUYEN], "2027-01-05").map(computed);
    expect(entry!.action).toMatchObject({ kind: "checkCertificateExpiry", relation: "since", date: "2026-12-31" });
    expect(mayBeLapsed(entry!.action, entry!.evaluation.stage)).toBe(true);
  });

  it("an expired card: a new card, and the earlier reading's last day beside it (R-INFER-5)", () => {
    const row = { ...NGUYEN, cardExpiry: "2026-11-15", periodOfStayEndsOn: "2026-11-15" };
    const [entry] = entriesOf([row]).map(computed);
    expect(entry!.action).toMatchObject({ kind: "renewCard", relation: "apply" });
    expect(plainText(actionParts(entry!.action, wordsIn("ja")).doubt!)).toBe(
      "電子証明書がカードより前の誕生日の2026年9月9日に切れていれば、このカードでマイナ保険証が使えるのは2026年12月31日までです。",
    );
  });

  it("without the stay's end the card expiry is first checked for a typo (R-INFER-4), saying to enter it", () => {
    const [entry] = entriesOf([{ ...NGUYEN, periodOfStayEndsOn: "" }]).map(computed);
    expect(entry!.action.kind).toBe("checkCardExpiry");
    expect(actionParts(entry!.action, wordsIn("ja")).doubt).toContain("「在留期間の満了日」の列");
  });
});

describe("the CSV and the calendar say it too", () => {
  const entries = entriesOf([NGUYEN]);

  it("CSV: the stay column, both readings' stages, the other reading's dates; it imports back", () => {
    const csv = resultsCsv(entries, LIST.ja, stageNames, "ja");
    const [header, line] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, "")).data;
    const cell = (name: string) => line![header!.indexOf(name)];
    expect(cell("在留期間満了日")).toBe("令和9年1月15日");
    expect(cell("段階")).toBe(
      `電子証明書がカードより前の誕生日に切れる場合：${stageNames.grace}／電子証明書がカードと同じ日に切れる場合：${stageNames.renewal}`,
    );
    expect(cell("次にすること")).toBe("電子証明書の有効期限を確かめる");
    expect(cell("日付")).toBe("2026-12-28");
    expect(cell("結果の列の前提")).toBe("電子証明書がカードと同じ日に切れる場合");
    expect(cell("確かめること")).toContain("2026-12-28までに窓口で再発行");
    expect(cell("確かめること：もう一方の場合の段階")).toBe(stageNames.grace);
    expect(cell("確かめること：もう一方の場合の電子証明書の有効期限")).toBe("2026-09-09");
    expect(cell("確かめること：もう一方の場合のマイナ保険証が使える最後の日")).toBe("2026-12-31");
    // R-CERT-1(b), R-CARD-4: renewing in the window gains nothing on this card.
    expect(cell("結果：窓口で更新できるようになる日")).toBe("");
    expect(importTable(csv).lines[0]!.row).toStrictEqual(NGUYEN);
  });

  it.each(["ja", "en", "ja-easy"] as const)(
    "calendar (%s): the check today and the 12-28 before the card's events",
    (lang) => {
      const ics = listCalendar(entries, calendarWords(lang), "https://myna.test", "/check/", LIST[lang], lang);
      const events = new ICAL.Component(ICAL.parse(ics))
        .getAllSubcomponents("vevent")
        .map((v) => new ICAL.Event(v))
        .map((e) => ({ date: e.startDate.toString(), summary: e.summary, description: e.description }));
      expect(events.map((e) => e.date).slice(0, 3)).toStrictEqual(["2026-12-02", "2026-12-28", "2027-01-08"]);
      const [check, counter] = events;
      expect(check!.summary).toBe(
        `116 Nguyen Van An${calendarWords(lang).labelJoiner}${plainText(LIST[lang].results.actions.checkCertificateExpiry)}`,
      );
      expect(check!.description).toContain(formatDay("2026-12-28", lang));
      expect(check!.description).toContain(formatDay("2027-01-15", lang));
      expect(counter!.summary).toContain(plainText(LIST[lang].results.stay.counterDay));
      expect(counter!.description).toContain(formatDay("2026-12-28", lang));
      expect(counter!.description).toContain("periodOfStayEndsOn=2027-01-15"); // the checker link, in the fragment
    },
  );
});
