// The list page (/list/, issue 12): CSV import in UTF-8 and Shift_JIS with 和暦 columns and bad
// rows (preview and reasons before anything is computed), 200 people computed through the batch
// API with dates only, the exports read back (CSV with papaparse, .ics with ical.js), the print
// view as A4 pages without controls, keeping and forgetting the list, the keyboard, a paste
// from a spreadsheet, and no label in any request the page makes.
import { readFile } from "node:fs/promises";
import { inflateSync } from "node:zlib";
import ICAL from "ical.js";
import Papa from "papaparse";
import type { Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { accessibleName } from "./support/ax-name.ts";
import { usePage } from "./support/chromium.ts";
import { computeList, csvBytes, importCsv, residents } from "./support/list.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

/** Every request of the page during this file: URL, headers and body. */
const requests: { url: string; headers: string; body: string }[] = [];
const labels = new Set<string>();
const record = (request: Request) =>
  requests.push({ url: request.url(), headers: JSON.stringify(request.headers()), body: request.postData() ?? "" });
beforeAll(() => page.on("request", record));

const TODAY = "2025-04-01";

async function freshList(path = "/list/"): Promise<void> {
  await page.goto(`${baseURL}${path}`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${baseURL}${path}`);
  await page.locator("[data-app]:not([hidden])").waitFor();
}

// The rows people typed (not the undo row a removal leaves in their place).
const rowValues = (p: Page) =>
  p.$$eval("[data-rows] tr:not(.undo-row)", (trs) =>
    trs.map((tr) => [...tr.querySelectorAll("input")].map((i) => i.value)),
  );

const failedLines = (p: Page) =>
  p.$$eval("[data-import-failed] li", (lis) => lis.map((li) => [li.dataset.line, li.textContent]));

describe("CSV import", () => {
  it("reads UTF-8 with a BOM, 和暦 columns, and names the lines it cannot read before computing", async () => {
    await freshList();
    const lines = [
      "氏名,生年月日（和暦）,カードの有効期限,電子証明書の有効期限",
      "山田 太郎,昭和60年11月14日,2031/11/14,",
      "佐藤 花子,,,令和7年3月20日",
      "鈴木 一郎,H13.2.29,2031-02-28,", // not a real date (R-PARSE-3)
      "田中 次郎,平成45年1月1日,2029/5/1,", // over 10 years past the era's end (R-PARSE-3) → 令和15年1月1日
      "伊藤 三郎,,2031/1/1,", // the card expiry alone needs a birth date
      "渡辺 四郎,平成31年5月1日,2029/5/1,", // read as 2019-05-01 with a note (R-PARSE-3)
    ];
    for (const line of lines.slice(1)) labels.add(line.split(",")[0]!);
    await importCsv(page, "residents.csv", csvBytes(lines, "utf-8-bom"));
    await expect(page.textContent("[data-import-encoding]")).resolves.toContain("UTF-8");
    expect(
      await page.$$eval("select[data-import-column]", (s) => s.map((e) => (e as unknown as HTMLSelectElement).value)),
    ).toStrictEqual(["label", "birthDate", "cardExpiry", "certificateExpiry"]);
    await expect(page.getAttribute("[data-import-count]", "data-import-count")).resolves.toBe("3");
    expect(await page.$$eval("[data-import-notes] li", (lis) => lis.map((li) => li.textContent))).toStrictEqual([
      "7行目（渡辺 四郎）：生年月日は、その元号の期間を過ぎた日付なので、令和元年5月1日として読みました。",
    ]);
    expect(await failedLines(page)).toStrictEqual([
      ["4", "4行目（鈴木 一郎）：生年月日がカレンダーにない日付です。"],
      ["5", "5行目（田中 次郎）：生年月日が、その元号の期間を過ぎた日付です。（令和15年1月1日のことですか？）"],
      ["6", "6行目（伊藤 三郎）：生年月日がありません。カードの日付だけでは計算できません。"],
    ]);
    // Nothing was computed: no batch request yet.
    expect(requests.some((r) => r.url.includes("/api/v1/evaluate/batch"))).toBe(false);
    await page.click("[data-import-add]");
    expect(await rowValues(page)).toStrictEqual([
      ["山田 太郎", "昭和60年11月14日", "2031/11/14", "", "", ""],
      ["佐藤 花子", "", "", "令和7年3月20日", "", ""],
      ["渡辺 四郎", "平成31年5月1日", "2029/5/1", "", "", ""],
    ]);
  });

  it("reads Shift_JIS from Excel (CP932 characters included) and lets the reading of a column change", async () => {
    await freshList();
    const lines = [
      "部屋番号,名前,生年月日,有効期限,備考",
      "101号室,髙橋 ミツ～,S22.4.1,2027.4.1,",
      "102号室,渡邊 一,令和2年2月30日,2030/2/1,",
      "103号室,齋藤 花,昭和40年1月8日,2034年1月8日,",
    ];
    for (const line of lines.slice(1)) for (const cell of line.split(",").slice(0, 2)) labels.add(cell);
    await importCsv(page, "excel.csv", csvBytes(lines, "cp932"));
    await expect(page.textContent("[data-import-encoding]")).resolves.toContain("Shift_JIS");
    const readings = () =>
      page.$$eval("select[data-import-column]", (s) => s.map((e) => (e as unknown as HTMLSelectElement).value));
    // 部屋番号 and 名前 are both the label, joined (review A6); 備考 is not read.
    expect(await readings()).toStrictEqual(["label", "label", "birthDate", "cardExpiry", ""]);
    expect(await failedLines(page)).toStrictEqual([
      ["3", "3行目（102号室 渡邊 一）：生年月日がカレンダーにない日付です。"],
    ]);
    await page.selectOption('[data-import-column="0"]', "");
    expect(await readings()).toStrictEqual(["", "label", "birthDate", "cardExpiry", ""]);
    await page.click("[data-import-add]");
    expect((await rowValues(page)).map((r) => r[0])).toStrictEqual(["髙橋 ミツ～", "齋藤 花"]);
  });
});

describe("200 people", () => {
  const LINES = residents(200);
  let csv = "";
  let ics = "";

  beforeAll(async () => {
    for (const line of LINES.slice(1)) for (const cell of line.split(",").slice(0, 2)) labels.add(cell);
    await freshList();
    await importCsv(page, "facility.csv", csvBytes(LINES, "utf-8"));
    await page.click("[data-import-add]");
    await page.click("details.more summary");
    await page.fill("#today", TODAY);
    await computeList(page);
  });

  it("computes every row, sorted by what needs doing first, with no label in any request", async () => {
    const rows = await page.$$eval("[data-results-body] tr", (trs) => trs.map((tr) => tr.dataset.filter));
    expect(rows).toHaveLength(200);
    expect(rows.includes("problem")).toBe(false);
    // Counter deadlines within 31 days first (review P1-C), then overdue (lapsed, or maybe: not
    // renewed since?), then the later deadlines, the rest last.
    const actions = await page.$$eval("[data-results-body] tr", (trs) =>
      trs.map((tr) => [tr.dataset.relation!, tr.dataset.date!] as const),
    );
    const group = { since: 1, by: 2, from: 3 } as Record<string, number>;
    const groups = actions.map(([relation, date]) =>
      relation === "by" && date <= "2025-05-02" ? 0 : group[relation]!,
    );
    expect(groups[0]).toBe(0);
    expect(groups).toStrictEqual([...groups].sort((a, b) => a - b));
    // R-INFER-3: the card-face rows whose first certificate has ended are to be checked (those
    // in grace among them: this list's grace rows are all card faces).
    expect(new Set(rows)).toStrictEqual(new Set(["lapsed", "checkRenewal", "renewal", "valid"]));
    const batches = requests.filter((r) => r.url.endsWith("/api/v1/evaluate/batch"));
    expect(batches.length).toBeGreaterThan(0);
    const body = JSON.parse(batches.at(-1)!.body) as { texts: boolean; items: Record<string, string>[] };
    expect(body.texts).toBe(false);
    expect(body.items).toHaveLength(200);
    for (const item of body.items) expect(Object.values(item).every((v) => /^\d{4}-\d{2}-\d{2}$/.test(v))).toBe(true);
  });

  it("filters by stage, and the rows to check", async () => {
    const total = await page.locator("[data-results-body] tr").count();
    await page.check("#filter-lapsed");
    const lapsed = await page.$$eval("[data-results-body] tr:not([hidden])", (trs) =>
      trs.map((tr) => tr.dataset.filter),
    );
    expect(new Set(lapsed)).toStrictEqual(new Set(["lapsed"]));
    await page.check("#filter-checkRenewal");
    const visible = await page.$$eval("[data-results-body] tr:not([hidden])", (trs) =>
      trs.map((tr) => tr.dataset.filter),
    );
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(total);
    expect(new Set(visible)).toStrictEqual(new Set(["checkRenewal"]));
    await page.check("#filter-all");
    await expect(page.locator("[data-results-body] tr:not([hidden])").count()).resolves.toBe(total);
  });

  it("links each row to its full answer in the checker, dates in the fragment only", async () => {
    const href = await page.getAttribute("[data-results-body] tr .details a", "href");
    expect(href).toMatch(/^\/check\/#(birthDate|certificateExpiry)=\d{4}-\d{2}-\d{2}.*&today=2025-04-01$/);
    expect(href).not.toContain("髙橋");
  });

  it("exports a CSV with a BOM that reads back with every person", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-export-csv]")]);
    csv = await readFile((await download.path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(header!.slice(0, 3)).toStrictEqual(["名前・部屋番号", "生年月日", "カードの有効期限"]);
    expect(lines).toHaveLength(200);
    const stages = new Set(lines.map((l) => l[header!.indexOf("段階")]));
    // Review P1-B: a row whose renewal is unknown (R-INFER-3) names both readings, as the table does.
    expect(stages).toStrictEqual(
      new Set([
        "有効",
        "更新できる期間",
        "失効",
        "更新・再発行していない場合：期限切れ後の猶予／更新・再発行した場合：有効",
        "更新・再発行していない場合：失効／更新・再発行した場合：有効",
      ]),
    );
    // The room and the name, joined (review A6).
    expect(lines.map((l) => l[0]).sort()).toStrictEqual(
      LINES.slice(1)
        .map((l) => l.split(",").slice(0, 2).join(" "))
        .sort(),
    );
  });

  it("exports one .ics with everyone's reminders, titled with their labels", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-export-ics]")]);
    ics = await readFile((await download.path())!, "utf8");
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    // Only days from the day checked on (issue 10): each person has what is still ahead of them,
    // none for the lapsed, and the 「窓口へ」 reminder for those with a counter day ahead.
    expect(events.length).toBeGreaterThan(200);
    expect(events.every((e) => e.startDate.toString() >= TODAY)).toBe(true);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    const people = new Set(events.map((e) => e.summary.split("：")[0]));
    expect(people.size).toBeGreaterThan(100);
    expect(people.size).toBeLessThan(200); // the lapsed have nothing ahead
    expect(events.some((e) => e.uid.includes("-counterSoon-"))).toBe(true);
    for (const event of events) expect(event.component.getFirstPropertyValue("url")).toMatch(/\/check\/#/);
  });

  it("prints on A4 pages without controls, this month's visits on top", async () => {
    await page.emulateMedia({ media: "print" });
    const visibleControls = await page.$$eval(
      "button, input, select, textarea, summary",
      (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length,
    );
    expect(visibleControls).toBe(0);
    const order = await page.evaluate(() => {
      const month = document.querySelector("[data-month-heading]")!.getBoundingClientRect().top;
      const table = document.querySelector(".results-table")!.getBoundingClientRect().top;
      const heights = [...document.querySelectorAll<HTMLElement>("[data-results-body] tr")].map(
        (tr) => tr.getBoundingClientRect().height,
      );
      return { monthFirst: month < table, tallest: Math.max(...heights), lowest: Math.min(...heights) };
    });
    expect(order.monthFirst).toBe(true);
    // One line a person for rows in doubt too: their sentence is in 「今すること」 above, the
    // table keeps the action and ※ (list.css; issue 12's print view).
    const doubtRows = await page.$$eval("[data-results-body] .action:has(.action-doubt)", (cells) =>
      cells.map((cell) => ({
        sentenceShown: (cell.querySelector(".action-doubt") as HTMLElement).offsetParent !== null,
        mark: getComputedStyle(cell, "::after").content,
      })),
    );
    for (const row of doubtRows) expect(row).toStrictEqual({ sentenceShown: false, mark: '" ※"' });
    // One or two lines a person: only 次にすること wraps (review B11).
    expect(order.tallest).toBeLessThan(order.lowest * 2.5);
    await page.emulateMedia({ media: "screen" });
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
    // Printed at its size, not shrunk to fit (review B11: a table of one-line cells was 79 %,
    // 9 pt text at about 7 pt): Chromium's page stream flips to 300 dpi units (0.24) and then
    // scales CSS pixels; 0.24 × that is the points a CSS pixel takes, 0.75 at 100 %.
    const scales = [...pdf.matchAll(/stream\r?\n([\s\S]*?)endstream/g)].flatMap((m) => {
      try {
        const content = inflateSync(Buffer.from(m[1]!, "latin1")).toString("latin1");
        const cm = [...content.matchAll(/(-?[\d.]+) 0 0 (-?[\d.]+) -?[\d.]+ -?[\d.]+ cm/g)];
        return cm.length > 1 && Math.abs(Number(cm[0]![1]) - 0.24) < 0.001 ? [0.24 * Number(cm[1]![1])] : [];
      } catch {
        return [];
      }
    });
    expect(scales.length).toBeGreaterThan(0);
    for (const scale of scales) expect(scale).toBeCloseTo(0.75, 2);
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    // A4 landscape is 842 × 595 points (list.css: @page size).
    const boxes = pdf.match(/\/MediaBox\s*\[[^\]]*\]/g) ?? [];
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) {
      const [, , w, h] = box
        .replace(/[^\d. ]/g, " ")
        .trim()
        .split(/\s+/)
        .map(Number);
      expect([Math.round(w!), Math.round(h!)]).toStrictEqual([842, 595]);
    }
  });

  afterAll(() => {
    expect(csv.length).toBeGreaterThan(0);
    expect(ics.length).toBeGreaterThan(0);
  });
});

describe("where the input leaves doubt (R-INFER-3, R-INFER-4)", () => {
  // On 2026-12-02: 山田's first certificate ended 2026-04-01, its grace 2026-07-31 (R-INS-1).
  const DAY = "2026-12-02";
  const people = [
    ["101 山田 花子", "昭和30年4月1日", "2031/4/1", ""], // renewed, or lapsed since 2026-07-31?
    ["102 佐藤 一郎", "", "", "2027-06-01"], // valid: renewal opens 2027-03-02
    ["103 打ち間違い", "昭和30年4月1日", "2031/4/2", ""], // a day off the birthday (R-INFER-4)
    ["104 鈴木 正", "", "", "2026-03-01"], // lapsed since 2026-06-30
  ];

  beforeAll(async () => {
    await freshList();
    for (const [i, [label, birthDate, cardExpiry, certificateExpiry]] of people.entries()) {
      if (i > 0) await page.click("[data-add-row]");
      labels.add(label!);
      await page.fill(`#row-${i}-label`, label!);
      await page.fill(`#row-${i}-birthDate`, birthDate!);
      await page.fill(`#row-${i}-cardExpiry`, cardExpiry!);
      await page.fill(`#row-${i}-certificateExpiry`, certificateExpiry!);
    }
    await page.click("details.more summary");
    await page.fill("#today", DAY);
    await computeList(page);
  });

  it("counts the resident who may not have renewed as due now, with the other reading in words", async () => {
    await expect(page.isHidden("[data-month-none]")).resolves.toBe(true);
    await expect(page.textContent("#month-heading")).resolves.toBe("今すること（急ぐ順）");
    const month = await page.$$eval("[data-month-list] li", (lis) => lis.map((li) => li.textContent));
    expect(month).toStrictEqual([
      "103 打ち間違い：カードの有効期限を確かめる（入力された2031年4月2日は誕生日ではありません）",
      "104 鈴木 正：窓口で電子証明書を再発行する（2026年6月30日で猶予が終わっています）",
      "101 山田 花子：更新したか確かめる。2026年1月2日以降に更新・再発行していなければ、電子証明書は2026年4月1日に切れていて、2026年7月31日を最後にマイナ保険証として使えなくなっています。",
    ]);
    // Sorted the same way in the table, the valid one last.
    const order = await page.$$eval("[data-results-body] tr", (trs) => trs.map((tr) => tr.dataset.filter));
    expect(order).toStrictEqual(["checkCardExpiry", "lapsed", "checkRenewal", "valid"]);
  });

  it("shows both readings as stages, the riskier first, and the 資格確認書 for the lapsed or maybe lapsed", async () => {
    const row = page.locator('[data-results-body] tr[data-filter="checkRenewal"]');
    // As shown (innerText): the short label for paper is not on screen (item 4).
    const readings = await row.locator(".stage .reading").allInnerTexts();
    expect(readings.map((t) => t.replace(/\s+/g, " ").trim())).toStrictEqual([
      "更新・再発行していない場合 失効",
      "更新・再発行した場合 有効",
    ]);
    await expect(row.locator(".action-check").textContent()).resolves.toBe("資格確認書で受診できます。");
    const lapsed = page.locator('[data-results-body] tr[data-filter="lapsed"]');
    await expect(lapsed.locator(".action-check").textContent()).resolves.toBe("資格確認書で受診できます。");
    const typo = page.locator('[data-results-body] tr[data-filter="checkCardExpiry"]');
    expect((await typo.locator(".stage .reading").innerText()).replace(/\s+/g, " ").trim()).toBe("入力どおりなら 有効");
    await expect(typo.locator(".action-check").textContent()).resolves.toMatch(
      /^打ち間違いがないか、カードで確かめてください。/,
    );
    // How to settle it, once under the table; and the 資格確認書's timing (R-INS-5).
    await expect(page.isVisible("[data-check-note]")).resolves.toBe(true);
    await expect(page.textContent("[data-eligibility-note]")).resolves.toContain("届く時期は保険者によって違います");
  });

  it("filters the rows to check, counted apart from the valid", async () => {
    await expect(page.textContent('label[for="filter-checkRenewal"]')).resolves.toBe("更新したか確かめる人（1人）");
    await expect(page.textContent('label[for="filter-valid"]')).resolves.toBe("有効（1人）");
    await page.check("#filter-checkRenewal");
    const visible = await page.$$eval("[data-results-body] tr:not([hidden]) th", (ths) =>
      ths.map((th) => th.textContent),
    );
    expect(visible).toStrictEqual(["101 山田 花子"]);
    await page.check("#filter-all");
  });

  it("exports what to check, and the other reading's stage and dates, in the CSV", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-export-csv]")]);
    const csv = await readFile((await download.path())!, "utf8");
    const [header, ...lines] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const at = (label: string, name: string) => lines.find((l) => l[0] === label)![header!.indexOf(name)];
    expect(at("101 山田 花子", "段階")).toBe("更新・再発行していない場合：失効／更新・再発行した場合：有効");
    expect(at("101 山田 花子", "確かめること")).toBe(
      "更新したか確かめる：2026-01-02以降に更新・再発行していなければ、電子証明書は2026-04-01に切れていて、2026-07-31を最後にマイナ保険証として使えなくなっています。",
    );
    expect(at("101 山田 花子", "確かめること：もう一方の場合の段階")).toBe("失効");
    expect(at("101 山田 花子", "確かめること：もう一方の場合のマイナ保険証が使える最後の日")).toBe("2026-07-31");
    expect(at("103 打ち間違い", "確かめること")).toContain("2031-04-02は誕生日ではありません");
    expect(at("102 佐藤 一郎", "確かめること")).toBe("");
  });
});

describe("keeping the list on this device", () => {
  it("stores nothing unless asked, keeps it when ticked, and forgets it on request", async () => {
    await freshList();
    await page.fill("#row-0-label", "保存テスト");
    labels.add("保存テスト");
    await page.fill("#row-0-certificateExpiry", "R8.3.15");
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.check("#keep-list");
    await page.reload();
    await page.locator("[data-app]:not([hidden])").waitFor();
    expect((await rowValues(page))[0]?.[0]).toBe("保存テスト");
    await expect(page.isChecked("#keep-list")).resolves.toBe(true);
    await page.click("[data-forget]");
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.reload();
    await page.locator("[data-app]:not([hidden])").waitFor();
    expect((await rowValues(page))[0]?.[0]).toBe("");
  });
});

describe("/en/list/: the month list in English punctuation", () => {
  it("puts the date in half-width brackets after a space, never 「（」", async () => {
    await freshList("/en/list/");
    labels.add("Room 7");
    await page.fill("#row-0-label", "Room 7");
    await page.fill("#row-0-certificateExpiry", "2026-03-01"); // lapsed since 2026-06-30
    await page.click("details.more summary");
    await page.fill("#today", "2026-12-02");
    await computeList(page);
    const month = await page.$$eval("[data-month-list] li", (lis) => lis.map((li) => li.textContent));
    expect(month).toHaveLength(1);
    expect(month[0]).toMatch(/^Room 7: .+ \(.*30 June 2026.*\)$/);
    expect(month[0]).not.toMatch(/[（）]/);
  });
});

describe("by keyboard and by paste", () => {
  it("adds, fills, moves and removes rows with the keyboard alone, focus staying with the row", async () => {
    await freshList("/en/list/");
    await page.focus("#row-0-label");
    await page.keyboard.type("Ann A.");
    await page.focus("[data-add-row]");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("row-1-label");
    await page.keyboard.type("Bob B.");
    labels.add("Ann A.").add("Bob B.");
    // Tab from the label through the five date fields to the row's buttons: Up, Down, Remove.
    for (let i = 0; i < 6; i++) await page.keyboard.press("Tab");
    expect(await accessibleName(page, ":focus")).toBe("Up (row 2)");
    await page.keyboard.press("Enter");
    expect((await rowValues(page)).map((r) => r[0])).toStrictEqual(["Bob B.", "Ann A."]);
    expect(await accessibleName(page, ":focus")).toBe("Down (row 1)");
    await expect(page.textContent("[data-editor-status]")).resolves.toBe("Moved to row 1.");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter"); // Remove (row 1)
    expect((await rowValues(page)).map((r) => r[0])).toStrictEqual(["Ann A."]);
    // Focus goes to the undo button standing where the removed row was (list-editing.test.ts).
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-undo"))).toBe(true);
  });

  it("fills the table from a block pasted from a spreadsheet, header and all", async () => {
    await freshList();
    const block = "氏名\t生年月日\tカードの有効期限\n中村\t昭和50年5月5日\t2030/5/5\n小林\tH2.1.1\t2030-01-01\n";
    labels.add("中村").add("小林");
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      document
        .getElementById("row-0-label")!
        .dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, block);
    expect(await rowValues(page)).toStrictEqual([
      ["中村", "昭和50年5月5日", "2030/5/5", "", "", ""],
      ["小林", "H2.1.1", "2030-01-01", "", "", ""],
    ]);
    await expect(page.textContent("[data-editor-status]")).resolves.toBe("2行を貼り付けました。");
  });
});

afterAll(() => {
  // Every label typed, imported or pasted in this file, in no URL, header or body of any request.
  expect(requests.length).toBeGreaterThan(0);
  expect(labels.size).toBeGreaterThanOrEqual(400);
  for (const request of requests) {
    const sent = decodeURIComponent(request.url) + request.headers + request.body;
    for (const label of labels)
      if (sent.includes(label)) throw new Error(`a label was sent: ${label} in ${request.url}`);
  }
});
