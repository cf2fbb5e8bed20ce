// Every page reads completely with JavaScript turned off: the content is static HTML, and the
// checker's form posts to the Worker, which answers with the page (checker-no-js.test.ts).

import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchChromium } from "./support/chromium.ts";
import { PAGES } from "./support/site.ts";

let browser: Browser;
let context: BrowserContext;
let page: Page;
const baseURL = inject("baseURL");

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ javaScriptEnabled: false });
  page = await context.newPage();
});
afterAll(async () => browser?.close());

it.each(PAGES)("%s has its heading, text and navigation", async (path) => {
  const response = await page.goto(`${baseURL}${path}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator("h1").isVisible()).resolves.toBe(true);
  const text = (await page.locator("main").innerText()).replace(/\s+/g, "");
  expect(text.length).toBeGreaterThan(150);
  expect(await page.locator("header nav a").count()).toBeGreaterThan(1);
  expect(await page.locator("footer a").count()).toBeGreaterThanOrEqual(3);
});

it.each(["/check/", "/en/check/", "/easy/check/"])(
  "%s shows its form, which posts to the page itself",
  async (path) => {
    await page.goto(`${baseURL}${path}`);
    await expect(page.locator("form[data-form]").isVisible()).resolves.toBe(true);
    await expect(page.locator("form[data-form]").getAttribute("method")).resolves.toBe("post");
    await expect(page.locator("form[data-form]").getAttribute("action")).resolves.toBe(path);
  },
);

it("/stages/ shows all four stages and their reader screens without the slider", async () => {
  await page.goto(`${baseURL}/stages/`);
  expect(await page.locator("[data-stage-section]").count()).toBe(4);
  expect(await page.locator("[data-stage-section] .reader").count()).toBe(4);
  await expect(page.locator("[data-stages-slider]").isVisible()).resolves.toBe(false);
  const text = await page.locator("main").innerText();
  for (const quote of [
    "証明書の有効期限が3カ月以内となっています。市区町村の窓口で更新手続きをお願いします。",
    "電子証明書の有効期限が切れているため、資格情報のみ当機関に提供します。",
    "お早めに市区町村の窓口で電子証明書を更新してください。",
    "電子証明書が失効しています。",
    "マイナンバーカードを取り出し、受付窓口までお越しください。",
    "証明書の更新は、市区町村の窓口で手続きが必要です。",
  ]) {
    expect(text).toContain(quote);
  }
});
