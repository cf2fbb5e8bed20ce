// Review finding 1 (R-INFER-6, R-CARD-4, R-INFER-4): a "valid" answer whose other reading is
// "lapsed" says, inside the answer's box, what it assumed and what the other reading gives.

import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { resultStage } from "./support/checker.ts";
import { usePage } from "./support/chromium.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

const STAY = "birthDate=1998-05-10&cardExpiry=2027-03-31&periodOfStayEndsOn=2027-03-31&today=2026-12-02";
const TYPO = "birthDate=1942-07-04&cardExpiry=2027-03-02&today=2026-12-02";

describe("the answer box states its assumption and the other reading", () => {
  it.each([
    ["/check/", STAY, "電子証明書がカードの有効期限まで有効な場合の答えです。", "「失効」"],
    ["/check/", TYPO, "電子証明書がカードの有効期限まで有効な場合の答えです。", "「失効」"],
    ["/vi/check/", STAY, "Câu trả lời này dựa trên giả định", "2026"],
  ])("%s#%s", async (path, fragment, condition, other) => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto("about:blank");
    await page.goto(`${baseURL}${path}#${fragment}`);
    expect(await resultStage(page)).toBe("valid");
    const doubt = page.locator(".result-panel [data-doubt]");
    await expect(doubt.locator("p").textContent()).resolves.toContain(condition);
    await expect(doubt.locator("li").textContent()).resolves.toContain(other);
    if (process.env.SHOTS_DIR && fragment === STAY) {
      await page
        .locator(".result-panel")
        .screenshot({ path: `${process.env.SHOTS_DIR}/${path.replaceAll("/", "") || "ja"}-stay-390.png` });
    }
  });

  it("no doubt block when the other reading gives the same stage", async () => {
    await page.goto("about:blank");
    await page.goto(
      `${baseURL}/check/#birthDate=1998-05-10&cardExpiry=2030-03-31&periodOfStayEndsOn=2030-03-31&today=2026-12-02`,
    );
    expect(await resultStage(page)).toBe("valid");
    expect(await page.locator(".result-panel [data-doubt]").count()).toBe(0);
  });
});

describe("review finding 8 (R-COUNTER-1): renewal opens on a closed day", () => {
  it.each([
    ["/check/", "令和9年（2027年）1月4日（月）"],
    ["/vi/check/", "4 tháng 1 năm 2027"],
  ])("%s names the first counter day, not Fri 1 Jan", async (path, day) => {
    await page.goto("about:blank");
    await page.goto(`${baseURL}${path}#${STAY}`);
    expect(await resultStage(page)).toBe("valid");
    const action = await page.locator(".result-panel .result-action").textContent();
    expect(action).toContain(day);
    if (process.env.SHOTS_DIR) {
      await page
        .locator(".result-panel")
        .screenshot({ path: `${process.env.SHOTS_DIR}/${path.replaceAll("/", "")}-counter-390.png` });
    }
  });
});
