// The list's entries, its CSV (read back with papaparse and through the import) and its calendar
// (read back with ical.js), from real evaluations, so the files say what the rules say.
import ICAL from "ical.js";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { answerEvents, calendarAnswer } from "#shared/calendar/events.ts";
import { calendarWords } from "#shared/calendar/words.ts";
import { formatDay } from "#shared/dates/display.ts";
import { punctuation } from "#shared/lang/index.ts";
import { API_TEXTS, CATALOGS } from "#shared/messages/index.ts";
import { stageName } from "#shared/messages/stages.ts";
import { STAGES } from "#shared/rules/result.ts";
import { evaluateIso } from "#shared/rules/test/evaluate-iso.ts";
import { LIST } from "../../content/list";
import { plainText } from "../../lib/inline";
import { checkHref, sortEntries, toEntries } from "./entries";
import { resultsCsv } from "./export-csv";
import { listCalendar } from "./export-ics";
import { importTable } from "./import-table";
import { checkRow, emptyRow, type Row } from "./row";

const TODAY = "2025-04-01";
const rows: Row[] = [
  { ...emptyRow(), label: "101 山田", birthDate: "昭和60年11月14日", cardExpiry: "2031/11/14" }, // valid, opens 2026-08-15
  { ...emptyRow(), label: "=SUM(A1)", certificateExpiry: "R7.3.20" }, // grace on 2025-04-01 (R-INS-1: to 2025-06-30)
  { ...emptyRow(), label: "", certificateExpiry: "2024-12-01" }, // lapsed since 2025-03-31
];
const people = rows.map((row, index) => {
  const checked = checkRow(row);
  if (!checked.ok) throw new Error("fixture row is not valid");
  return { index, row, item: checked.item };
});
const answers = people.map(({ item }) => ({ ok: true as const, evaluation: evaluateIso(item, TODAY) }));
const entries = sortEntries([
  ...toEntries(people, answers),
  {
    index: 3,
    row: { ...emptyRow(), label: "壊れた行" },
    item: {},
    ok: false,
    message: "生年月日がカードの有効期限より後です。",
  },
]);
const stageNames = Object.fromEntries(STAGES.map((s) => [s, stageName(s, "ja")])) as Record<
  (typeof STAGES)[number],
  string
>;

describe("sortEntries", () => {
  it("puts rows that could not be computed first, then overdue, due, and not yet open", () => {
    expect(entries.map((e) => e.index)).toStrictEqual([3, 2, 1, 0]);
  });
});

describe("checkHref", () => {
  it("puts the dates in the fragment, never the label", () => {
    expect(checkHref("/check/", people[0]!.item, TODAY)).toBe(
      "/check/#birthDate=1985-11-14&cardExpiry=2031-11-14&today=2025-04-01",
    );
  });
});

const csv = resultsCsv(entries, LIST.ja, stageNames, "ja");

describe("resultsCsv", () => {
  it("starts with a BOM and ends lines with CRLF", () => {
    expect(csv.startsWith("\uFEFF名前・部屋番号,生年月日")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(5);
  });

  it("reads back: each person's stage and dates, a formula-like label escaped", () => {
    const [header, ...lines] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const at = (line: string[], name: string) => line[header!.indexOf(name)];
    const grace = lines.find((l) => at(l, "電子証明書の有効期限") === "R7.3.20")!;
    expect(at(grace, "名前・部屋番号")).toBe("'=SUM(A1)");
    expect(at(grace, "段階")).toBe(stageName("grace", "ja"));
    expect(at(grace, "日付")).toBe("2025-06-30");
    expect(at(grace, "結果：その期限の電子証明書で、マイナ保険証が使える最後の日")).toBe("2025-06-30");
    expect(at(grace, "結果の列の前提")).toBe(""); // one reading: nothing assumed
    expect(at(grace, "確かめること")).toBe(""); // R-INS-2 from a given expiry: nothing in doubt
    expect(at(lines[0]!, "計算できなかった理由")).toBe("生年月日がカードの有効期限より後です。");
    // R-COUNTER-1 (review P1-E): the window opens on Saturday 2026-08-15, the counter on Monday.
    const valid = lines.find((l) => at(l, "名前・部屋番号") === "101 山田")!;
    expect(at(valid, "結果：窓口で更新できるようになる日")).toBe("2026-08-17");
    expect(at(valid, "日付")).toBe("2026-08-17");
    expect(at(valid, "次にすること")).toBe("更新できるようになる（2026-08-17から）"); // full-width, as the page
  });

  it("imports back into the list with the same inputs", () => {
    const again = importTable(csv).lines.map((l) => l.row);
    expect(again.slice(1, 4)).toStrictEqual([rows[2], { ...rows[1], label: "'=SUM(A1)" }, rows[0]]);
  });
});

describe("resultsCsv on the easy page (review B13)", () => {
  it("writes every header in kanji, input columns as the import reads them back", () => {
    const easy = resultsCsv(entries, LIST["ja-easy"], stageNames, "ja-easy");
    const [header] = Papa.parse<string[]>(easy.slice(1), { preview: 1 }).data;
    expect(header).toStrictEqual(Papa.parse<string[]>(csv.slice(1), { preview: 1 }).data[0]);
    expect(header!.some((h) => /\s/.test(h))).toBe(false);
    const again = importTable(easy).lines.map((l) => l.row);
    expect(again.slice(1, 4)).toStrictEqual([rows[2], { ...rows[1], label: "'=SUM(A1)" }, rows[0]]);
  });
});

describe("listCalendar", () => {
  const ics = listCalendar(entries, calendarWords("ja"), "https://myna.test", "/check/", LIST.ja, "ja");
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));

  it("holds each computed person's events from the evaluation day on, titled with the label", () => {
    // The shared builder's events for each person: all seven ahead (valid; its grace ends on Sunday
    // 2027-02-28, so the grace's last counter day 02-26 is one, review8 #1), two (grace), none (lapsed).
    const perPerson = answers.map((a) => answerEvents(calendarAnswer(a.evaluation)).events.length);
    expect(perPerson).toStrictEqual([7, 2, 0]);
    expect(events).toHaveLength(9);
    expect(events.filter((e) => e.summary.startsWith("101 山田："))).toHaveLength(7);
    expect(events.filter((e) => e.summary.startsWith("=SUM(A1)："))).toHaveLength(2);
    expect(events.filter((e) => e.summary.startsWith("（名前なし） 3："))).toHaveLength(0);
    expect(events.every((e) => e.startDate.toString() >= TODAY)).toBe(true);
  });

  it("keeps UIDs unique and independent of the list's order", () => {
    const reversed = listCalendar(
      [...entries].reverse(),
      calendarWords("ja"),
      "https://myna.test",
      "/check/",
      LIST.ja,
      "ja",
    );
    const uids = (text: string) =>
      new ICAL.Component(ICAL.parse(text))
        .getAllSubcomponents("vevent")
        .map((v) => v.getFirstPropertyValue("uid"))
        .sort();
    expect(new Set(uids(ics)).size).toBe(events.length);
    expect(uids(reversed)).toStrictEqual(uids(ics));
  });

  it("links each event to the checker with the dates in the fragment only", () => {
    const grace = events.find((e) => e.summary.startsWith("=SUM(A1)"))!;
    expect(grace.component.getFirstPropertyValue("url")).toBe("https://myna.test/check/#certificateExpiry=2025-03-20");
    // R-COUNTER-1: the grace's last counter day is Monday 2025-06-30; 「窓口へ」 a week before.
    expect(grace.startDate.toString()).toBe("2025-06-23");
    // After the expiry, so worded for the grace (review7 #9).
    expect(grace.summary).toBe(`=SUM(A1)：${calendarWords("ja").summary.graceCounterSoon}`);
  });
});

describe("listCalendar words each row by its whole answer (review A3: R-CERT-4, R-INFER-5, R-CARD-5)", () => {
  const DAY = "2026-12-02";
  const ja = API_TEXTS.ja.calendar;
  const cardRows: Row[] = [
    // The card expired on 2026-11-11 (in the grace to 2027-02-28): a new card, no re-issue.
    { ...emptyRow(), label: "118 斎藤", birthDate: "S11.11.11", cardExpiry: "2026/11/11" },
    // A 5-year card (15 on its expiry, R-INFER-1): card and certificate end on 2027-01-20.
    { ...emptyRow(), label: "208 坂本", birthDate: "平成24年1月20日", cardExpiry: "2027/1/20" },
    // The certificate alone, in its window: the certificate's own words.
    { ...emptyRow(), label: "305 森", certificateExpiry: "2027/1/20" },
    // Renewed or not (R-INFER-3, after G1 2022-07-31): card 2027-04-01, issued at 83 (review7 4).
    { ...emptyRow(), label: "101 山田", birthDate: "昭和9年4月1日", cardExpiry: "2027/4/1" },
  ];
  const listed = cardRows.map((row, index) => {
    const checked = checkRow(row);
    if (!checked.ok) throw new Error("fixture row is not valid");
    return { index, row, item: checked.item };
  });
  const evaluated = listed.map(({ item }) => ({ ok: true as const, evaluation: evaluateIso(item, DAY) }));
  const ics = listCalendar(
    toEntries(listed, evaluated),
    calendarWords("ja"),
    "https://myna.test",
    "/check/",
    LIST.ja,
    "ja",
  );
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  const of = (label: string) => events.filter((e) => e.summary.startsWith(`${label}：`));

  it("renewed or not, after G1: the check, and the card's own dates both readings share (review7 4)", () => {
    const rows = of("101 山田");
    expect(rows.map((e) => [e.startDate.toString(), e.summary])).toStrictEqual([
      [DAY, `101 山田：${LIST.ja.results.actions.checkRenewal}`],
      ["2027-01-02", `101 山田：${CATALOGS.ja.milestone.cardRenewalOpens}`], // R-CARD-6
      ["2027-02-25", `101 山田：${ja.cardApplicationSummary}`], // five weeks before (review7 #12)
      ["2027-04-01", `101 山田：${CATALOGS.ja.milestone.cardExpires}`],
    ]);
    // The card's dates are printed, not guessed: no "estimated" line on them.
    for (const card of rows.slice(1))
      expect(card.description).toBe(
        `${ja.newCardDetail}\n${ja.linkLine} ${card.component.getFirstPropertyValue("url")}`,
      );
  });

  it("an expired card: the grace end only, with a new card to apply for and no re-issue", () => {
    const rows = of("118 斎藤");
    expect(rows.map((e) => [e.startDate.toString(), e.summary])).toStrictEqual([
      ["2027-02-28", `118 斎藤：${CATALOGS.ja.milestone.graceEnds}`],
    ]);
    expect(rows[0]!.description).toContain(ja.cardExpiredDetail);
    expect(rows[0]!.description).not.toContain("いつでも");
  });

  it("card and certificate ending together: the card's titles, never 「電子証明書を更新できる最後の日」", () => {
    const rows = of("208 坂本");
    expect(rows.map((e) => e.summary.slice("208 坂本：".length))).toStrictEqual([
      ja.cardApplicationSummary, // 2026-12-16, five weeks before the card ends (review7 #12)
      CATALOGS.ja.milestone.cardExpires,
      CATALOGS.ja.milestone.graceEnds,
    ]);
    expect(rows.every((e) => e.description.startsWith(ja.newCardDetail))).toBe(true);
    expect(evaluated[1]!.evaluation.nextSteps[0]).toBe("renewCard"); // the row's 「新しいマイナンバーカードを申請する」
  });

  it("the certificate alone keeps the certificate's words", () => {
    const rows = of("305 森");
    expect(rows.map((e) => e.summary)).toContain(`305 森：${ja.lastCounterDaySummary}`);
    expect(rows.every((e) => !e.description.includes(ja.newCardDetail))).toBe(true);
  });
});

describe("listCalendar where the renewal is unknown (R-INFER-3)", () => {
  // Born 昭和30年4月1日, card to 2031-04-01: E1 = 2026-04-01, W1 = 2026-01-02, G1 = 2026-07-31
  // (a Friday, its own last counter day).
  const face: Row = { ...emptyRow(), label: "101 山田", birthDate: "S30.4.1", cardExpiry: "2031/4/1" };
  const fileOn = (today: string) => {
    const checked = checkRow(face);
    if (!checked.ok) throw new Error("fixture row is not valid");
    const listed = [{ index: 0, row: face, item: checked.item }];
    const ics = listCalendar(
      toEntries(listed, [{ ok: true, evaluation: evaluateIso(checked.item, today) }]),
      calendarWords("ja"),
      "https://myna.test",
      "/check/",
      LIST.ja,
      "ja",
    );
    return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  };
  const ifNo =
    "2026年1月2日以降に更新・再発行していなければ、電子証明書は2026年4月1日に切れていて、2026年7月31日を最後にマイナ保険証として使えなくなっています。";
  const ifYes = "2026年1月2日以降に更新・再発行していれば、電子証明書は2031年4月1日まで有効です。";

  it("after G1: 「更新したか確かめる」 on the day checked, both readings in it, nothing on the renewed guess but the card's dates", () => {
    const events = fileOn("2026-12-02");
    expect(events.map((e) => [e.startDate.toString(), e.summary])).toStrictEqual([
      ["2026-12-02", "101 山田：更新したか確かめる"],
      // Review7 finding 4: the card's own dates, the same in both readings (R-CARD-6).
      ["2031-01-02", `101 山田：${CATALOGS.ja.milestone.cardRenewalOpens}`],
      ["2031-02-25", `101 山田：${API_TEXTS.ja.calendar.cardApplicationSummary}`],
      ["2031-04-01", `101 山田：${CATALOGS.ja.milestone.cardExpires}`],
    ]);
    const [check] = events;
    expect(check!.description.split("\n").slice(0, 2)).toStrictEqual([ifNo, ifYes]);
    expect(check!.description).toContain("マイナポータルにログインできるなら");
    expect(check!.description).toContain("もう一度「まとめて調べる」を押してください");
    expect(check!.description).toContain("https://myna.test/check/#birthDate=1955-04-01&cardExpiry=2031-04-01");
    // A newer file moves the check instead of adding one: no date in its UID.
    expect(check!.uid).toMatch(/^checkRenewal-[0-9a-f]{8}@myna\.test$/);
    expect(check!.component.getFirstSubcomponent("valarm")).not.toBeNull();
  });

  it("in the first grace: the check, then the not-renewed reading's re-issue by G1 (the safe side)", () => {
    const events = fileOn("2026-05-01");
    expect(events.map((e) => [e.startDate.toString(), e.summary])).toStrictEqual([
      ["2026-05-01", "101 山田：更新したか確かめる"],
      ["2026-07-24", `101 山田：${API_TEXTS.ja.calendar.graceCounterSoonSummary}`],
      ["2026-07-31", `101 山田：${CATALOGS.ja.milestone.graceEnds}`],
    ]);
    expect(events[0]!.description.split("\n").slice(0, 2)).toStrictEqual([
      "2026年1月2日以降に更新・再発行していなければ、電子証明書は2026年4月1日に切れています。マイナ保険証を使い続けるには、2026年7月31日までに窓口で再発行してください。",
      ifYes,
    ]);
    // The re-issue reminders still say that they rest on an estimate.
    expect(events[2]!.description).toContain(API_TEXTS.ja.calendar.unsureDetail);
  });

  it("before E1 nothing is in doubt: the ordinary events, no check", () => {
    const events = fileOn("2026-03-01");
    expect(events.map((e) => e.summary)).not.toContain("101 山田：更新したか確かめる");
    expect(events.length).toBeGreaterThan(2);
  });

  it("in English and in やさしい日本語 (plain text, no ruby markup)", () => {
    const checked = checkRow(face);
    if (!checked.ok) throw new Error("fixture row is not valid");
    const listed = [{ index: 0, row: face, item: checked.item }];
    const answers = [{ ok: true as const, evaluation: evaluateIso(checked.item, "2026-12-02") }];
    for (const lang of ["en", "ja-easy"] as const) {
      const ics = listCalendar(
        toEntries(listed, answers),
        calendarWords(lang),
        "https://myna.test",
        "/en/check/",
        LIST[lang],
        lang,
      );
      const [check, ...rest] = new ICAL.Component(ICAL.parse(ics))
        .getAllSubcomponents("vevent")
        .map((v) => new ICAL.Event(v));
      expect(rest.map((e) => e.startDate.toString())).toStrictEqual(["2031-01-02", "2031-02-25", "2031-04-01"]); // the card's
      for (const event of [check, ...rest]) expect(event!.description).not.toMatch(/[{}|]/);
      expect(check!.description).toContain(lang === "en" ? "1 April 2031" : "2031年4月1日");
    }
  });
});

describe("the .ics check names the row's first expiry by its date (coordinator 21:47)", () => {
  it.each(["ja", "en", "ja-easy"] as const)("%s", (lang) => {
    // Born 昭和30年4月1日, card to 2031-04-01: E1 2026-04-01, after G1 on 2026-12-02 (R-INFER-3).
    const row = { ...emptyRow(), label: "r", birthDate: "1955-04-01", cardExpiry: "2031-04-01" };
    const item = { birthDate: "1955-04-01", cardExpiry: "2031-04-01" };
    const list = toEntries([{ index: 0, row, item }], [{ ok: true, evaluation: evaluateIso(item, "2026-12-02") }]);
    const ics = listCalendar(list, calendarWords(lang), "https://myna.test", "/check/", LIST[lang], lang);
    const [check] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const first = plainText(LIST[lang].results.doubt.firstExpiry);
    const { open, close } = punctuation(lang);
    const named = `${first}${open}${formatDay("2026-04-01", lang)}${close}`;
    expect(check!.description.split(named).length - 1).toBe(2); // how to tell, and how to settle
    expect(check!.description.split(first).length - 1).toBe(2); // never without its date
  });
});
