// Typed input (西暦 and 和暦, R-PARSE-1): the live conversion, every stage through the form, the
// fragment written after submit (never the query string), and the error summary pattern.

import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { focusedId, resultStage, waitForErrorSummary } from "./support/checker.ts";
import { usePage } from "./support/chromium.ts";
import { DAYS_BY_STAGE, EXPIRY, WAREKI } from "./support/site.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

async function openToday(p: Page) {
  const details = p.locator('details[data-details-for="today"]');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator("summary").click();
}

describe.each([
  ["/check/", "ja"],
  ["/en/check/", "en"],
])("%s typed", (path) => {
  for (const [stage, days] of Object.entries(DAYS_BY_STAGE)) {
    const today = days[0]!;
    it(`西暦 expiry, 和暦 day (${today}) → ${stage}`, async () => {
      await page.goto(`${baseURL}${path}`);
      await page.fill("#certificateExpiry", "2025/3/20");
      await openToday(page);
      await page.fill("#today", WAREKI[today]!);
      await page.click('button[type="submit"]');
      expect(await resultStage(page)).toBe(stage);
      const url = new URL(page.url());
      expect(url.search).toBe("");
      expect(decodeURIComponent(url.hash)).toContain("certificateExpiry=2025/3/20");
    });
  }
});

describe("live conversion", () => {
  it("shows 西暦 and 和暦 as people type", async () => {
    await page.goto(`${baseURL}/check/`);
    await page.fill("#birthDate", "昭和60年11月14日");
    await expect(page.locator("#birthDate-conversion").textContent()).resolves.toBe("= 1985年11月14日（昭和60年）");
    await page.fill("#cardExpiry", "２０３１年１１月１４日");
    await expect(page.locator("#cardExpiry-conversion").textContent()).resolves.toBe("= 2031年11月14日（令和13年）");
  });

  it("suggests the right era for a date far past its era's end on submit, naming the field (R-PARSE-3)", async () => {
    await page.goto(`${baseURL}/check/`);
    await page.fill("#certificateExpiry", "平成45年1月1日");
    await expect(page.locator("#certificateExpiry-conversion").textContent()).resolves.toBe(""); // not while typing
    await page.click('button[type="submit"]');
    await waitForErrorSummary(page);
    await expect(page.locator("#certificateExpiry-error").textContent()).resolves.toContain(
      "電子証明書の有効期限は、その元号が終わった後の日付です。令和15年1月1日のことですか？",
    );
  });

  it("says nothing while an IME composes (「しょうわ60」 on its way to 昭和60年), and echoes once it reads", async () => {
    await page.goto(`${baseURL}/check/`);
    const field = page.locator("#birthDate");
    await field.focus();
    await field.dispatchEvent("compositionstart");
    for (const partial of ["し", "しょうわ", "しょうわ60", "昭和60年11月14日"]) {
      await field.evaluate((el, value) => {
        (el as HTMLInputElement).value = value;
        el.dispatchEvent(new InputEvent("input", { isComposing: true, bubbles: true }));
      }, partial);
      await expect(page.locator("#birthDate-conversion").textContent()).resolves.toBe("");
    }
    await field.dispatchEvent("compositionend");
    await expect(page.locator("#birthDate-conversion").textContent()).resolves.toBe("= 1985年11月14日（昭和60年）");
    // A half-typed date is no error either, until submit.
    await page.fill("#cardExpiry", "2031年");
    await expect(page.locator("#cardExpiry-conversion").textContent()).resolves.toBe("");
    await expect(page.locator("[data-error-summary]").isHidden()).resolves.toBe(true);
    await expect(page.locator("#birthDate").getAttribute("aria-invalid")).resolves.toBe(null);
  });

  it("converts in English too", async () => {
    await page.goto(`${baseURL}/en/check/`);
    await page.fill("#birthDate", "S60.11.14");
    await expect(page.locator("#birthDate-conversion").textContent()).resolves.toBe("= 14 November 1985 (Shōwa 60)");
  });
});

describe("a date past its era's end (R-PARSE-3, review7 #12)", () => {
  it.each([
    ["/check/", "令和8年12月30日"],
    ["/en/check/", "令和8年12月30日"],
  ])("%s shows the API's note that it was read in the next era", async (path, wareki) => {
    await page.goto(`${baseURL}${path}`);
    await page.fill("#certificateExpiry", "平成38年12月30日");
    await openToday(page);
    await page.fill("#today", "2026-12-02");
    await page.click('button[type="submit"]');
    expect(await resultStage(page)).toBe("renewal");
    const note = page.locator(".result-caveats [data-input-note]");
    await expect(note.count()).resolves.toBe(1);
    await expect(note.textContent()).resolves.toContain(wareki);
  });
});

describe("errors (GOV.UK error summary)", () => {
  it("an empty form focuses the summary, and its link focuses the field", async () => {
    await page.goto(`${baseURL}/check/`);
    await page.click('button[type="submit"]');
    await waitForErrorSummary(page);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-error-summary"))).toBe(true);
    expect(await page.title()).toMatch(/^エラー：/);
    await page.locator("[data-error-summary] a").first().click();
    expect(await focusedId(page)).toBe("certificateExpiry");
    expect(new URL(page.url()).hash).toBe("");
  });

  it("an impossible date is named inline, with aria-invalid", async () => {
    await page.goto(`${baseURL}/check/`);
    await page.fill("#birthDate", "H13.2.29");
    await page.fill("#cardExpiry", "2031-11-14");
    await page.click('button[type="submit"]');
    await waitForErrorSummary(page);
    await expect(page.locator("#birthDate").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.locator("#birthDate-error").isVisible()).resolves.toBe(true);
  });

  it("each field's message names it with an example that fits it, once at the field and once in the summary", async () => {
    await page.goto(`${baseURL}/check/`);
    await page.fill("#birthDate", "しょうわ");
    await page.fill("#cardExpiry", "2031-11");
    await page.click('button[type="submit"]');
    await waitForErrorSummary(page);
    const summary = await page.locator("[data-error-summary] li").allTextContents();
    expect(summary).toStrictEqual([
      "生年月日を日付として読めません。「昭和60年11月14日」のように入力してください。",
      "カードの有効期限を日付として読めません。「2031年11月14日」のように入力してください。",
    ]);
    await expect(page.locator("[data-error-summary]").getAttribute("role")).resolves.toBe("alert");
    await expect(page.locator("#birthDate-error [data-error-text]").textContent()).resolves.toBe(summary[0]);
    await expect(page.locator("#birthDate-conversion").textContent()).resolves.toBe(""); // not a second time at the field
  });

  it("a network failure and a 429 get their own message, not the input error summary", async () => {
    await page.goto(`${baseURL}/check/`);
    await page.route("**/api/v1/evaluate", (route) => route.abort("internetdisconnected"));
    await page.fill("#certificateExpiry", "2025-03-20");
    await page.click('button[type="submit"]');
    const service = page.locator("[data-service-error]");
    await service.waitFor({ state: "visible" });
    await expect(service.textContent()).resolves.toContain("通信状態を確かめて");
    await expect(page.locator("[data-error-summary]").isHidden()).resolves.toBe(true);
    await expect(page.locator("#certificateExpiry").getAttribute("aria-invalid")).resolves.toBe(null);
    await page.unroute("**/api/v1/evaluate");
    await page.route("**/api/v1/evaluate", (route) =>
      route.fulfill({ status: 429, headers: { "Retry-After": "60" }, body: "{}" }),
    );
    await page.click('button[type="submit"]');
    await expect.poll(() => service.textContent()).toContain("1分ほど待ってから");
    await expect(page.locator("[data-error-summary]").isHidden()).resolves.toBe(true);
    await page.unroute("**/api/v1/evaluate");
    await page.click('button[type="submit"]');
    await resultStage(page);
    await expect(service.isHidden()).resolves.toBe(true);
  });

  it("an input the API rejects comes back as field errors (problem+json)", async () => {
    // rules.md F3: born 2000-06-01 with card 2031… → no card has this combination.
    await page.goto(`${baseURL}/check/#birthDate=2000-06-01&cardExpiry=2026-06-01&today=2026-01-01`);
    await waitForErrorSummary(page);
    expect(await page.locator("[data-error-summary] li").count()).toBeGreaterThan(0);
    expect(await page.locator("[data-result]").isHidden()).toBe(true);
  });
});

describe("やさしい日本語", () => {
  it("the easy checker works with 和暦 and shows ruby", async () => {
    await page.goto(`${baseURL}/easy/check/#certificateExpiry=${encodeURIComponent(WAREKI[EXPIRY]!)}&today=2025-04-01`);
    expect(await resultStage(page)).toBe("grace");
    expect(await page.locator("label[for=certificateExpiry] ruby").count()).toBeGreaterThan(0);
  });

  it("an input the API rejects is said in やさしい日本語, not the standard Japanese (issue 10)", async () => {
    // rules.md F3: no card has this birth date and card expiry (R-INFER-1): impossible_card_age.
    await page.goto(`${baseURL}/easy/check/#birthDate=2000-06-01&cardExpiry=2026-06-01&today=2026-01-01`);
    await waitForErrorSummary(page);
    const said = (await page.locator("[data-error-summary] li").allTextContents()).join(" ");
    expect(said).toContain("カードの 期限を もう一度 見てください");
    expect(said).not.toContain("確認してください");
  });
});
