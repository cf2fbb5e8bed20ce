// The checker reads its inputs from the URL fragment (contract.md) and reaches every stage
// (R-INS-2), in Japanese and English, by certificate expiry and from the card face.

import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { resultStage } from "./support/checker.ts";
import { usePage } from "./support/chromium.ts";
import { DAYS_BY_STAGE, EXPIRY, WAREKI } from "./support/site.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

const cases = Object.entries(DAYS_BY_STAGE).flatMap(([stage, days]) => days.map((today) => ({ stage, today })));

describe.each(["/check/", "/en/check/"])("%s from the fragment", (path) => {
  it.each(cases)("certificateExpiry + today $today → $stage", async ({ stage, today }) => {
    await page.goto(`${baseURL}${path}#certificateExpiry=${EXPIRY}&today=${today}`);
    expect(await resultStage(page)).toBe(stage);
  });

  it.each(cases)("和暦 in the fragment, today $today → $stage", async ({ stage, today }) => {
    const fragment = new URLSearchParams({ certificateExpiry: WAREKI[EXPIRY]!, today: WAREKI[today]! }).toString();
    await page.goto(`${baseURL}${path}#${fragment}`);
    expect(await resultStage(page)).toBe(stage);
  });
});

describe("the card face (birth date in 和暦 + printed card expiry)", () => {
  // rules.md F1: born 1985-11-14, card 2031-11-14 → first certificate 2026-11-14 (R-INFER-2);
  // renewal from 2026-08-15, grace to 2027-02-28.
  const birth = encodeURIComponent("昭和60年11月14日");
  it.each([
    ["2026-05-01", "valid"],
    ["2026-10-01", "renewal"],
  ])("today %s → %s", async (today, stage) => {
    await page.goto(`${baseURL}/check/#birthDate=${birth}&cardExpiry=2031-11-14&today=${today}`);
    expect(await resultStage(page)).toBe(stage);
    await expect(page.locator("[data-result]").textContent()).resolves.toContain("2026年11月14日");
  });

  it("the contract's example fragment fills the form and shows a result", async () => {
    await page.goto(`${baseURL}/check/#birthDate=${birth}&cardExpiry=2031-11-14`);
    expect(["valid", "renewal", "grace", "lapsed"]).toContain(await resultStage(page));
    expect(await page.inputValue("#birthDate")).toBe("昭和60年11月14日");
  });
});

describe("a foreign resident's card ending with the period of stay (R-CARD-4, rules.md E10)", () => {
  it("opens the disclosure, fills the field and reaches the renewal window", async () => {
    await page.goto("about:blank");
    await page.goto(
      `${baseURL}/en/check/#birthDate=1990-09-09&cardExpiry=2027-05-31&periodOfStayEndsOn=2027-05-31&today=2027-04-01`,
    );
    expect(await resultStage(page)).toBe("renewal");
    expect(await page.inputValue("#periodOfStayEndsOn")).toBe("2027-05-31");
  });
});

describe("the result", () => {
  it("answers first: the stage as a heading, one action sentence with its date, then steps and key dates", async () => {
    await page.goto(`${baseURL}/check/#certificateExpiry=${EXPIRY}&today=2025-04-01`);
    expect(await resultStage(page)).toBe("grace");
    await expect(page.locator("h2#result-heading").textContent()).resolves.toContain("電子証明書の期限が切れています");
    // R-INS-1: grace ends on the last day of the third month after the expiry month.
    await expect(page.locator(".result-panel .result-action").textContent()).resolves.toBe(
      "令和7年（2025年）6月30日（月）（約3カ月後）までに、市区町村の窓口で再発行してください。それまではマイナ保険証で受診できます。",
    );
    expect(await page.title()).toBe("電子証明書の期限が切れています | マイナ期限ナビ");
    // Dates as municipal letters write them, with the distance in words, each key date once on screen.
    await expect(page.locator(".result-dates").textContent()).resolves.toContain(
      "令和7年（2025年）3月20日（木）（12日前）",
    );
    await expect(page.locator(".result-dates").textContent()).resolves.not.toMatch(/あと\d+日/);
    // The timeline and its table wait behind 「くわしく見る」.
    await expect(page.locator(".result-more table").isVisible()).resolves.toBe(false);
    await page.locator(".result-more > summary").click();
    await expect(page.locator(".result-more table").isVisible()).resolves.toBe(true);
  });

  it("shows the reader screen, key dates with 和暦, the timeline and its table, and calendar links", async () => {
    await page.goto(`${baseURL}/check/#certificateExpiry=${EXPIRY}&today=2025-01-10`);
    expect(await resultStage(page)).toBe("renewal");
    const result = page.locator("[data-result]");
    await expect(result.locator(".reader").textContent()).resolves.toContain(
      "証明書の有効期限が3カ月以内となっています。",
    );
    await expect(result.locator(".result-dates").textContent()).resolves.toContain("令和7年（2025年）3月20日");
    expect(await result.locator("svg.timeline-svg").count()).toBe(1);
    expect(await result.locator("table tbody tr").count()).toBeGreaterThanOrEqual(5);
    const ics = await result.locator("a[data-ics]").getAttribute("href");
    expect(ics).toBe(`/api/v1/calendar.ics?certificateExpiry=${EXPIRY}&today=2025-01-10&lang=ja`);
    const response = await page.request.get(`${baseURL}${ics}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/calendar");
    expect(await result.locator("a[data-google]").first().getAttribute("href")).toMatch(
      /^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE/,
    );
  });

  it.each([
    ["2024-12-20", "valid"],
    ["2024-12-21", "renewal"], // the day renewal opens (R-RENEW-1): issue 8 drew it in "valid"
  ])("on %s draws the day marker inside the %s bar of the timeline (R-INS-2)", async (today, stage) => {
    await page.goto(`${baseURL}/check/#certificateExpiry=${EXPIRY}&today=${today}`);
    expect(await resultStage(page)).toBe(stage);
    const drawing = page.locator("[data-result] svg.timeline-svg");
    const marker = Number(await drawing.locator(".tl-today-line").getAttribute("y1"));
    const bar = drawing.locator(`.tl-${stage} .tl-bar`);
    const top = Number(await bar.getAttribute("y"));
    const height = Number(await bar.getAttribute("height"));
    expect(marker).toBeGreaterThan(top);
    expect(marker).toBeLessThan(top + height);
  });

  it("shows the lapsed screen as 使えない", async () => {
    await page.goto(`${baseURL}/check/#certificateExpiry=${EXPIRY}&today=2025-07-01`);
    expect(await resultStage(page)).toBe("lapsed");
    await expect(page.locator("[data-result] .reader").getAttribute("data-usable")).resolves.toBe("false");
  });

  it("the language switch carries the inputs to the same result in English", async () => {
    await page.goto("about:blank");
    await page.goto(`${baseURL}/check/#certificateExpiry=${EXPIRY}&today=2025-04-01`);
    expect(await resultStage(page)).toBe("grace");
    await page.click(".language-menu > summary");
    await page.click('.language-menu a[hreflang="en"]');
    await page.waitForURL(/\/en\/check\//);
    expect(await resultStage(page)).toBe("grace");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
  });

  it("follows hashchange without reloading", async () => {
    await page.goto(`${baseURL}/en/check/#certificateExpiry=${EXPIRY}&today=2024-12-01`);
    expect(await resultStage(page)).toBe("valid");
    await page.evaluate(() => (location.hash = "#certificateExpiry=2025-03-20&today=2025-04-01"));
    await page.locator('[data-result][data-stage="grace"]').waitFor({ timeout: 15_000 });
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
  });
});
