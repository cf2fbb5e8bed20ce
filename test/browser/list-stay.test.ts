// Review7 finding 3: the list reads a period-of-stay column (在留期間満了日, R-CARD-4), sends it with
// the dates (never a label), and shows the R-INFER-6 reading that the certificate ended on the
// earlier birthday like a doubt row: both readings in the table, the earlier reading's last
// counter day (2026-12-28) in 今すること, in the CSV (read back) and in the .ics (read back).
// A column about the stay that is not read (在留カードの有効期限) is said, with how to read it.
import { readFile } from "node:fs/promises";
import ICAL from "ical.js";
import Papa from "papaparse";
import type { Page, Request } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { seriousViolations } from "./support/axe.ts";
import { usePage } from "./support/chromium.ts";
import { computeList, csvBytes, importCsv } from "./support/list.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));
const bodies: string[] = [];
beforeAll(() => page.on("request", (request: Request) => bodies.push(request.postData() ?? "")));

// The reviewer's row 17 (born 1990-09-09; card and stay end 2027-01-15, 和暦 in the file), beside
// a resident with no stay column filled in, as Excel writes a Japanese CSV (Shift_JIS).
const FILE = [
  "部屋番号,氏名,生年月日,カードの有効期限,在留期間満了日",
  "116,Nguyen Van An,1990/9/9,2027/1/15,令和9年1月15日",
  "101,青木 ハル,S15.3.13,令和13年3月13日,",
];

const open = async (path: string) => {
  await page.goto(`${baseURL}${path}`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${baseURL}${path}`);
  await page.locator("[data-app]:not([hidden])").waitFor();
};

describe("/list/ with a 在留期間満了日 column in a Shift_JIS file", () => {
  it("reads the column, and the earlier reading is in the table and in 今すること", async () => {
    await open("/list/");
    await importCsv(page, "residents.csv", csvBytes(FILE, "cp932"));
    expect(await page.inputValue('[data-import-column="4"]')).toBe("periodOfStayEndsOn");
    expect(await page.locator("[data-import-stay]").count()).toBe(0); // read: nothing to say
    await page.click("[data-import-add]");
    expect(await page.inputValue("#row-0-periodOfStayEndsOn")).toBe("令和9年1月15日");
    await page.click("details.more summary");
    await page.fill("#today", "2026-12-02");
    await computeList(page);

    const row = page.locator("[data-results-body] tr", { hasText: "Nguyen" });
    expect(await row.getAttribute("data-filter")).toBe("checkCertificateExpiry");
    const stage = (await row.locator(".stage").innerText()).replace(/\s+/g, " ");
    expect(stage).toMatch(/電子証明書がカードより前の誕生日に切れる場合.*期限切れ後の猶予/);
    expect(stage).toMatch(/電子証明書がカードと同じ日に切れる場合.*更新できる期間/);
    const action = await row.locator(".action").innerText();
    expect(action).toContain("電子証明書の有効期限を確かめる");
    expect(action).toContain("2026年12月28日までに窓口で再発行");
    expect(await row.locator("time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")))).toStrictEqual([
      "2026-09-09",
      "2027-01-15",
      "2026-12-31",
      "2027-04-30",
    ]);
    const month = await page.locator("[data-month-list]").innerText();
    expect(month).toMatch(/116 Nguyen Van An：電子証明書の有効期限を確かめる。.*2026年12月28日までに窓口で再発行/);

    // Dates only went out, the stay's end among them; never a label.
    const batch = bodies.find((b) => b.includes('"items"'))!;
    expect(JSON.parse(batch).items[0]).toStrictEqual({
      birthDate: "1990-09-09",
      cardExpiry: "2027-01-15",
      periodOfStayEndsOn: "2027-01-15",
      today: "2026-12-02",
    });
    expect(bodies.some((b) => b.includes("Nguyen") || b.includes("青木"))).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("the CSV keeps the column and both readings; read back, it gives the same row", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-export-csv]")]);
    const csv = await readFile((await download.path())!, "utf8");
    const [header, ...lines] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const line = lines.find((l) => l[0] === "116 Nguyen Van An")!;
    const cell = (name: string) => line[header!.indexOf(name)];
    expect(cell("在留期間満了日")).toBe("令和9年1月15日");
    expect(cell("日付")).toBe("2026-12-28");
    expect(cell("確かめること")).toContain("2026-12-28までに窓口で再発行");
    expect(cell("確かめること：もう一方の場合の電子証明書の有効期限")).toBe("2026-09-09");
    expect(cell("結果：電子証明書の有効期限")).toBe("2027-01-15");

    await open("/list/");
    await importCsv(page, "export.csv", Buffer.from(csv, "utf8"));
    await page.click("[data-import-add]");
    expect(await page.inputValue("#row-0-periodOfStayEndsOn")).toBe("令和9年1月15日");
    await page.click("details.more summary");
    await page.fill("#today", "2026-12-02");
    await computeList(page);
    expect(await page.locator("[data-month-list]").innerText()).toContain("2026年12月28日までに窓口で再発行");
  });

  it("the .ics has the check on the day checked and the 12-28 before the card's own events", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-export-ics]")]);
    const ics = await readFile((await download.path())!, "utf8");
    const events = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v))
      .filter((e) => e.summary.startsWith("116 Nguyen Van An"))
      .map((e) => ({ date: e.startDate.toString(), summary: e.summary, description: e.description }));
    expect(events.map((e) => e.date).slice(0, 3)).toStrictEqual(["2026-12-02", "2026-12-28", "2027-01-08"]);
    expect(events[0]!.summary).toBe("116 Nguyen Van An：電子証明書の有効期限を確かめる");
    expect(events[0]!.description).toContain("2026年12月28日までに窓口で再発行");
    expect(events[1]!.summary).toContain("再発行できる最後の日");
  });
});

describe.each([
  ["/list/", "「在留カードの有効期限」の列は読んでいません。", "在留期間の満了日"],
  ["/en/list/", "column is not read", "Period of stay ends"],
  ["/easy/list/", "「在留カードの有効期限」の 列(れつ)は 読(よ)んで いません。", "在留期間の 最後の 日"],
])("%s", (path, says, option) => {
  it("says a column about the stay is not read, and how to read it as the stay's end", async () => {
    await open(path);
    const file = [
      "氏名,生年月日,カードの有効期限,在留カードの有効期限",
      "116 Nguyen Van An,1990/9/9,2027/1/15,2027/1/15",
    ];
    await importCsv(page, "stay.csv", csvBytes(file, "utf-8-bom"));
    const note = (await page.textContent("[data-import-stay]"))!;
    expect(note).toContain(says);
    const select = page.locator('[data-import-column="3"]');
    expect(await select.locator('option[value="periodOfStayEndsOn"]').innerText()).toBe(option);
    await select.selectOption("periodOfStayEndsOn");
    await expect(page.locator("[data-import-stay]").count()).resolves.toBe(0); // read now: nothing to say
  });
});
