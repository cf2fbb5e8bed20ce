// Review7 #2 (R-PARSE-1): the checker form reads a date as its own answers and letters write it,
// with the weekday and the other calendar's year in brackets, and its own conversion line pasted
// back; a bracket that disagrees is refused on submit with a sentence naming both sides.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { resultStage, waitForErrorSummary } from "./support/checker.ts";
import { usePage } from "./support/chromium.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

describe("/check/ with bracketed dates", () => {
  it("converts and answers a letter's date 「令和9年（2027年）1月10日（日曜日）」", async () => {
    await page.goto(`${baseURL}/check/#today=2026-12-02`);
    await page.fill("#certificateExpiry", "令和9年（2027年）1月10日（日曜日）");
    await expect(page.locator("#certificateExpiry-conversion").textContent()).resolves.toBe(
      "= 2027年1月10日（令和9年）",
    );
    await page.click('button[type="submit"]');
    expect(await resultStage(page)).toBe("renewal");
  });

  it("reads its own conversion line pasted back", async () => {
    await page.goto(`${baseURL}/check/`);
    await page.fill("#birthDate", "= 1954年1月10日（昭和29年）");
    await expect(page.locator("#birthDate-conversion").textContent()).resolves.toBe("= 1954年1月10日（昭和29年）");
  });

  it("refuses a weekday that is not the date's, naming both, and echoes nothing", async () => {
    await page.goto(`${baseURL}/check/`);
    await page.fill("#certificateExpiry", "2027年1月10日（月）");
    await expect(page.locator("#certificateExpiry-conversion").textContent()).resolves.toBe("");
    await page.click('button[type="submit"]');
    await waitForErrorSummary(page);
    await expect(page.locator("#certificateExpiry-error").textContent()).resolves.toContain(
      "電子証明書の有効期限の曜日が日付と合いません。2027年1月10日（日）ですが、月曜日と書かれています。",
    );
  });

  it("names both years in English", async () => {
    await page.goto(`${baseURL}/en/check/`);
    await page.fill("#certificateExpiry", "2027年1月10日（令和8年）");
    await page.click('button[type="submit"]');
    await waitForErrorSummary(page);
    await expect(page.locator("#certificateExpiry-error").textContent()).resolves.toContain(
      "the year in brackets (令和8年) does not match the date, 10 January 2027 (Reiwa 9).",
    );
  });

  it("names both years in English without JavaScript too (the no-JS answer, POST /en/check/)", async () => {
    const response = await fetch(`${baseURL}/en/check/`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ certificateExpiry: "2027年1月10日（令和8年）" }),
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(
      "the year in brackets (令和8年) does not match the date, 10 January 2027 (Reiwa 9).",
    );
  });
});

// Closing-note-7 6b: the site's own dates in another language, pasted back into the checker.
describe("the checker reads its own dates in other languages", () => {
  it("converts an English answer's date pasted back (/en/check/)", async () => {
    await page.goto(`${baseURL}/en/check/#today=2026-12-02`);
    await page.fill("#certificateExpiry", "Sunday 10 January 2027");
    await expect(page.locator("#certificateExpiry-conversion").textContent()).resolves.toBe(
      "= 10 January 2027 (Reiwa 9)",
    );
    await page.click('button[type="submit"]');
    expect(await resultStage(page)).toBe("renewal");
  });

  it("without JavaScript, refuses a Korean date with another weekday, naming both (POST /ko/check/)", async () => {
    const response = await fetch(`${baseURL}/ko/check/`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ certificateExpiry: "2027년 1월 10일 월요일" }),
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("2027년 1월 10일 일요일");
    expect(html).toContain("월요일");
    expect(html).toContain("data-error-summary");
  });
});
