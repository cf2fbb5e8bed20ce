// The checker by keyboard alone (WCAG 2.1.1): skip link, fields, disclosure, submit, error
// summary and result, without a mouse.

import type { Page } from "playwright-core";
import { expect, inject, it } from "vitest";
import { focusedId, resultStage, waitForErrorSummary } from "./support/checker.ts";
import { usePage } from "./support/chromium.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

/** Press Tab until the element with `id` has focus; fail after `max` presses. */
async function tabTo(p: Page, id: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await p.keyboard.press("Tab");
    if ((await focusedId(p)) === id) return;
  }
  throw new Error(`never reached #${id} by Tab`);
}

it("the skip link is the first stop and moves focus to the main content", async () => {
  await page.goto(`${baseURL}/check/`);
  await page.keyboard.press("Tab");
  const skip = await page.evaluate(() => ({
    text: document.activeElement?.textContent,
    href: document.activeElement?.getAttribute("href"),
  }));
  expect(skip).toEqual({ text: "本文へ移動", href: "#main" });
  await page.keyboard.press("Enter");
  expect(await focusedId(page)).toBe("main");
});

it("the skip link on a result keeps the result and its bookmarkable fragment", async () => {
  await page.goto("about:blank"); // a fresh load, not a same-document fragment change
  await page.goto(`${baseURL}/check/#certificateExpiry=2025-03-20&today=2025-01-10`);
  expect(await resultStage(page)).toBe("renewal");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  expect(await focusedId(page)).toBe("main");
  expect(new URL(page.url()).hash).toBe("#certificateExpiry=2025-03-20&today=2025-01-10");
  await expect(page.locator('[data-result][data-stage="renewal"]').isVisible()).resolves.toBe(true);
});

it("fills the form, opens the disclosure and submits by keyboard, then reaches the result", async () => {
  await page.goto(`${baseURL}/check/`);
  await tabTo(page, "certificateExpiry");
  await page.keyboard.type("令和7年3月20日");
  // Past the card-face fields to the "another day" disclosure; Enter opens it.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    const inSummary = await page.evaluate(
      () =>
        document.activeElement?.closest("details[data-details-for=today]") !== null &&
        document.activeElement?.tagName === "SUMMARY",
    );
    if (inSummary) break;
  }
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  expect(await focusedId(page)).toBe("today");
  await page.keyboard.type("2025-04-01");
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => (document.activeElement as HTMLButtonElement | null)?.type)).toBe("submit");
  await page.keyboard.press("Enter");
  expect(await resultStage(page)).toBe("grace");
  expect(await focusedId(page)).toBe("result-heading"); // the answer is a heading, and focus lands on it
  // "Change your answers" is reachable and brings the form back with focus in it.
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.classList.contains("result-again"))) break;
  }
  await page.keyboard.press("Enter");
  expect(await focusedId(page)).toBe("certificateExpiry");
});

it("Enter on an empty form focuses the error summary; Tab and Enter reach the field", async () => {
  await page.goto(`${baseURL}/en/check/`);
  await tabTo(page, "certificateExpiry");
  await page.keyboard.press("Enter");
  await waitForErrorSummary(page);
  expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-error-summary"))).toBe(true);
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("[data-error-summary]") !== null)).toBe(true);
  await page.keyboard.press("Enter");
  expect(await focusedId(page)).toBe("certificateExpiry");
});

it("the stages slider moves by arrow keys and updates the stage", async () => {
  await page.goto(`${baseURL}/stages/`);
  await page.focus("#stage-day");
  const before = await page.locator("[data-slider-output]").getAttribute("data-slider-stage");
  expect(before).toBe("renewal");
  for (let i = 0; i < 40; i++) await page.keyboard.press("ArrowRight");
  await expect(page.locator("[data-slider-output]").getAttribute("data-slider-stage")).resolves.toBe("grace");
  await expect(page.locator('[data-screen-stage="grace"]').isVisible()).resolves.toBe(true);
  await page.keyboard.press("End");
  await expect(page.locator("[data-slider-output]").getAttribute("data-slider-stage")).resolves.toBe("lapsed");
});

it("focus is visible: a focused link gets an outline", async () => {
  await page.goto(`${baseURL}/`);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe("solid");
});
