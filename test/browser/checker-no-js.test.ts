// The checker without JavaScript (contract.md): the form posts to the page itself, and the
// Worker answers with the same page, the result drawn by the island's renderer, and its
// `data-stage`. The birth date stays in the POST body: never in the address, never cached.

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./support/chromium.ts";
import { DAYS_BY_STAGE, EXPIRY, WAREKI } from "./support/site.ts";

let browser: Browser;
let page: Page;
const baseURL = inject("baseURL");

beforeAll(async () => {
  browser = await launchChromium();
  page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
});
afterAll(async () => browser?.close());

async function submit(path: string, fields: Record<string, string>) {
  await page.goto(`${baseURL}${path}`);
  for (const [name, value] of Object.entries(fields)) {
    const details = page.locator(`details[data-details-for="${name}"]`);
    if ((await details.count()) && !(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
      await details.locator("summary").click();
    await page.fill(`#${name}`, value);
  }
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST"),
    page.click('button[type="submit"]'),
  ]);
  return response;
}

// R-PARSE-3 (review7 #12): a date past its era's end is read with a note, shown here too.
it("notes a date past its era's end, as the island does", async () => {
  await submit("/check/", { certificateExpiry: "平成38年12月30日", today: "2026-12-02" });
  await expect(page.locator("[data-result]").getAttribute("data-stage")).resolves.toBe("renewal");
  await expect(page.locator(".result-caveats [data-input-note]").textContent()).resolves.toContain("令和8年12月30日");
});

describe.each(["/check/", "/en/check/", "/easy/check/"])("%s without JavaScript", (path) => {
  for (const [stage, days] of Object.entries(DAYS_BY_STAGE)) {
    it(`answers ${stage} for ${days[0]} with the page, its result and data-stage`, async () => {
      const response = await submit(path, { certificateExpiry: WAREKI[EXPIRY]!, today: days[0]! });
      expect(response.status()).toBe(200);
      expect(response.headers()["cache-control"]).toBe("no-store");
      expect(response.headers()["content-security-policy"]).toContain("script-src 'self'"); // the page's own policy
      const result = page.locator("[data-result]");
      await expect(result.getAttribute("data-stage")).resolves.toBe(stage);
      await expect(result.isVisible()).resolves.toBe(true);
      await expect(page.locator("#result-heading").isVisible()).resolves.toBe(true);
      await expect(page.locator(".result-action time").first().getAttribute("datetime")).resolves.toMatch(
        /^\d{4}-\d\d-\d\d$/,
      );
      // The reader screen is the page's own template, filled: only lapsed says 使えない (R-INS-2).
      await expect(page.locator(".result-more .reader").getAttribute("data-usable")).resolves.toBe(
        String(stage !== "lapsed"),
      );
      expect(new URL(page.url()).pathname).toBe(path);
      expect(new URL(page.url()).search).toBe("");
    });
  }

  it("answers from a birth date and the card, keeping the typed values in the form", async () => {
    await submit(path, { birthDate: "昭和60年11月14日", cardExpiry: "2031年11月14日", today: "2026-12-02" });
    await expect(page.locator("[data-result]").getAttribute("data-stage")).resolves.toMatch(
      /^(valid|renewal|grace|lapsed)$/,
    );
    await expect(page.locator("#birthDate").inputValue()).resolves.toBe("昭和60年11月14日");
    expect(page.url()).not.toContain("1985");
    expect(page.url()).not.toContain("%E6%98%AD"); // 昭
  });

  it("shows the error summary and the field's own message for an unreadable date", async () => {
    await submit(path, { birthDate: "しょうわ", cardExpiry: "2031-11-14" });
    await expect(page.locator("[data-error-summary]").isVisible()).resolves.toBe(true);
    await expect(page.locator("[data-error-summary]").getAttribute("role")).resolves.toBe("alert");
    await expect(page.locator("#birthDate").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.locator("#birthDate-error").isVisible()).resolves.toBe(true);
    expect(await page.locator("[data-error-summary] li").count()).toBe(1);
    await expect(page.locator("[data-result]").isHidden()).resolves.toBe(true);
    await expect(page.locator("#birthDate").inputValue()).resolves.toBe("しょうわ");
  });
});

it("an input the API rejects is answered with its field errors (problem messages), not a 5xx", async () => {
  // rules.md F3: no card has this combination of birth date and card expiry.
  const response = await submit("/check/", { birthDate: "2000-06-01", cardExpiry: "2026-06-01", today: "2026-01-01" });
  expect(response.status()).toBe(200);
  await expect(page.locator("[data-error-summary]").isVisible()).resolves.toBe(true);
  expect(await page.locator("[data-error-summary] li").count()).toBeGreaterThan(0);
});

it("the same answer as the island, drawn by the same code", async () => {
  await submit("/check/", { certificateExpiry: "2025-03-20", today: "2025-04-01" });
  const withoutJs = await page.locator(".result-panel").innerText();
  const jsPage = await browser.newPage();
  await jsPage.goto(`${baseURL}/check/#certificateExpiry=2025-03-20&today=2025-04-01`);
  await jsPage.locator("[data-result][data-stage]").waitFor({ timeout: 30_000 });
  expect(await jsPage.locator(".result-panel").innerText()).toBe(withoutJs);
  await jsPage.close();
});
