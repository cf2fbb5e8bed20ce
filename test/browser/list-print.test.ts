// Regression tests for two fixes of the last session that only a screenshot had checked (review
// P1-F, P1-G), on a care home's 40 residents: the print view of /list/ on A4 (each bullet of
// 「今すること」 in its own column, one line a person in the table, no controls), and on
// /easy/list/ at 390 px no word with ふりがな split across two lines (global.css: ruby nowrap).
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { usePage } from "./support/chromium.ts";
import { careHome as careHomeAt } from "./support/list.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

const careHome = (path: string) => careHomeAt(page, baseURL, path);

describe("the print view on A4 (review P1-F, B11)", () => {
  it("puts each bullet of 「今すること」 in its own column, one line a person, no controls", async () => {
    // A4 landscape at 96 dpi (list.css: @page size), as Chromium lays out the print.
    await page.setViewportSize({ width: 1122, height: 794 });
    await careHome("/list/");
    await page.emulateMedia({ media: "print" });
    const items = await page.evaluate(() => {
      const ul = document.querySelector<HTMLElement>("[data-month-list]")!;
      const style = getComputedStyle(ul);
      const px = (value: string) => Number.parseFloat(value) || 0;
      const box = ul.getBoundingClientRect();
      const start = box.left + px(style.borderLeftWidth) + px(style.paddingLeft);
      const width = box.right - px(style.borderRightWidth) - px(style.paddingRight) - start;
      const count = Number(style.columnCount) || 1;
      // "normal" is 1em in a multi-column box.
      const gap = style.columnGap === "normal" ? px(style.fontSize) : px(style.columnGap);
      const column = (width - gap * (count - 1)) / count;
      return [...ul.querySelectorAll("li")].map((li) => {
        const r = li.getBoundingClientRect();
        const k = Math.floor((r.left - start + 1) / (column + gap));
        const em = px(getComputedStyle(li).fontSize);
        // The room left of the item inside its own column: an outside bullet is drawn there.
        return { column: k, room: (r.left - (start + k * (column + gap))) / em, right: r.right, top: r.top };
      });
    });
    expect(items.length).toBeGreaterThan(8);
    const columns = new Set(items.map((i) => i.column));
    expect(columns).toStrictEqual(new Set([0, 1]));
    // Each item carries its own indent, at least 1em for its bullet, in the right column too: the
    // ul's single indent put the right column's bullets on the left column's text.
    for (const item of items) expect(item.room).toBeGreaterThanOrEqual(1);

    const seen = await page.evaluate(() => {
      const visible = (e: Element) => (e as HTMLElement).offsetParent !== null;
      const rows = [...document.querySelectorAll<HTMLElement>("[data-results-body] tr")];
      // Lines a cell's text takes: the vertical middles of its text nodes' boxes, those within
      // half a line of each other counted as one line (a stage tag's icon sits higher).
      const lines = (cell: Element) => {
        const half = Number.parseFloat(getComputedStyle(cell).lineHeight) / 2 || 6;
        const middles: number[] = [];
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent!.trim()) continue;
          range.selectNodeContents(node);
          for (const r of range.getClientRects()) if (r.width > 0) middles.push((r.top + r.bottom) / 2);
        }
        middles.sort((x, y) => x - y);
        return middles.filter((m, i) => i === 0 || m - middles[i - 1]! > half).length;
      };
      // Rows with one reading, and rows in doubt (two readings: item 4).
      const plain = rows.filter((tr) => !tr.querySelector(".reading"));
      const doubt = rows.filter((tr) => tr.querySelector(".reading-dates"));
      return {
        controls: [...document.querySelectorAll("button, input, select, textarea, summary, a.details")].filter(visible)
          .length,
        details: [...document.querySelectorAll(".results-table .details")].filter(visible).length,
        rows: rows.length,
        plain: plain.length,
        multiLine: plain
          .flatMap((tr) =>
            [...tr.querySelectorAll("th, td:not(.action)")].map((cell) => [tr.dataset.index, lines(cell)]),
          )
          .filter(([, n]) => (n as number) > 1),
        labelsUnderLabels: [...document.querySelectorAll(".results-table .cell-label")].filter(visible).length,
        doubt: doubt.length,
        doubtLines: Math.max(
          ...doubt.flatMap((tr) => [...tr.querySelectorAll("th, td:not(.action)")].map((cell) => lines(cell))),
        ),
      };
    });
    expect(seen.controls).toBe(0);
    expect(seen.details).toBe(0); // the column of links is the screen's
    expect(seen.labelsUnderLabels).toBe(0); // the phone's card labels stay off paper
    expect(seen.rows).toBe(37); // 40 lines less 2 refused and 1 repeated; 203 (no card) not checked
    // One line a person: the name, stage and date cells (次にすること may wrap, B11).
    expect(seen.plain).toBeGreaterThan(20);
    expect(seen.multiLine).toStrictEqual([]);
    // Item 4: a row in doubt in two lines, one a reading (it took four: each label over its
    // tag or date); 次にすること may wrap, as above.
    expect(seen.doubt).toBeGreaterThan(10);
    expect(seen.doubtLines).toBeLessThanOrEqual(2);
  });
});

describe("やさしい日本語 at 390 px (review P1-G)", () => {
  it("splits no word with ふりがな across two lines, and does not scroll sideways", async () => {
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 390, height: 800 });
    await careHome("/easy/list/");
    const seen = await page.evaluate(() => {
      const split: string[] = [];
      let words = 0;
      for (const ruby of document.querySelectorAll("main ruby")) {
        if ((ruby as HTMLElement).offsetParent === null) continue;
        // The base text only (not the rt above it): one line box, or the word is split.
        const range = document.createRange();
        for (const node of ruby.childNodes) {
          if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) continue;
          words += 1;
          range.selectNodeContents(node);
          const bottoms = new Set([...range.getClientRects()].map((r) => Math.round(r.bottom)));
          if (bottoms.size > 1) split.push(ruby.textContent!);
        }
      }
      return { words, split, scrollWidth: document.documentElement.scrollWidth };
    });
    expect(seen.words).toBeGreaterThan(500);
    expect(seen.split).toStrictEqual([]);
    expect(seen.scrollWidth).toBeLessThanOrEqual(390);
  });
});
