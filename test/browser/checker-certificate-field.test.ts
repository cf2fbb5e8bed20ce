// Review7 #15 (R-DATE-6, R-CERT-3): the card's printed 「2031年11月14日まで有効」 typed into the
// certificate field. The answer says to check first (never the settled green box), names the
// card-face reading when a birth date allows it, and one click moves the date to the card field,
// which then asks for the birth date; with and without JavaScript.

import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { resultStage } from "./support/checker.ts";
import { usePage } from "./support/chromium.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

const PRINTED = "2031年11月14日まで有効";
const fragment = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

/** The element's text without ふりがな (rt, rp). */
const words = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const rt of copy.querySelectorAll("rt, rp")) rt.remove();
    return copy.textContent ?? "";
  });

async function shoot(name: string) {
  if (!process.env.SHOTS_DIR) return;
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page
      .locator(".result-panel")
      .first()
      .screenshot({ path: `${process.env.SHOTS_DIR}/certfield-${name}-${width}.png` });
  }
}

describe("the card's printed expiry in the certificate field (review7 #15)", () => {
  it.each([
    [
      "/check/",
      "ja",
      "まず、電子証明書の有効期限を確かめてください",
      "「まで有効」と印刷された日付は、カード本体の有効期限です。",
    ],
    [
      "/easy/check/",
      "easy",
      "まず、電子証明書の 期限を 確かめて ください",
      "「まで有効」と 書いて ある 日は、カードの 期限です。",
    ],
    ["/en/check/", "en", "First check your certificate's expiry date", "is the card's own expiry"],
  ])("%s: check first, then one click moves the date to the card field", async (path, name, heading, sentence) => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto("about:blank");
    await page.goto(`${baseURL}${path}#${fragment({ certificateExpiry: PRINTED })}`);
    expect(await resultStage(page)).toBe("valid"); // the contract's hook: the typed reading's stage
    expect(await words(page, "#result-heading")).toContain(heading);
    expect(await words(page, ".result-panel [data-doubt]")).toContain(sentence);
    await shoot(`${name}-alone`);
    await page.locator("[data-move-to-card] button").click();
    // The form again: the date in the card field, the certificate field empty, the birth date asked for.
    await page.locator("#birthDate-error").waitFor({ state: "visible" });
    await expect(page.inputValue("#cardExpiry")).resolves.toBe(PRINTED);
    await expect(page.inputValue("#certificateExpiry")).resolves.toBe("");
    await page.fill("#birthDate", "昭和60年11月14日");
    await page.locator("form[data-form] button[type=submit]").click();
    // Born 1985-11-14, card 2031-11-14: the first certificate ended 2026-11-14; renewed or not? (R-INFER-3)
    await page.locator('[data-question="renewed"]').waitFor({ state: "visible" });
  });

  it("with a birth date: the card-face reading (grace if not renewed) stands in the box", async () => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto("about:blank");
    await page.goto(`${baseURL}/check/#${fragment({ certificateExpiry: PRINTED, birthDate: "昭和60年11月14日" })}`);
    expect(await resultStage(page)).toBe("valid");
    const reading = page.locator(".result-panel [data-doubt] .result-other-reading").first();
    await expect(reading.getAttribute("data-result-stage")).resolves.toBe("grace");
    await expect(reading.textContent()).resolves.toContain("2026年11月14日");
    await shoot("ja-birth");
  });

  it("without JavaScript the same button posts the form, which asks for the birth date", async () => {
    const other = await page.context().browser()!.newContext({ javaScriptEnabled: false });
    const noJs = await other.newPage();
    try {
      await noJs.goto(`${baseURL}/check/`);
      await noJs.fill("#certificateExpiry", PRINTED);
      await noJs.locator("form[data-form] button[type=submit]").click();
      await noJs.locator("[data-move-to-card] button").click();
      await noJs.locator("#birthDate-error").waitFor({ state: "visible" });
      await expect(noJs.inputValue("#cardExpiry")).resolves.toBe(PRINTED);
      await expect(noJs.inputValue("#certificateExpiry")).resolves.toBe("");
    } finally {
      await other.close();
    }
  });

  it("review8 #15: a stay-limited card whose other reading's window opens sooner checks first", async () => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto("about:blank");
    const stay = {
      birthDate: "1985-03-03",
      cardExpiry: "2028-03-03",
      periodOfStayEndsOn: "2028-03-03",
      today: "2026-12-03",
    };
    await page.goto(`${baseURL}/en/check/#${fragment(stay)}`);
    expect(await resultStage(page)).toBe("valid");
    expect(await words(page, "#result-heading")).toContain("First check your certificate's expiry date");
    await expect(page.locator(".result-panel [data-doubt] .result-other-reading").count()).resolves.toBe(1);
    await shoot("en-stay");
  });
});
