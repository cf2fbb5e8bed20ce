// A resident named with no date at all (a lost card, none yet: review finding 3) stays in the
// list: the import adds the line and says why it will not be checked, the results show the row
// as not checked with the 資格確認書 (R-INS-5), in every list language, and the CSV keeps it.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { usePage } from "./support/chromium.ts";
import { CARE_HOME, CARE_HOME_DAY, computeList, csvBytes, importCsv } from "./support/list.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

const LOST = "203 杉山 ミツ"; // CARE_HOME's line 14: 「カード紛失」, no date
const SAYS = {
  "/list/": ["日付がないので、リストには入れますが、調べません。", "カードがない人は、資格確認書で受診できます。"],
  "/en/list/": ["No card dates: added to the list, but not checked.", "eligibility certificate (資格確認書)"],
  "/easy/list/": [
    "リストに 入(い)れますが、調(しら)べません。",
    "「資格確認書(しかくかくにんしょ)」で 病院(びょういん)に かかれます。",
  ],
} as const;

describe.each(Object.keys(SAYS) as (keyof typeof SAYS)[])("%s", (path) => {
  it("adds a name without dates, shows it as not checked with the 資格確認書, and exports it", async () => {
    await page.goto(`${baseURL}${path}`);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${baseURL}${path}`);
    await page.locator("[data-app]:not([hidden])").waitFor();
    await importCsv(page, "residents.csv", csvBytes(CARE_HOME, "cp932"));
    const [added, noCard] = SAYS[path];
    const note = await page.textContent("[data-import-notes] li[data-no-dates]");
    expect(note).toContain(LOST);
    expect(note).toContain(added);
    expect(note).toContain(noCard);
    expect(await page.$$eval("[data-import-failed] li", (lis) => lis.map((li) => li.dataset.line))).not.toContain("14");
    await page.click("[data-import-add]");
    await page.click("details.more summary");
    await page.fill("#today", CARE_HOME_DAY);
    const sent: string[] = [];
    page.on("request", (r) => sent.push(r.postData() ?? ""));
    await computeList(page);
    expect(await page.isVisible("[data-error-summary]")).toBe(false);
    const row = page.locator("[data-results-body] tr", { hasText: LOST });
    await expect(row.count()).resolves.toBe(1);
    expect(await row.getAttribute("data-filter")).toBe("problem");
    const cell = (await row.locator("td.not-checked").textContent())!;
    expect(cell).toContain(noCard);
    expect(sent.join("")).not.toContain("杉山");
    const download = page.waitForEvent("download");
    await page.click("[data-export-csv]");
    const csv = readFileSync((await (await download).path())!, "utf8");
    expect(csv.split("\r\n").find((line) => line.startsWith(LOST))).toMatch(/資格確認書/);
  });
});

describe("/list/: the lines the import cannot read (review7 finding 7, review8 #2)", () => {
  it("adds them too when asked, in the file's order, and computes everyone else around them", async () => {
    await page.goto(`${baseURL}/list/`);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${baseURL}/list/`);
    await page.locator("[data-app]:not([hidden])").waitFor();
    await importCsv(page, "residents.csv", csvBytes(CARE_HOME, "cp932"));
    await page.click("[data-import-add-all]");
    await expect(page.textContent("[data-import-status]")).resolves.toContain("読めなかった2行をリストに入れました");
    const labels = await page.$$eval("[data-editor] input[id$='-label']", (inputs) =>
      inputs.map((i) => (i as HTMLInputElement).value),
    );
    expect(labels).toHaveLength(39); // 40 lines less the repeated 101
    // Where the file has them (its line less the header), not moved to the end.
    const line = (label: string) => CARE_HOME.findIndex((l) => l.startsWith(label.replace(" ", ",")));
    for (const label of ["208 内藤 博", "303 平野 実"]) expect(labels.indexOf(label)).toBe(line(label) - 1);
    await page.click("details.more summary");
    await page.fill("#today", CARE_HOME_DAY);
    await computeList(page);
    expect(await page.isVisible("[data-error-summary]")).toBe(false);
    await expect(page.locator("[data-results-body] tr").count()).resolves.toBe(39);
    const problems = await page.$$eval('[data-results-body] tr[data-filter="problem"]', (trs) =>
      trs.map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, " ")),
    );
    expect(problems).toStrictEqual([
      expect.stringMatching(/^203 杉山 ミツ カードの日付がないので、調べていません。/),
      expect.stringMatching(
        /^208 内藤 博 計算できませんでした：カードの有効期限が日付として読めません。表で日付を直して/,
      ),
      expect.stringMatching(/^303 平野 実 計算できませんでした：生年月日がカレンダーにない日付です。/),
    ]);
    // Each date to fix is marked under its field, and went nowhere.
    const row303 = labels.indexOf("303 平野 実");
    await expect(page.getAttribute(`#row-${row303}-birthDate`, "aria-invalid")).resolves.toBe("true");
    await expect(page.textContent(`#row-${row303}-birthDate-error`)).resolves.toContain("カレンダーにない日付");
  });
});

describe("/list/ by hand", () => {
  it("computes a list with a name and no date beside a dated one; alone, the name is what to fix", async () => {
    await page.goto(`${baseURL}/list/`);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${baseURL}/list/`);
    await page.locator("[data-app]:not([hidden])").waitFor();
    await page.fill("#row-0-label", "カードなし");
    await page.click("[data-submit]");
    await page.locator("[data-error-summary]:not([hidden])").waitFor();
    expect(await page.textContent("[data-error-summary] li")).toContain("1行目（カードなし）：日付がありません。");
    await page.click("[data-add-row]");
    await page.fill("#row-1-label", "山田");
    await page.fill("#row-1-certificateExpiry", "2027-01-20");
    await computeList(page);
    expect(await page.isVisible("[data-error-summary]")).toBe(false);
    expect(await page.$$eval("[data-results-body] th", (ths) => ths.map((th) => th.textContent))).toStrictEqual([
      "カードなし",
      "山田",
    ]);
  });
});
