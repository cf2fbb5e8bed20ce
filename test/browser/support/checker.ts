/**
 * @module
 * Helpers for driving the checker: wait for its result (`[data-result][data-stage]`, contract.md)
 * or its error summary.
 */
import type { Page } from "playwright-core";

export async function resultStage(page: Page): Promise<string> {
  const result = page.locator("[data-result][data-stage]:not([hidden])");
  await result.waitFor({ state: "visible", timeout: 30_000 }); // the first API call may wait for workerd to start
  return (await result.getAttribute("data-stage")) ?? "";
}

export async function waitForErrorSummary(page: Page): Promise<void> {
  await page.locator("[data-error-summary]:not([hidden])").waitFor({ state: "visible", timeout: 15_000 });
}

/** The id of the focused element (or its tag when it has none). */
export const focusedId = (page: Page): Promise<string> =>
  page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName.toLowerCase() || "");
