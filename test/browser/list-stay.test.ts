// Review7 finding 3: a period-of-stay column in the file is not read by the list; the preview
// says so and what to enter instead (R-INFER-6), in every list language.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { usePage } from "./support/chromium.ts";
import { csvBytes, importCsv } from "./support/list.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

const FILE = ["氏名,生年月日,カードの有効期限,在留期間満了日", "116 Nguyen Van An,1990/9/9,2027/1/15,2027/1/15"];

describe.each([
  ["/list/", "「在留期間満了日」の列は読みません。"],
  ["/en/list/", "column is not read"],
  ["/easy/list/", "「在留期間満了日」の 列(れつ)は 読(よ)みません。"],
])("%s", (path, says) => {
  it("says the period-of-stay column is not read, and to enter the certificate expiry", async () => {
    await page.goto(`${baseURL}${path}`);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${baseURL}${path}`);
    await page.locator("[data-app]:not([hidden])").waitFor();
    await importCsv(page, "stay.csv", csvBytes(FILE, "utf-8-bom"));
    const note = (await page.textContent("[data-import-stay]"))!;
    expect(note).toContain(says);
    expect(note).toContain("在留期間満了日");
    await page.selectOption('[data-import-column="3"]', "label");
    await expect(page.locator("[data-import-stay]").count()).resolves.toBe(0); // read now: nothing to say
  });
});
