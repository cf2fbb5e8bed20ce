// Reflow (WCAG 1.4.10): at 320 CSS pixels no page scrolls sideways; wide tables scroll inside
// their own focusable region instead.

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { LANGS } from "#shared/lang/index.ts";
import { hasPage, pathFor } from "../../site/src/i18n/site.ts";
import { resultStage } from "./support/checker.ts";
import { launchChromium } from "./support/chromium.ts";
import { PAGES } from "./support/site.ts";

let browser: Browser;
let page: Page;
const baseURL = inject("baseURL");

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 320, height: 640 } });
});
afterAll(async () => browser?.close());

const scrollWidth = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth);

it.each(PAGES)("%s fits 320px", async (path) => {
  await page.goto(`${baseURL}${path}`, { waitUntil: "networkidle" });
  expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
});

// A long date in a sentence ("sexta-feira, 11 de dezembro de 2026") breaks after its weekday
// instead of running past the screen's edge, in every language of the checker.
it.each(LANGS.filter((lang) => hasPage(lang, "check")).map((lang) => pathFor(lang, "check")))(
  "the dates of a checker result fit 320px on %s",
  async (path) => {
    await page.goto(
      `${baseURL}${path}#birthDate=1985-11-14&cardExpiry=2027-03-10&periodOfStayEndsOn=2027-03-10&today=2026-09-01`,
    );
    await resultStage(page);
    const widest = await page.evaluate(() =>
      Math.max(...[...document.querySelectorAll(".result-date")].map((d) => d.getBoundingClientRect().right)),
    );
    expect(widest).toBeLessThanOrEqual(320);
  },
);

it("a checker result with caveats fits 320px", async () => {
  await page.goto(`${baseURL}/en/check/#birthDate=1980-07-01&cardExpiry=2027-07-01&today=2026-10-03`);
  await resultStage(page);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
});
