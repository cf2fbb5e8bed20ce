// The page for residents with a period of stay (issue 13; R-CARD-4, R-INFER-6, R-INS-5) in
// ja, en and やさしい日本語: every sentence of its content is on the page, its sections keep
// their ids, its links answer, the checker link lands on the period-of-stay field, and the
// checker's answer for a stay-limited card links back to it.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { FOREIGN_RESIDENTS, FOREIGN_RESIDENTS_SECTIONS } from "../../site/src/content/foreign-residents.ts";
import { seriousViolations } from "./support/axe.ts";
import { resultStage } from "./support/checker.ts";
import { usePage } from "./support/chromium.ts";
import { proseSentences, sectionText, textOf } from "./support/prose.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

const LANGS = [
  { lang: "ja", path: "/foreign-residents/", check: "/check/", htmlLang: "ja" },
  { lang: "en", path: "/en/foreign-residents/", check: "/en/check/", htmlLang: "en" },
  { lang: "ja-easy", path: "/easy/foreign-residents/", check: "/easy/check/", htmlLang: "ja" },
] as const;

describe.each(LANGS)("$path", ({ lang, path, check, htmlLang }) => {
  const content = FOREIGN_RESIDENTS[lang];

  it("says every sentence of its content, in its sections, in order", async () => {
    const response = await page.goto(`${baseURL}${path}`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe(htmlLang);
    const ids = await page.locator("main section[aria-labelledby] > h2").evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids).toEqual([...FOREIGN_RESIDENTS_SECTIONS]);
    const text = await textOf(page);
    for (const sentence of proseSentences(content)) expect(text).toContain(sentence);
  });

  it("says the card is not extended by a stay extension and that no letter comes (R-CARD-4)", async () => {
    await page.goto(`${baseURL}${path}`);
    const words = {
      ja: { notExtended: "電子証明書の有効期限は延びません", noLetter: "送られません", eligibility: "資格確認書" },
      en: { notExtended: "doesnotextendtheelectroniccertificates", noLetter: "notsent", eligibility: "資格確認書" },
      "ja-easy": { notExtended: "電子証明書は延びません", noLetter: "来ません", eligibility: "資格確認書" },
    }[lang];
    expect(await sectionText(page, "card")).toContain(words.notExtended);
    expect(await sectionText(page, "reminder")).toContain(words.noLetter);
    expect(await sectionText(page, "insurance")).toContain(words.eligibility); // R-INS-5
  });

  it("links only to pages that answer, and to the checker by fragment, never a query", async () => {
    await page.goto(`${baseURL}${path}`);
    const hrefs = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    const internal = [...new Set(hrefs.filter((href) => href.startsWith("/")))];
    expect(internal).toContain(`${check}#periodOfStayEndsOn`);
    for (const href of internal) {
      expect(href).not.toContain("?");
      const response = await fetch(`${baseURL}${href.split("#")[0]}`);
      expect(response.status, href).toBe(200);
    }
  });

  it("the checker link opens the period-of-stay field", async () => {
    await page.goto(`${baseURL}${path}`);
    await page.locator(`main a[href="${check}#periodOfStayEndsOn"]`).first().click();
    await page.waitForURL(`${baseURL}${check}#periodOfStayEndsOn`);
    const field = page.locator("#periodOfStayEndsOn");
    await expect(field.isVisible()).resolves.toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("periodOfStayEndsOn");
  });

  it("the checker's answer for a stay-limited card links to this page (R-INFER-6)", async () => {
    // A card expiry that is no birthday and equals the stay's end: a stay-limited card.
    await page.goto(
      `${baseURL}${check}#birthDate=1990-05-10&cardExpiry=2027-08-31&periodOfStayEndsOn=2027-08-31&today=2026-12-01`,
    );
    await resultStage(page);
    const link = page.locator(`[data-caveat="periodOfStay"] a[href="${path}"]`);
    await expect(link.count()).resolves.toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("the answer without JavaScript (the form's POST) has the same link", async () => {
    const body = new URLSearchParams({
      birthDate: "1990-05-10",
      cardExpiry: "2027-08-31",
      periodOfStayEndsOn: "2027-08-31",
      today: "2026-12-01",
    });
    const response = await fetch(`${baseURL}${check}`, { method: "POST", body });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(new RegExp(`data-caveat="periodOfStay"[\\s\\S]*?<a href="${path}"`));
  });
});

it("the home pages and the footer link to the page", async () => {
  for (const { path } of LANGS) {
    const home = path.replace("foreign-residents/", "");
    await page.goto(`${baseURL}${home}`);
    expect(await page.locator(`main a[href="${path}"]`).count()).toBe(1);
    expect(await page.locator(`footer a[href="${path}"]`).count()).toBe(1);
  }
});
