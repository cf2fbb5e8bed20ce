// The renewal page in ja, en and やさしい日本語 (issue 10: the easy version): every sentence of
// its content is on the page (R-RENEW-1..3, R-CERT-3, R-CERT-4, R-INS-5), and each links to the
// page for residents with a period of stay in its own language (R-CARD-4: no notice letter).
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { RENEW } from "../../site/src/content/renew.ts";
import { usePage } from "./support/chromium.ts";
import { proseSentences, sectionText, textOf } from "./support/prose.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

describe.each([
  { lang: "ja", path: "/renew/", stay: "/foreign-residents/", noLetter: "通知書がなくても更新できます" },
  { lang: "en", path: "/en/renew/", stay: "/en/foreign-residents/", noLetter: "Youcanrenewwithoutit" },
  { lang: "ja-easy", path: "/easy/renew/", stay: "/easy/foreign-residents/", noLetter: "手紙がなくても更新できます" },
] as const)("$path", ({ lang, path, stay, noLetter }) => {
  it("says every sentence of its content", async () => {
    const response = await page.goto(`${baseURL}${path}`);
    expect(response?.status()).toBe(200);
    const text = await textOf(page);
    for (const sentence of proseSentences(RENEW[lang])) expect(text).toContain(sentence);
  });

  it("says renewal needs no letter (R-RENEW-3) and links the period-of-stay page (R-CARD-4)", async () => {
    await page.goto(`${baseURL}${path}`);
    expect(await sectionText(page, "when")).toContain(noLetter);
    expect(await page.locator(`section[aria-labelledby="when"] a[href="${stay}"]`).count()).toBe(1);
  });
});

it("/easy/renew/ is in the やさしい日本語 navigation, with ふりがな", async () => {
  await page.goto(`${baseURL}/easy/`);
  const link = page.locator('header .site-nav a[href="/easy/renew/"]');
  await expect(link.count()).resolves.toBe(1);
  await expect(link.locator("ruby").count()).resolves.toBeGreaterThan(0);
});
