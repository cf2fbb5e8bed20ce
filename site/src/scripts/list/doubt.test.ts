// The list where the input leaves doubt (review A1, A2, B1, B2): a resident whose first
// certificate and its grace have ended (R-INFER-3) and a card expiry one day off a birthday
// (R-INFER-4), from real evaluations, on the day before, of and after E1 and G1.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { formatDay } from "#shared/dates/display.ts";
import { stageName } from "#shared/messages/stages.ts";
import { evaluateIso } from "#shared/rules/test/evaluate-iso.ts";
import { LIST } from "../../content/list";
import { type ActionWords, mayBeLapsed, otherReading, whenText } from "./action-text";
import { entryFilter, type ListEntry, sortEntries, toEntries } from "./entries";
import { resultsCsv } from "./export-csv";
import { importTable } from "./import-table";
import { compareActions, nextAction } from "./next-action";
import { emptyRow } from "./row";

// Born 昭和30年4月1日, 10-year card to 2031-04-01 (R-INFER-2): E1 = 2026-04-01 (a Wednesday),
// W1 = 2026-01-02 (R-RENEW-1), G1 = 2026-07-31 (R-INS-1, a Friday).
const FACE = { birthDate: "1955-04-01", cardExpiry: "2031-04-01" };
const on = (today: string, input: Record<string, string> = FACE) => nextAction(evaluateIso(input, today));
const entry = (today: string, input: Record<string, string> = FACE, index = 0): ListEntry => {
  const [e] = toEntries(
    [{ index, row: { ...emptyRow(), label: `r${index}`, ...input }, item: input }],
    [{ ok: true, evaluation: evaluateIso(input, today) }],
  );
  return e!;
};
const wordsIn = (lang: "ja" | "en" | "ja-easy"): ActionWords => ({
  results: LIST[lang].results,
  date: (iso) => formatDay(iso, lang),
  stageName: (stage) => stageName(stage, lang),
});
const ja = wordsIn("ja");
const jaDay = ja.date;

describe("R-INFER-3: renewed or not, around E1 and G1", () => {
  it.each([
    ["2026-03-31", "renewal"], // the day before E1: nothing is in doubt yet
    ["2026-04-01", "renewal"], // E1 itself is still valid (R-DATE-2)
  ])("on %s (E1 not past): no doubt, the %s stage's visit", (today, stage) => {
    const action = on(today);
    expect(action.renewal).toBeNull();
    expect(action.kind).toBe("renewCertificateAtOffice");
    expect(entryFilter(entry(today))).toBe(stage);
  });

  it.each(["2026-04-02", "2026-07-30", "2026-07-31"])(
    "on %s (E1 < today ≤ G1): re-issue by G1's counter day, and 'if renewed, valid to C'",
    (today) => {
      const action = on(today);
      expect(action).toMatchObject({
        kind: "reissueCertificateAtOffice",
        relation: "by",
        date: "2026-07-31",
        now: true,
      });
      expect(action.renewal).toStrictEqual({
        headline: "notRenewed",
        since: "2026-01-02",
        other: { stage: "valid", certificateExpiresOn: "2031-04-01", graceEndsOn: "2031-07-31" },
      });
      expect(entryFilter(entry(today))).toBe("checkRenewal");
      expect(otherReading(action.renewal!, ja)).toBe(
        "2026年1月2日以降に更新・再発行していれば、電子証明書は2031年4月1日まで有効です。",
      );
      expect(mayBeLapsed(action, "grace")).toBe(false);
    },
  );

  it.each(["2026-08-01", "2026-12-02"])(
    "on %s (after G1): not 'valid, nothing to do' but 'check whether renewed', due now (review A1)",
    (today) => {
      const action = on(today);
      expect(action).toStrictEqual({
        kind: "checkRenewal",
        relation: "since",
        date: "2026-07-31",
        now: true,
        renewal: {
          headline: "renewed",
          since: "2026-01-02",
          other: { stage: "lapsed", certificateExpiresOn: "2026-04-01", graceEndsOn: "2026-07-31" },
        },
      });
      expect(entryFilter(entry(today))).toBe("checkRenewal");
      expect(whenText(action, ja)).toBe(
        "2026年1月2日以降に更新・再発行していなければ、電子証明書は2026年4月1日に切れていて、2026年7月31日を最後にマイナ保険証として使えなくなっています。",
      );
      // R-INS-5: the stage says valid, but the resident may need the 資格確認書 already.
      expect(mayBeLapsed(action, "valid")).toBe(true);
    },
  );

  it("the other reading in English and in やさしい日本語 too", () => {
    const action = on("2026-12-02");
    expect(whenText(action, wordsIn("en"))).toBe(
      "If it was not renewed or re-issued on or after 2 January 2026, the certificate expired on 1 April 2026 and the card stopped working as a health-insurance card after 31 July 2026.",
    );
    const easy = whenText(action, wordsIn("ja-easy"));
    expect(easy).toContain("2026年7月31日の あと、マイナ{保険証|ほけんしょう}は {使|つか}えません。");
  });

  it("sorts the near counter deadlines first, then the checks and the lapsed, then later deadlines (review P1-C)", () => {
    const today = "2026-12-02";
    const entries = sortEntries([
      entry(today, { certificateExpiry: "2027-06-01" }, 0), // valid: renewal opens 2027-03-02
      entry(today, FACE, 1), // renewed or lapsed since 2026-07-31?
      entry(today, { certificateExpiry: "2026-12-20" }, 2), // renewal: by 2026-12-18 (a Sunday expiry)
      entry(today, { certificateExpiry: "2026-03-01" }, 3), // lapsed since 2026-06-30
      entry(today, { birthDate: "1955-04-01", cardExpiry: "2031-04-02" }, 4), // not a birthday: check the card
      entry(today, { certificateExpiry: "2026-09-15" }, 5), // grace: by 2026-12-28, before the year-end closure
      entry(today, { certificateExpiry: "2027-02-20" }, 6), // renewal: by 2027-02-19, 79 days ahead
    ]);
    expect(entries.map((e) => [e.index, e.ok && e.action.date])).toStrictEqual([
      [2, "2026-12-18"],
      [5, "2026-12-28"],
      [4, "2031-04-02"],
      [3, "2026-06-30"],
      [1, "2026-07-31"],
      [6, "2027-02-19"],
      [0, "2027-03-02"],
    ]);
  });

  it.each([
    ["2026-11-27", 0], // 2026-12-28 is 31 days ahead: near
    ["2026-11-26", 2], // 32 days: after the lapsed resident and the renewal check
  ])("on %s a deadline 31 days ahead counts as near, 32 not (SOON_DAYS)", (today, at) => {
    const entries = sortEntries([
      entry(today, { certificateExpiry: "2026-03-01" }, 0), // lapsed
      entry(today, FACE, 1), // renewed or lapsed?
      entry(today, { certificateExpiry: "2026-09-15" }, 2), // grace: by 2026-12-28
    ]);
    expect(entries.findIndex((e) => e.index === 2)).toBe(at);
  });

  it("R-INFER-5: an expired card keeps its stage and action, with the other reading beside it", () => {
    // Card to 2026-11-11, first certificate to 2021-11-11: on 2026-12-02 a new card either way.
    const action = on("2026-12-02", { birthDate: "1936-11-11", cardExpiry: "2026-11-11" });
    expect(action.kind).toBe("renewCard");
    expect(action.renewal?.since).toBeNull();
    expect(entryFilter(entry("2026-12-02", { birthDate: "1936-11-11", cardExpiry: "2026-11-11" }))).toBe("grace");
    expect(otherReading(action.renewal!, ja)).toBe(
      "最初の電子証明書を更新・再発行していなければ、電子証明書は2021年11月11日に切れていて、2022年2月28日を最後にマイナ保険証として使えなくなっています。",
    );
  });
});

describe("R-INFER-4: a card expiry that is not a birthday", () => {
  it.each(["2031-03-31", "2031-04-02"])("%s, a day off 4月1日: check the card, first of all", (cardExpiry) => {
    const action = on("2026-12-02", { birthDate: "1955-04-01", cardExpiry });
    expect(action).toMatchObject({ kind: "checkCardExpiry", relation: "check", date: cardExpiry, now: true });
    expect(entryFilter(entry("2026-12-02", { birthDate: "1955-04-01", cardExpiry }))).toBe("checkCardExpiry");
    expect(whenText(action, ja)).toBe(`入力された${jaDay(cardExpiry)}は誕生日ではありません`);
    expect(compareActions(action, on("2026-12-02", { certificateExpiry: "2026-03-01" }))).toBeLessThan(0);
  });

  it("the birthday itself is no typo", () => {
    expect(on("2026-12-02").kind).toBe("checkRenewal");
  });
});

describe("the CSV keeps the doubt (review A5)", () => {
  const today = "2026-12-02";
  const stageNames = Object.fromEntries(
    (["valid", "renewal", "grace", "lapsed"] as const).map((s) => [s, stageName(s, "ja")]),
  ) as Record<Parameters<typeof stageName>[0], string>;
  const csv = resultsCsv(
    sortEntries([
      entry(today, FACE, 0),
      entry(today, { birthDate: "1955-04-01", cardExpiry: "2031-04-02" }, 1),
      entry(today, { certificateExpiry: "2027-06-01" }, 2),
    ]),
    LIST.ja,
    stageNames,
    "ja",
  );
  const [header, ...lines] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
  const at = (line: string[], name: string) => line[header!.indexOf(name)];

  it("says what to check, and the other reading's stage and dates", () => {
    const [typo, renewal, plain] = lines as [string[], string[], string[]];
    // Review P1-B: both readings, as the table shows them, never a plain 「有効」 to sort by.
    expect(at(renewal, "段階")).toBe("更新・再発行していない場合：失効／更新・再発行した場合：有効");
    expect(at(renewal, "次にすること")).toBe("更新したか確かめる");
    expect(at(renewal, "確かめること")).toBe(
      "更新したか確かめる：2026-01-02以降に更新・再発行していなければ、電子証明書は2026-04-01に切れていて、2026-07-31を最後にマイナ保険証として使えなくなっています。",
    );
    expect(at(renewal, "確かめること：もう一方の場合の段階")).toBe("失効");
    expect(at(renewal, "確かめること：もう一方の場合の電子証明書の有効期限")).toBe("2026-04-01");
    expect(at(renewal, "確かめること：もう一方の場合のマイナ保険証が使える最後の日")).toBe("2026-07-31");
    // The result columns follow the renewed reading after G1 (R-INFER-3), and say so: a header
    // that says "if not renewed" over the renewed reading's date was the table's fault too.
    expect(at(renewal, "結果の列の前提")).toBe("更新・再発行した場合");
    expect(at(renewal, "結果：電子証明書の有効期限")).toBe("2031-04-01");
    expect(at(renewal, "結果：その期限の電子証明書で、マイナ保険証が使える最後の日")).toBe("2031-07-31");
    expect(at(typo, "結果の列の前提")).toBe("入力どおりなら");
    expect(at(plain, "結果の列の前提")).toBe("");
    expect(at(typo, "確かめること")).toMatch(
      /^カードの有効期限を確かめる：入力された2031-04-02は誕生日ではありません。打ち間違いがないか/,
    );
    expect(at(typo, "段階")).toBe("入力どおりなら：有効");
    expect(at(plain, "段階")).toBe("有効");
    expect(at(plain, "確かめること")).toBe("");
    expect(at(plain, "確かめること：もう一方の場合の段階")).toBe("");
  });

  it.each([
    ["en", "If you did not renew: Lapsed / If you renewed: Valid"],
    ["ja-easy", "更新して いない とき：使えない／更新した とき：使える"],
  ] as const)("the stage column in %s names both readings too (review P1-B)", (lang, expected) => {
    const names = Object.fromEntries(
      (["valid", "renewal", "grace", "lapsed"] as const).map((s) => [s, stageName(s, lang)]),
    ) as Record<Parameters<typeof stageName>[0], string>;
    const out = resultsCsv([entry(today, FACE, 0)], LIST[lang], names, lang);
    const [head, line] = Papa.parse<string[]>(out.slice(1), { skipEmptyLines: true }).data as [string[], string[]];
    expect(line[head.indexOf(lang === "en" ? "Stage" : "段階")]).toBe(expected);
  });

  it("in the first grace the result columns follow the not-renewed reading, and say so (R-INFER-3)", () => {
    const out = resultsCsv([entry("2026-05-01", FACE, 0)], LIST.en, stageNames, "en");
    const [head, line] = Papa.parse<string[]>(out.slice(1), { skipEmptyLines: true }).data as [string[], string[]];
    const cell = (name: string) => line[head.indexOf(name)];
    expect(cell("Result columns assume")).toBe("If you did not renew");
    expect(cell("Result: certificate expiry")).toBe("2026-04-01");
    expect(cell("Result: last day as a health-insurance card on that certificate")).toBe("2026-07-31");
    expect(cell("To check: certificate expiry in the other case")).toBe("2031-04-01");
  });

  it("reads back into the list: no result column is taken for an input", () => {
    expect(importTable(csv).lines.map((l) => l.row.cardExpiry)).toStrictEqual(["2031-04-02", "2031-04-01", ""]);
  });
});
