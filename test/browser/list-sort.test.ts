// Item 5: the results sorted by label (rooms and names, numbers as numbers) besides what needs
// doing first, by keyboard, the order said to screen readers (aria-sort, the caption), in every
// list language; back to the urgency order unchanged.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { usePage } from "./support/chromium.ts";
import { CARE_HOME, careHome } from "./support/list.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

const labels = () => page.$$eval("[data-results-body] th", (ths) => ths.map((th) => th.textContent!.trim()));
const sorts = () =>
  page.$$eval("[data-sort-column]", (ths) =>
    ths.map((th) => [th.getAttribute("data-sort-column"), th.getAttribute("aria-sort")]),
  );

describe.each(["/list/", "/en/list/", "/easy/list/"])("%s", (path) => {
  it("sorts by label and back, by keyboard, with aria-sort and the caption saying which", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await careHome(page, baseURL, path);
    const urgent = await labels();
    const caption = await page.textContent("[data-results-caption]");
    expect(await sorts()).toStrictEqual([
      ["label", "none"],
      ["action", "other"],
    ]);
    await page.focus("#sort-action");
    await page.keyboard.press("ArrowRight"); // a radio group: the arrow moves and chooses
    await expect(page.isChecked("#sort-label")).resolves.toBe(true);
    const byLabel = await labels();
    // The file's rooms, 101 to 409, each once (203 without dates included; the repeated 101 not).
    const rooms = [...new Set(CARE_HOME.slice(1).map((line) => line.split(",").slice(0, 2).join(" ")))]
      .filter((l) => !["208 内藤 博", "303 平野 実"].includes(l)) // refused: 「不明」, 昭和15年2月30日
      .sort();
    expect(byLabel).toStrictEqual(rooms);
    expect(await sorts()).toStrictEqual([
      ["label", "ascending"],
      ["action", "none"],
    ]);
    expect(await page.textContent("[data-results-caption]")).not.toBe(caption);
    await page.keyboard.press("ArrowLeft");
    expect(await labels()).toStrictEqual(urgent);
    expect(await page.textContent("[data-results-caption]")).toBe(caption);
  });
});

it("orders numbers as numbers: room 9 before room 10", async () => {
  await page.goto(`${baseURL}/list/`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${baseURL}/list/`);
  await page.locator("[data-app]:not([hidden])").waitFor();
  await page.fill("#row-0-label", "10号室");
  await page.fill("#row-0-certificateExpiry", "2027-01-20");
  await page.click("[data-add-row]");
  await page.fill("#row-1-label", "9号室");
  await page.fill("#row-1-certificateExpiry", "2030-01-20");
  await page.click("[data-submit]");
  await page.locator("[data-results]:not([hidden])").waitFor();
  await page.check("#sort-label");
  expect(await labels()).toStrictEqual(["9号室", "10号室"]);
});
