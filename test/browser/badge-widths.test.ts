// The badge (worker/badge/svg.ts) sizes its boxes from an estimate of its texts' widths, since
// an SVG image cannot measure its fonts. Here Chromium draws every badge, in every language and
// stage, with the badge's own font stack, and measures each text: the estimate is never less
// (no clipped words) and at most half as much again plus 2 px (no box of empty padding, which
// Nepali had: its Devanagari was counted as Latin, 1.8 times its drawn width).
// The widths are those of the fonts this machine has (Noto, from Debian); a script with no font
// installed would be measured as empty boxes, so its languages are skipped, saying so.
import { execFileSync } from "node:child_process";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { LANGS, type Lang } from "#shared/lang/index.ts";
import { textWidth } from "../../worker/badge/svg.ts";
import { usePage } from "./support/chromium.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

// A day in each stage for a certificate expiring 2026-03-15 (test/api/badge.test.ts).
const DAYS = { valid: "2025-12-01", renewal: "2026-01-10", grace: "2026-04-01", lapsed: "2026-07-01" };

/** The fontconfig language that needs its own font, for the languages that need one. */
const FONT_LANG: Partial<Record<Lang, string>> = { ja: "ja", "ja-easy": "ja", "zh-Hans": "zh-cn", ko: "ko", ne: "ne" };
const hasFont = (lang: Lang): boolean => {
  const needed = FONT_LANG[lang];
  if (!needed) return true;
  try {
    return execFileSync("fc-list", [`:lang=${needed}`, "family"], { encoding: "utf8" }).trim() !== "";
  } catch {
    return false;
  }
};

describe.each(LANGS.map((lang) => [lang, hasFont(lang)] as const))("%s", (lang, fontInstalled) => {
  it.skipIf(!fontInstalled).each(Object.entries(DAYS))("%s: every text fits its box, snugly", async (stage, today) => {
    const svg = await (
      await fetch(`${baseURL}/api/v1/badge.svg?certificateExpiry=2026-03-15&today=${today}&lang=${lang}`)
    ).text();
    expect(svg).toContain(`data-stage="${stage}"`);
    if (page.url() === "about:blank") await page.goto(`${baseURL}/`);
    const texts = await page.evaluate((markup) => {
      const host = document.createElement("div");
      host.innerHTML = markup;
      document.body.replaceChildren(host);
      return [...host.querySelectorAll("text")].map((t) => ({
        text: t.textContent ?? "",
        drawn: (t as SVGTextElement).getComputedTextLength(),
      }));
    }, svg);
    expect(texts).toHaveLength(2);
    for (const { text, drawn } of texts) {
      const estimate = textWidth(text);
      expect(estimate, `${text}: drawn ${drawn.toFixed(1)} px`).toBeGreaterThanOrEqual(drawn - 0.1); // 1em is drawn 12.0078 px wide
      expect(estimate, `${text}: drawn ${drawn.toFixed(1)} px`).toBeLessThanOrEqual(drawn * 1.5 + 2);
    }
  });
});
