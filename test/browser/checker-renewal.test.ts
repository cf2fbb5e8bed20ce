// The renewal question (R-INFER-3, contract.md `data-question="renewed"`): from the card alone
// the checker cannot tell whether the first certificate was renewed, so it asks. Example V1 of
// the rules notes: born 1980-07-01, card expiry 2031-07-01, checked on 2026-07-14: the first
// certificate expired 2026-07-01 (grace if not renewed); renewed, it runs to the card (valid).

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { resultStage } from "./support/checker.ts";
import { launchChromium } from "./support/chromium.ts";

let browser: Browser;
let page: Page;
let noJs: Page;
const baseURL = inject("baseURL");
const V1 = "birthDate=1980-07-01&cardExpiry=2031-07-01&today=2026-07-14";

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  noJs = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
});
afterAll(async () => browser?.close());

const question = (p: Page) => p.locator('[data-question="renewed"]');

describe.each(["/check/", "/en/check/", "/easy/check/"])("%s asks whether the holder renewed", (path) => {
  it("shows the question before any headline, with W1 and how to tell, and both readings, the riskier first", async () => {
    await page.goto(`${baseURL}${path}#${V1}`);
    expect(await resultStage(page)).toBe("grace"); // the API's best answer while unanswered
    await expect(question(page).isVisible()).resolves.toBe(true);
    expect(
      await question(page)
        .locator('input[name="renewed"]')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    ).toStrictEqual(["yes", "no", "unknown"]);
    await expect(question(page).locator("time").first().getAttribute("datetime")).resolves.toBe("2026-04-02"); // W1
    expect(await question(page).locator(".result-question-hints li").count()).toBe(2);
    // The question comes first; the readings: not renewed (grace) before renewed (valid).
    const order = await page.locator("[data-result] > *").evaluateAll((els) => els.map((e) => e.className));
    expect(order[0]).toBe("result-question");
    expect(
      await page
        .locator(".result-readings .result-panel")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-result-stage"))),
    ).toStrictEqual(["grace", "valid"]);
  });

  it("はい settles it as renewed: data-stage valid and renewed=yes in the fragment", async () => {
    await page.goto(`${baseURL}${path}#${V1}`);
    await resultStage(page);
    await question(page).locator('input[value="yes"]').check();
    await page.locator('[data-result][data-stage="valid"]').waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).hash).toBe(`#${V1}&renewed=yes`);
    await expect(page.locator(".result-readings").count()).resolves.toBe(0);
    await expect(question(page).locator('input[value="yes"]').isChecked()).resolves.toBe(true);
    await expect(page.locator(".result-action time").getAttribute("datetime")).resolves.toBe("2031-04-02"); // renewal opens for the card's date
  });

  it("いいえ settles it as not renewed: data-stage grace, and the bookmark gives the same answer", async () => {
    await page.goto(`${baseURL}${path}#${V1}`);
    await resultStage(page);
    await question(page).locator('input[value="no"]').check();
    await expect.poll(() => page.url()).toContain("renewed=no");
    await page.locator('[data-result][data-stage="grace"] .result-panel h2').waitFor({ timeout: 15_000 });
    // The grace period of the first certificate (R-INS-1), to its last counter day (R-COUNTER-1).
    await expect(page.locator(".result-action time").getAttribute("datetime")).resolves.toBe("2026-10-30");
    await page.goto("about:blank");
    await page.goto(`${baseURL}${path}#${V1}&renewed=no`);
    expect(await resultStage(page)).toBe("grace");
    await expect(question(page).locator('input[value="no"]').isChecked()).resolves.toBe(true);
  });

  it("わからない keeps both readings side by side and settles nothing in the fragment", async () => {
    await page.goto(`${baseURL}${path}#${V1}&renewed=yes`);
    expect(await resultStage(page)).toBe("valid");
    await question(page).locator('input[value="unknown"]').check();
    await page.locator(".result-readings").waitFor({ timeout: 15_000 });
    expect(await resultStage(page)).toBe("grace");
    expect(page.url()).not.toContain("renewed=");
    expect(await page.locator(".result-readings .result-panel").count()).toBe(2);
  });

  it.each([
    ["yes", "valid"],
    ["no", "grace"],
    ["unknown", "grace"],
  ])("without JavaScript, answering %s posts the question's own form → %s", async (answer, stage) => {
    await noJs.goto(`${baseURL}${path}`);
    await noJs.fill("#birthDate", "昭和55年7月1日");
    await noJs.fill("#cardExpiry", "2031-07-01");
    await noJs.locator('details[data-details-for="today"] summary').click();
    await noJs.fill("#today", "2026-07-14");
    await noJs.click('form[data-form] button[type="submit"]');
    await expect(question(noJs).isVisible()).resolves.toBe(true);
    await question(noJs).locator(`input[value="${answer}"]`).check();
    await noJs.click("[data-question-submit]");
    await noJs.waitForLoadState();
    await expect(noJs.locator("[data-result]").getAttribute("data-stage")).resolves.toBe(stage);
    await expect(question(noJs).locator(`input[value="${answer}"]`).isChecked()).resolves.toBe(true);
    expect(await noJs.locator(".result-readings .result-panel").count()).toBe(answer === "unknown" ? 2 : 0);
    expect(noJs.url()).not.toContain("1980");
  });
});

it("no question when the certificate expiry is known", async () => {
  await page.goto(`${baseURL}/check/#certificateExpiry=2026-07-01&today=2026-07-14`);
  await resultStage(page);
  expect(await question(page).count()).toBe(0);
});
