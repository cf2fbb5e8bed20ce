// The list's results on a phone (390 px), on a care home's 40 residents (support/list.ts): every
// row's words are on screen, none cut off at the card's edge (review finding 7: the expired
// card's "apply now, until the grace end" is sentences, where a date alone kept to one line).
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { usePage } from "./support/chromium.ts";
import { careHome } from "./support/list.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

describe.each(["/list/", "/en/list/", "/easy/list/"])("%s at 390 px", (path) => {
  it("cuts no row's words off, the new card's sentences included (R-INFER-5)", async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    await careHome(page, baseURL, path);
    const seen = await page.evaluate(() => {
      const cut: string[] = [];
      for (const tr of document.querySelectorAll<HTMLElement>("[data-results-body] tr")) {
        const card = tr.getBoundingClientRect();
        for (const span of tr.querySelectorAll<HTMLElement>("td span, th")) {
          if (span.offsetParent === null) continue;
          const range = document.createRange();
          range.selectNodeContents(span);
          const right = Math.max(...[...range.getClientRects()].map((r) => r.right));
          if (right > card.right + 1) cut.push(`${tr.dataset.index}: ${span.textContent}`);
        }
      }
      const apply = document.querySelectorAll("[data-results-body] [data-relation='apply']").length;
      return { cut, apply, scrollWidth: document.documentElement.scrollWidth };
    });
    expect(seen.apply).toBe(2); // 105 and 210, cards expired in November
    expect(seen.cut).toStrictEqual([]);
    expect(seen.scrollWidth).toBeLessThanOrEqual(390);
  });
});
