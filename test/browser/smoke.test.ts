// The server the browser tests share answers, and Chromium can load a page from it.

import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchChromium } from "./support/chromium.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

it("serves the health check and the home page in Japanese", async () => {
  const baseURL = inject("baseURL");
  const health = await fetch(`${baseURL}/healthz`);
  expect(health.status).toBe(200);
  const page = await browser.newPage();
  await page.goto(`${baseURL}/`);
  expect(await page.getAttribute("html", "lang")).toBe("ja");
  await page.close();
});
