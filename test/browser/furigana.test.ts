// Furigana at least 12 px everywhere (issue 10, issue 12): every ruby reading on every built
// page at 390 and 1280 px, the やさしい日本語 checker's answer headline, and the easy list page's
// row and import buttons, which carry their ふりがな too: their accessible names are the words
// and the row without the readings, no aria-label, and axe finds nothing (scripts/dom.ts richLabel).
// Also the easy list's results where a renewal is in doubt (R-INFER-3: the other reading in words).
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { accessibleName } from "./support/ax-name.ts";
import { axeViolations } from "./support/axe.ts";
import { resultStage } from "./support/checker.ts";
import { usePage } from "./support/chromium.ts";
import { computeList, csvBytes, importCsv, residents } from "./support/list.ts";
import { builtPages, EXPIRY } from "./support/site.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

/** The rendered size of every visible ruby reading inside `scope`, with the text it reads. */
const readings = (p: Page, scope = "body") =>
  p
    .locator(scope)
    .evaluateAll((roots) =>
      roots.flatMap((root) =>
        [...root.querySelectorAll("rt")]
          .filter((rt) => (rt as HTMLElement).getClientRects().length > 0)
          .map((rt) => ({ text: rt.textContent ?? "", px: Number.parseFloat(getComputedStyle(rt).fontSize) })),
      ),
    );

const tooSmall = (list: { text: string; px: number }[]) => list.filter((r) => r.px < 12);

describe.each([390, 1280])("at %ipx wide", (width) => {
  it.each(builtPages())("%s: every reading is 12 px or more", async (path) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${baseURL}${path}`);
    expect(tooSmall(await readings(page))).toEqual([]);
  });

  it("the easy checker's answer: the headline's readings too", async () => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${baseURL}/easy/check/#certificateExpiry=${EXPIRY}&today=2025-04-01`);
    expect(await resultStage(page)).toBe("grace");
    const headline = await readings(page, "#result-heading");
    expect(headline.length).toBeGreaterThan(0);
    expect(tooSmall(headline)).toEqual([]);
    expect(tooSmall(await readings(page))).toEqual([]);
  });

  it("the easy list: row and import buttons show ふりがな, 12 px or more", async () => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${baseURL}/easy/list/`);
    await page.click("[data-add-row]");
    const rowButtons = await readings(page, ".row-button");
    expect(rowButtons.map((r) => r.text)).toEqual(expect.arrayContaining(["うえ", "した", "け"]));
    expect(tooSmall(rowButtons)).toEqual([]);
    expect(tooSmall(await readings(page, "button"))).toEqual([]);
    await importCsv(page, "residents.csv", csvBytes(residents(2), "utf-8-bom"));
    const importButtons = await readings(page, "[data-import-add], [data-import-cancel]");
    expect(importButtons.length).toBeGreaterThan(0);
    expect(tooSmall(importButtons)).toEqual([]);
  });

  it("the easy list's results: a row to check (R-INFER-3), its other reading and the notes", async () => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${baseURL}/easy/list/`);
    await page.locator("[data-app]:not([hidden])").waitFor();
    await page.fill("#row-0-birthDate", "昭和30年4月1日");
    await page.fill("#row-0-cardExpiry", "2031/4/1");
    await page.click("details.more summary");
    await page.fill("#today", "2026-12-02");
    await computeList(page);
    const row = await readings(page, '[data-results-body] tr[data-filter="checkRenewal"]');
    expect(row.length).toBeGreaterThan(0);
    expect(tooSmall(row)).toEqual([]);
    expect(tooSmall(await readings(page, "[data-results]"))).toEqual([]);
  });
});
describe("the easy list's buttons: names are the words, not the readings (WCAG 2.5.3, 4.1.2)", () => {
  it("row buttons are named 「上へ（1行目）」…, from their content, and axe finds nothing", async () => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(`${baseURL}/easy/list/`);
    await page.click("[data-add-row]");
    const names: string[] = [];
    for (const row of [1, 2])
      for (const control of ["up", "down", "remove"])
        names.push(await accessibleName(page, `tr:nth-child(${row}) .row-button[data-control=${control}]`));
    // Chromium puts a space before the visually hidden row; a screen reader says none.
    expect(names.map((n) => n.replaceAll(" ", ""))).toStrictEqual([
      "上へ（1行目）",
      "下へ（1行目）",
      "消す（1行目）",
      "上へ（2行目）",
      "下へ（2行目）",
      "消す（2行目）",
    ]);
    // Named by their content: an aria-label would have to hold the readings to pass
    // label-content-name-mismatch, and a screen reader would then read 「上うえへ」.
    expect(await page.locator(".row-button[aria-label]").count()).toBe(0);
    expect(await page.locator(".row-button rt:not([aria-hidden=true])").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await importCsv(page, "residents.csv", csvBytes(residents(2), "utf-8-bom"));
    expect(await accessibleName(page, "[data-import-add]")).toBe("読んだ 行を リストに 入れる");
    expect(await accessibleName(page, "[data-import-cancel]")).toBe("やめる");
    expect(await axeViolations(page)).toEqual([]);
  });
});
