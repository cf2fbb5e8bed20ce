// Item 2 (review7, old6 12): at 1280 px the editor was 1,094 px wide in a 1,056 px column, so
// 「削除」 was cut to 「削」 and the fields cut their dates. Now it is a card per person below
// 88rem and a table above, on the care home's forty residents: nothing outside the editor's
// column, no page scrolling sideways, and at 1280 px no field cuts what it holds; nor is the
// results table wider than its column.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { usePage } from "./support/chromium.ts";
import { CARE_HOME, CARE_HOME_DAY, computeList, csvBytes, importCsv } from "./support/list.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

/** What sticks out of the editor, and the fields whose text does not fit. */
const measure = (p: Page) =>
  p.evaluate(() => {
    const wrap = document.querySelector("[data-rows]")!.closest(".table-wrap")!;
    const right = wrap.getBoundingClientRect().right + 0.5;
    const controls = [...wrap.querySelectorAll("input, button")];
    return {
      outside: controls.filter((c) => c.getBoundingClientRect().right > right).length,
      sideways: wrap.scrollWidth - wrap.clientWidth,
      page: document.documentElement.scrollWidth - window.innerWidth,
      cut: [...wrap.querySelectorAll("input")].filter((i) => i.scrollWidth > i.clientWidth).map((i) => i.value),
      fields: wrap.querySelectorAll("input").length,
    };
  });

describe.each([
  ["/list/", 1280, true],
  ["/en/list/", 1280, true],
  ["/easy/list/", 1280, true],
  ["/list/", 1440, true],
  ["/list/", 390, false],
])("%s at %i px", (path, width, whole) => {
  it("keeps the editor and its buttons inside the column", async () => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${baseURL}${path}`);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${baseURL}${path}`);
    await page.locator("[data-app]:not([hidden])").waitFor();
    await importCsv(page, "residents.csv", csvBytes(CARE_HOME, "cp932"));
    await page.click("[data-import-add]");
    const m = await measure(page);
    expect(m.fields).toBeGreaterThan(200); // 37 people, 6 fields each
    expect(m).toMatchObject({ outside: 0, sideways: 0, page: 0 });
    // On a phone a date in full-width 和暦 may scroll in its field (its reading is below it).
    if (whole) expect(m.cut).toStrictEqual([]);
    // The results too (coordinator 21:47: 1,155 px in 1,056 at 1280 px; a reading's label wraps).
    await page.click("details.more summary");
    await page.fill("#today", CARE_HOME_DAY);
    await computeList(page);
    const results = await page.evaluate(() => {
      const wrap = document.querySelector(".results-table")!.parentElement!;
      return wrap.scrollWidth - wrap.clientWidth;
    });
    expect(results).toBe(0);
  });
});
