// Issue 10: the やさしい日本語 link never silently reloads the same page. On every Japanese and
// English page, the language menu's やさしい日本語 entry goes to that page's easy version where
// one exists (EASY_PAGES: now renew and foreign-residents too), else to the easy home page and
// says so, in やさしい日本語, before it is followed.
import type { Page } from "playwright-core";
import { expect, inject, it } from "vitest";
import { UI } from "#site/content/ui.ts";
import { hasPage, PAGES, pathFor } from "#site/i18n/site.ts";
import { plainText } from "#site/lib/inline.ts";
import { usePage } from "./support/chromium.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

const easyEntry = (p: Page) => p.locator('.language-menu a[hreflang="ja-x-easy"]');
const squash = (text: string) => text.replace(/\s+/g, "");

it.each(PAGES.flatMap((key) => (["ja", "en"] as const).map((lang) => [lang, key] as const)))(
  "%s %s: the やさしい日本語 link goes elsewhere, and says so where it goes home",
  async (lang, key) => {
    const path = pathFor(lang, key);
    await page.goto(`${baseURL}${path}`);
    const entry = easyEntry(page);
    const href = await entry.getAttribute("href");
    expect(href).not.toBe(path);
    const hasEasy = hasPage("ja-easy", key);
    expect(href).toBe(hasEasy ? pathFor("ja-easy", key) : pathFor("ja-easy", "home"));
    const note = entry.locator(".note");
    expect(await note.count()).toBe(hasEasy ? 0 : 1);
    if (!hasEasy) {
      // Read without the ruby readings: the sentence as written in やさしい日本語.
      const written = await note.evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        for (const reading of copy.querySelectorAll("rt, rp")) reading.remove();
        return copy.textContent ?? "";
      });
      expect(squash(written)).toBe(squash(plainText(UI["ja-easy"].languageMenuHome)));
    }
  },
);

it("following it from /renew/ opens /easy/renew/, marked as the current language there", async () => {
  await page.goto(`${baseURL}/renew/`);
  await page.locator(".language-menu summary").click();
  await easyEntry(page).click();
  await page.waitForURL(`${baseURL}/easy/renew/`);
  expect(await page.locator('.language-menu [aria-current="true"]').getAttribute("lang")).toBe("ja");
  expect(await page.locator("html").getAttribute("data-site-lang")).toBe("ja-easy");
});
