// Where the header's 「非公式」 line breaks on phones (320–414 px), as the headings do
// (global.css: word-break: auto-phrase, text-wrap: balance). やさしい日本語 is written with a
// space between phrases (分かち書き), so its lines may only break at a space or after 、。:
// never 「ありませ / ん。」 as it did at 390 px. The standard Japanese line keeps its words
// (デジタル庁, 厚生労働省, 市区町村, ありません。) whole and leaves no line of one or two characters.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { usePage } from "./support/chromium.ts";
import { builtPages } from "./support/site.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

const PHONES = [320, 360, 375, 390, 414];

/**
 * The text of each rendered line of `selector`, readings (rt, rp) left out: a character that
 * starts left of the one before it starts a new line.
 */
const renderedLines = (p: Page, selector: string): Promise<string[]> =>
  p.locator(selector).evaluate((root) => {
    const lines: string[] = [];
    let previousLeft = Number.POSITIVE_INFINITY;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest("rt, rp") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        if (rect.left < previousLeft) lines.push("");
        lines[lines.length - 1] += node.data[i];
        previousLeft = rect.left;
      }
    }
    return lines;
  });

const EASY = builtPages().filter((path) => path.startsWith("/easy/"));

describe.each(PHONES)("at %ipx wide", (width) => {
  it("finds the easy pages", () => expect(EASY.length).toBeGreaterThanOrEqual(5));

  it.each(EASY)("%s: the 「非公式」 line breaks only between phrases", async (path) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${baseURL}${path}`);
    const lines = await renderedLines(page, ".unofficial");
    expect(lines.join("")).toContain("ありません。");
    for (const line of lines.slice(0, -1)) expect(line, JSON.stringify(lines)).toMatch(/[\s、。]$/);
  });

  it("/: the 「非公式」 line keeps its words whole and has no line of one or two characters", async () => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${baseURL}/`);
    const lines = await renderedLines(page, ".unofficial");
    for (const word of ["デジタル庁", "厚生労働省", "市区町村", "ありません。"])
      expect(
        lines.some((line) => line.includes(word)),
        `${word} in ${JSON.stringify(lines)}`,
      ).toBe(true);
    for (const line of lines) expect(line.trim().length, JSON.stringify(lines)).toBeGreaterThan(2);
  });
});
