// Phones (issue 10): at 320 and 390 px the header is a menu button (a <details>, so it works
// without JavaScript), every page says it is unofficial right under the header, and the stages
// table becomes a stacked list whose dates do not break inside themselves.

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./support/chromium.ts";
import { PAGES } from "./support/site.ts";

let browser: Browser;
const baseURL = inject("baseURL");
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function phone(width: number, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 640 }, javaScriptEnabled });
  return context.newPage();
}

it.each(PAGES)("%s says 非公式 right under the header", async (path) => {
  const page = await phone(1280);
  await page.goto(`${baseURL}${path}`);
  const line = page.locator("header .unofficial");
  await expect(line.isVisible()).resolves.toBe(true);
  expect(await line.textContent()).toMatch(/非公式|unofficial|ありません/);
  await page.context().close();
});

describe.each([320, 390])("%i px wide", (width) => {
  it.each([true, false])("the navigation sits behind a menu button (JavaScript %s)", async (js) => {
    const page = await phone(width, js);
    await page.goto(`${baseURL}/`);
    await expect(page.locator(".site-nav").isVisible()).resolves.toBe(false);
    // Name, language switch and menu button (the 非公式 line below them is not navigation).
    const top = (await page.locator("header").boundingBox())!.y;
    const menu = (await page.locator(".site-menu").boundingBox())!;
    expect((menu.y + menu.height - top) / 640).toBeLessThan(0.34); // the header took 46 % before
    await page.locator(".site-menu > summary").click();
    await expect(page.locator(".site-menu-nav a").first().isVisible()).resolves.toBe(true);
    expect(await page.locator(".site-menu-nav a").count()).toBeGreaterThanOrEqual(4);
    await page.context().close();
  });

  it("the stages table is a stacked list, each date on one line", async () => {
    const page = await phone(width);
    await page.goto(`${baseURL}/stages/`);
    const rows = page.locator(".table-scroll tbody tr");
    const first = await rows.nth(0).boundingBox();
    const second = await rows.nth(1).boundingBox();
    expect(second!.y).toBeGreaterThan(first!.y + first!.height - 1); // stacked, not side by side
    const dayHeights = await page
      .locator(".table-scroll .day")
      .evaluateAll((days) => days.map((d) => d.getBoundingClientRect().height));
    const lineHeight = await page
      .locator(".table-scroll .day")
      .first()
      .evaluate((d) => parseFloat(getComputedStyle(d).lineHeight));
    for (const height of dayHeights) expect(height).toBeLessThanOrEqual(lineHeight * 1.5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.context().close();
  });
});

it("at 1280 px the navigation is the usual row of links, no menu button", async () => {
  const page = await phone(1280);
  await page.goto(`${baseURL}/`);
  await expect(page.locator(".site-nav").isVisible()).resolves.toBe(true);
  await expect(page.locator(".site-menu").isVisible()).resolves.toBe(false);
  await page.context().close();
});
